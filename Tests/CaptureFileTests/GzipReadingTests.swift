import CaptureFile
import ConformanceKit
import Testing

/// gzip-compressed captures read as tshark 4.0.17 reads them (needs `/bin/gzip` to build them).
@Suite(.enabled(if: TemporaryCapture.hasGzip, "/bin/gzip is absent"))
struct GzipReadingTests {
    /// A pcap of 10 small records, and its frame table.
    static let plain = PcapWriter(linkType: 1, snaplen: 65535).encode(
        (0..<10).map {
            CaptureRecord(seconds: 1_700_000_000 + UInt64($0), nanoseconds: 5000, data: CaptureBytes.payload(54 + $0))
        })
    static let plainTable = (0..<10).map { "\($0 + 1)\t\(54 + $0)\t\(54 + $0)\t\(1_700_000_000 + $0).000005000\n" }
        .joined()

    /// Reads `bytes` (already compressed, or changed after compression) as the file `name`.
    private func table(of bytes: [UInt8], files: TemporaryCapture) throws -> String {
        let path = try files.write(bytes, named: "capture.gz")
        return FrameTable.read(path: path).replacingOccurrences(of: path, with: "{path}")
    }

    /// The compressed form of `plain`.
    private func compressed(_ files: TemporaryCapture, _ bytes: [UInt8] = plain) throws -> [UInt8] {
        try TemporaryCapture.contents(of: try files.writeGzipped(bytes, named: "source"))
    }

    @Test func readsLikeThePlainFile() throws {
        let files = try TemporaryCapture()
        #expect(try table(of: try compressed(files), files: files) == Self.plainTable)
    }

    @Test func readsConcatenatedMembersAsOneStream() throws {
        let files = try TemporaryCapture()
        let joined =
            try compressed(files, Array(Self.plain.prefix(100))) + compressed(files, Array(Self.plain.dropFirst(100)))
        #expect(try table(of: joined, files: files) == Self.plainTable)
    }

    @Test func cutStreamEndsWithCutShort() throws {
        let files = try TemporaryCapture()
        let gzip = try compressed(files)
        let withoutTrailer = try table(of: Array(gzip.dropLast(8)), files: files)
        #expect(
            withoutTrailer == Self.plainTable
                + "#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet.\n")
        let cutHeader = try table(of: Array(gzip.prefix(5)), files: files)
        #expect(
            cutHeader
                == "#error\tThe file \"{path}\" appears to have been cut short in the middle of a packet or other data.\n"
        )
    }

    /// A bad CRC (8 bytes from the end) or length (last byte) is reported after every frame.
    @Test(arguments: [(8, "bad CRC"), (1, "length field wrong")])
    func trailerErrorsComeAfterTheFrames(byteFromEnd: Int, reason: String) throws {
        let files = try TemporaryCapture()
        var gzip = try compressed(files)
        gzip[gzip.count - byteFromEnd] ^= 0xFF
        let error = "#error\tThe file \"{path}\" cannot be decompressed; it may be damaged or corrupt.\\n(\(reason))\n"
        #expect(try table(of: gzip, files: files) == Self.plainTable + error)
    }

    /// While opening, tshark words decompression errors without a line break.
    @Test func headerErrorsWhileOpening() throws {
        let files = try TemporaryCapture()
        var method = try compressed(files)
        method[2] = 7
        #expect(
            try table(of: method, files: files)
                == "#error\tThe file \"{path}\" cannot be decompressed; it may be damaged or corrupt.(unknown compression method)\n"
        )
        var flags = try compressed(files)
        flags[3] = 0xE0
        #expect(
            try table(of: flags, files: files)
                == "#error\tThe file \"{path}\" cannot be decompressed; it may be damaged or corrupt.(reserved flag bits set)\n"
        )
    }

    @Test func emptyMemberIsAnEmptyCapture() throws {
        let files = try TemporaryCapture()
        #expect(try table(of: try compressed(files, []), files: files) == "")
    }
}
