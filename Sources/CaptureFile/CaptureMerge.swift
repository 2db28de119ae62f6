import PacketDecoding

/// Several capture files read as one, in the order `mergecap -w merged.pcapng FILE…` (4.0,
/// default options) writes their frames, and with the interfaces it gives them: what tshark
/// reads from such a merged file, without writing it.
///
/// mergecap's rules: each file is read in its own order, never sorted; the next frame is the
/// earliest of every file's next one (its head); on a tie the file given *last* wins (its
/// comparison keeps the later of equal times). The merged file is pcapng, so every frame has an
/// interface id (see ``MergedInterfaces``).
///
/// Opening reads each file's header, interfaces and first frame time, one file at a time, and
/// closes it again. A file is reopened when the merge reaches its first frame and closed after
/// its last: the files open at once are those whose time ranges overlap (for ring-buffer files,
/// one or two), whatever their number.
///
/// A class, because ``CaptureReader`` shares it; the state lives in a struct
/// (``MergeState``), so each frame costs one exclusivity check, not one per field touched.
final class CaptureMerge {
    private var state: MergeState

    /// Opens `paths` (two or more files) as described above.
    /// - Throws: the open error of the first file that cannot be opened, named as tshark names it.
    init(paths: [String]) throws(CaptureError) {
        state = try MergeState(paths: paths)
    }

    /// The merged file's interfaces.
    var interfaces: MergedInterfaces { state.interfaces }

    /// The next frame of the merged sequence, or nil after the last.
    /// - Throws: the read error of the file it comes from, after that file's earlier frames.
    func nextFrame() throws(CaptureError) -> CapturedFrame? {
        try state.nextFrame()
    }
}

/// The state and steps of a ``CaptureMerge``.
private struct MergeState {
    /// One of the files.
    private struct Input {
        let path: String
        /// Its first frame's time; nil when it has none (or its first read failed).
        let firstTimestamp: Timestamp?
        /// Whether it is pcapng: a pcap file's stored times are rewritten in interface units.
        let isPcapng: Bool
        /// The open reader, from the merge reaching its first frame to its end.
        var reader: CaptureReader?
        /// Its next frame, valid while `reader` is not read again.
        var head: CapturedFrame?
    }

    private var inputs: [Input]
    private(set) var interfaces: MergedInterfaces
    /// The files not opened yet that have a frame, earliest first (by the merge's order).
    private var waiting: [Int]
    private var nextWaiting = 0
    /// The open files.
    private var open: [Int] = []
    /// The file whose head was returned last: it is read again at the next call.
    private var lastReturned: Int?
    /// A first-frame read error met while opening, reported before any frame as mergecap does.
    private var pendingError: CaptureError?

    /// Opens `paths` (two or more files) as described above.
    /// - Throws: the open error of the first file that cannot be opened, named as tshark names it.
    init(paths: [String]) throws(CaptureError) {
        // mergecap compares the interfaces a file declares before anything else (its opening),
        // then, after reading every file's first frame, adds those declared on the way, file by file.
        var initial: [[MergedInterfaces.Entry]] = []
        var beforeFirstFrame: [[MergedInterfaces.Entry]] = []
        var inputs: [Input] = []
        for path in paths {
            let reader = try CaptureReader(path: path)
            initial.append(Self.entries(of: reader, from: 0))
            var first: Timestamp?
            do {
                first = try reader.nextFrame()?.timestamp
            } catch {
                if pendingError == nil { pendingError = error }
            }
            beforeFirstFrame.append(Self.entries(of: reader, from: initial[initial.count - 1].count))
            inputs.append(Input(path: path, firstTimestamp: first, isPcapng: reader.isPcapng))
        }
        self.inputs = inputs
        interfaces = MergedInterfaces(initial: initial)
        for (file, entries) in beforeFirstFrame.enumerated() {
            for entry in entries { interfaces.add(entry, file: file) }
        }
        waiting = inputs.indices.filter { inputs[$0].firstTimestamp != nil }.sorted {
            Self.precedes(inputs[$0].firstTimestamp!, $0, inputs[$1].firstTimestamp!, $1)
        }
    }

