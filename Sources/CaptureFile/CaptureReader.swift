/// Streams frames out of a pcap or pcapng file (optionally gzip-compressed) or standard input,
/// with tshark 4.0.17's checks and error messages.
///
/// The reader holds one reusable buffer and allocates nothing per frame: each frame's bytes
/// point into that buffer and stay valid until the next call to `nextFrame()`.
package final class CaptureReader {
    /// The file formats we read, with their per-format state.
    private enum Format {
        /// A 0-byte input, which tshark opens as a capture with no frames.
        case empty
        case pcap(PcapReader)
        case pcapng(PcapngReader)
        /// Several files merged as mergecap merges them (read as the pcapng file it writes).
        case merged(CaptureMerge)
        /// Frames of a live capture, read as tshark reads the pcapng file its capture child writes.
        case frames(any FrameSource)
    }

    private let format: Format

    /// Opens `path` (`"-"` for standard input) and reads its file header, as tshark does when
    /// it opens a capture (for pcapng, that includes the interfaces listed first; for pcap
    /// read from a file, a look at the first records to settle the variant).
    /// - Throws: tshark's open-time errors (missing file, not a capture file, cut header, …).
    package convenience init(path: String) throws(CaptureError) {
        try self.init(input: { () throws(CaptureError) in try FileInput(path: path) }, path: path)
    }

    /// Opens the already open `descriptor`, named `name` in error messages, as ``init(path:)``
    /// opens a file; `closesDescriptor` hands it over to the reader.
    package convenience init(descriptor: Int32, name: String, closesDescriptor: Bool) throws(CaptureError) {
        try self.init(
            input: { () throws(CaptureError) in
                try FileInput(descriptor: descriptor, path: name, closesDescriptor: closesDescriptor)
            }, path: name)
    }

    /// Opens the bytes `source` gives, named `name` in error messages, as a file holding them.
    package convenience init(source: any ExternalByteSource, name: String) throws(CaptureError) {
        try self.init(input: { () throws(CaptureError) in FileInput(source: source, path: name) }, path: name)
    }

    /// Opens `paths` as one capture: one path as ``init(path:)``; several as the pcapng file
    /// `mergecap -w merged.pcapng PATH…` would write (``CaptureMerge``), without writing it.
    /// - Throws: the open error of the first file that cannot be opened.
    package convenience init(paths: [String]) throws(CaptureError) {
        if paths.count == 1 {
            try self.init(path: paths[0])
        } else {
            self.init(format: .merged(try CaptureMerge(paths: paths)))
        }
    }

    /// Reads the frames `source` gives (a live capture) as if they were a pcapng file's.
    package convenience init(frames source: any FrameSource) {
        self.init(format: .frames(source))
    }

    private init(format: Format) {
        self.format = format
    }

    /// Opens the input `open` makes and reads its file header.
    private init(input open: () throws(CaptureError) -> FileInput, path: String) throws(CaptureError) {
        do {
            let file = try open()
            let buffer = ReadBuffer(source: .plain(file), path: path)
            if let magic = try buffer.window(2), magic[0] == 0x1F, magic[1] == 0x8B {
                let inflater = try GzipInput(file: file, prefix: buffer.unread, path: path)
                buffer.switchSource(to: .gzip(inflater))
            }
            format = try Self.openFormat(buffer, isPipe: file.isPipe)
        } catch {
            throw error.asOpenError
        }
    }

    /// Reads the next frame.
    /// - Returns: the frame, or `nil` after the last one.
    /// - Throws: tshark's read-time errors; the frames returned before it are still valid results.
    package func nextFrame() throws(CaptureError) -> CapturedFrame? {
        switch format {
        case .empty: nil
        case .pcap(let reader): try reader.next()
        case .pcapng(let reader): try reader.next()
        case .merged(let merge): try merge.nextFrame()
        case .frames(let source): try source.nextFrame()
        }
    }

    /// The name tshark 4.0.17 gives interface `id` of a frame (``CapturedFrame/interfaceID``):
    /// the `if_name`, `if_description` or `if_hardware` of the file's IDB number `id`, counting
    /// every section's IDBs (of merged files: the merged IDB `id`); nil when it has none (tshark
    /// says `unknown`) or for pcap files.
    package func interfaceName(_ id: Int) -> [UInt8]? {
        switch format {
        case .pcapng(let reader): reader.interfaceNames.indices.contains(id) ? reader.interfaceNames[id] : nil
        case .merged(let merge):
            merge.interfaces.entries.indices.contains(id) ? merge.interfaces.entries[id].name : nil
        case .frames(let source): id == 0 ? source.interfaceName : nil
        case .empty, .pcap: nil
        }
    }

    /// Whether the file is pcapng (else pcap, or empty); merged files and a live capture read as
    /// pcapng.
    package var isPcapng: Bool {
        switch format {
        case .pcapng, .merged, .frames: true
        case .empty, .pcap: false
        }
    }

    /// The interfaces read so far, which ``CapturedFrame/interfaceIndex`` counts: a pcap file's
    /// one; every IDB of a pcapng file, all sections together, in file order (more may follow
    /// with later frames); none for an empty input.
    package var interfaces: [CaptureInterface] {
        switch format {
        case .empty: []
        case .pcap(let reader): [reader.interface]
        case .pcapng(let reader): reader.describedInterfaces
        case .merged(let merge): merge.interfaces.entries.map(\.declaration)
        case .frames(let source): [source.interface]
        }
    }

    /// How many ``interfaces`` there are, without building the list (checked after every frame
    /// when files are merged).
    package var interfaceCount: Int {
        switch format {
        case .empty: 0
        case .pcap, .frames: 1
        case .pcapng(let reader): reader.describedInterfaces.count
        case .merged(let merge): merge.interfaces.entries.count
        }
    }

    /// Interface `index` (``CapturedFrame/interfaceIndex``), or nil when there is none such.
    package func interface(at index: Int) -> CaptureInterface? {
        switch format {
        case .empty: nil
        case .pcap(let reader): index == 0 ? reader.interface : nil
        case .pcapng(let reader):
            reader.describedInterfaces.indices.contains(index) ? reader.describedInterfaces[index] : nil
        case .merged(let merge):
            merge.interfaces.entries.indices.contains(index) ? merge.interfaces.entries[index].declaration : nil
        case .frames(let source): index == 0 ? source.interface : nil
        }
    }

    /// Looks at the magic number and opens the matching reader.
    private static func openFormat(_ buffer: ReadBuffer, isPipe: Bool) throws(CaptureError) -> Format {
        guard let head = try buffer.window(4) else {
            if buffer.available == 0 { return .empty }
            throw .notACaptureFile(path: buffer.path)
        }
        let native = FieldReader(bytes: head, swapped: false).uint32(at: 0)
        if let (swapped, magic) = PcapFileHeader.recognise(native) {
            return .pcap(try PcapReader(buffer: buffer, swapped: swapped, magic: magic, isPipe: isPipe))
        }
        if native == PcapngReader.sectionHeaderType {
            return .pcapng(try PcapngReader(buffer: buffer))
        }
        throw .notACaptureFile(path: buffer.path)
    }
}