    /// The next frame of the merged sequence, or nil after the last.
    /// - Throws: the read error of the file it comes from, after that file's earlier frames.
    mutating func nextFrame() throws(CaptureError) -> CapturedFrame? {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        if let last = lastReturned {
            lastReturned = nil
            try advance(last)
        }
        guard let chosen = earliest() else { return nil }
        if inputs[chosen].reader == nil {
            nextWaiting += 1
            let reader = try CaptureReader(path: inputs[chosen].path)
            inputs[chosen].reader = reader
            open.append(chosen)
            try advance(chosen)
            guard inputs[chosen].head != nil else { return try nextFrame() }
        }
        lastReturned = chosen
        return merged(inputs[chosen].head!, file: chosen)
    }

    /// Whether a head at `time` from file `file` comes before one at `otherTime` from `other`.
    private static func precedes(_ time: Timestamp, _ file: Int, _ otherTime: Timestamp, _ other: Int) -> Bool {
        if time.seconds != otherTime.seconds { return time.seconds < otherTime.seconds }
        if time.tsharkNanoseconds != otherTime.tsharkNanoseconds {
            return time.tsharkNanoseconds < otherTime.tsharkNanoseconds
        }
        return file > other
    }

    /// The file whose head comes next: an open file's, or a waiting file's first frame.
    private func earliest() -> Int? {
        var best: (file: Int, time: Timestamp)?
        for file in open {
            guard let time = inputs[file].head?.timestamp else { continue }
            if best == nil || Self.precedes(time, file, best!.time, best!.file) { best = (file, time) }
        }
        if nextWaiting < waiting.count {
            let file = waiting[nextWaiting]
            let time = inputs[file].firstTimestamp!
            if best == nil || Self.precedes(time, file, best!.time, best!.file) { best = (file, time) }
        }
        return best?.file
    }

    /// Reads file `file`'s next frame into its head; closes it at its end.
    private mutating func advance(_ file: Int) throws(CaptureError) {
        guard let reader = inputs[file].reader else { return }
        let frame = try reader.nextFrame()
        inputs[file].head = frame
        // An interface declared on the way (rare): only then is the list built.
        if reader.interfaceCount > interfaces.count(file: file) {
            for entry in Self.entries(of: reader, from: interfaces.count(file: file)) {
                interfaces.add(entry, file: file)
            }
        }
        if frame == nil {
            inputs[file].reader = nil
            open.removeAll { $0 == file }
        }
    }

    /// `frame` of file `file` as the merged file holds it: its interface renumbered, and a pcap
    /// file's stored time (seconds, fraction) written as a count of its interface's units.
    private func merged(_ frame: CapturedFrame, file: Int) -> CapturedFrame {
        var frame = frame
        guard frame.linkType != .nonPacketRecord else { return frame }
        let index = interfaces.mergedIndex(file: file, index: frame.interfaceIndex) ?? frame.interfaceIndex
        frame.interfaceIndex = index
        frame.interfaceID = index
        if !inputs[file].isPcapng {
            let unitsPerSecond: UInt64 =
                interfaces.entries[index].declaration.timestampResolution == 9
                ? 1_000_000_000 : 1_000_000
            frame.storedTimestamp =
                (frame.storedTimestamp >> 32) &* unitsPerSecond &+ (frame.storedTimestamp & 0xFFFF_FFFF)
        }
        return frame
    }

    /// The interfaces `reader` has declared, from its `start`-th on, as merge entries.
    private static func entries(of reader: CaptureReader, from start: Int) -> [MergedInterfaces.Entry] {
        let all = reader.interfaces
        guard start < all.count else { return [] }
        return all[start...].indices.map { index in
            MergedInterfaces.entry(all[index], name: reader.interfaceName(index), fromPcapng: reader.isPcapng)
        }
    }
}
