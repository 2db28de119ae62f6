import CaptureFile
import Foundation
import PacketDecoding
import Testing

/// One frame of a table recorded by `scripts/record-decode-table.py`: tshark's view of the
/// frame's TCP header, or just the frame number when tshark gave the frame no `tcp.stream`.
struct DecodeRow: Equatable, CustomStringConvertible {
    /// Tab-separated columns: frame, src, dst, srcport, dstport, seq_raw, ack_raw, flags,
    /// hdr_len, len, payload hash (see the script).
    var columns: [String]

    var description: String { columns.joined(separator: " | ") }

    /// The row the decoder's result gives for frame `number`, in the recorded layout.
    init(frame number: Int, segment: TCPSegment?) {
        guard let segment else {
            columns = [String(number)]
            return
        }
        columns = [
            String(number), Self.hex(segment.source.address), Self.hex(segment.destination.address),
            String(segment.source.port), String(segment.destination.port),
            String(segment.sequenceNumber), String(segment.acknowledgmentNumber),
            "0x" + Self.hex(UInt64(segment.flags.rawValue), digits: 4), String(segment.headerLength),
            segment.isSegmentLengthKnown ? String(segment.segmentLength) : "",
            segment.payload.isEmpty ? "" : Self.hex(Self.fnv1a(segment.payload), digits: 16),
        ]
    }

    /// A recorded line.
    init(recorded line: Substring) {
        columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    /// Compares with what tshark recorded. Some columns tshark leaves empty although the header
    /// has them, so there an empty recorded column matches anything: `tcp.seq_raw`/`tcp.ack_raw`
    /// for a header quoted in ICMP (not ICMPv6), `tcp.flags` for a data offset below 5, and
    /// `tcp.payload` for a data offset below 5 or a RST (whose payload tshark shows as a reset
    /// cause; follow still prints it).
    func matches(recorded: DecodeRow) -> Bool {
        guard columns.count == 11, recorded.columns.count == 11 else { return columns == recorded.columns }
        let isBogusOrReset = (Int(columns[8]) ?? 0) < 20 || (UInt16(columns[7].dropFirst(2), radix: 16) ?? 0) & 4 != 0
        return zip(columns.indices, recorded.columns).allSatisfy { index, expected in
            let optional = expected.isEmpty && ([5, 6, 7].contains(index) || (index == 10 && isBogusOrReset))
            return optional || columns[index] == expected
        }
    }

    /// An address as 8 or 32 lower-case hex digits.
    private static func hex(_ address: IPAddress) -> String {
        switch address {
        case .v4(let value):
            hex(UInt64(value), digits: 8)
        case .v6(let high, let low):
            hex(high, digits: 16) + hex(low, digits: 16)
        }
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// FNV-1a, 64 bits: the script's payload digest.
    private static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}

/// The recorded tables: for the captures in `../shared`, and for the crafted probe captures
/// committed next to their tables.
enum DecodeCorpus {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared reference folder, `../shared`.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// Where the script writes its tables.
    static let fixtures = packageRoot.appendingPathComponent("Tests/PacketDecodingTests/Fixtures")
    /// The crafted captures (`scripts/make-decode-probes.py`).
    static let probes = fixtures.appendingPathComponent("probes")
    private static let suffix = ".tcp.tsv"

    /// Whether `../shared` is present on this machine.
    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/captures").path)
    }

    /// The recorded `../shared` captures, as paths relative to `../shared`.
    static var recordedCaptures: [String] {
        let walker = FileManager.default.enumerator(atPath: fixtures.path)
        return (walker?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(suffix) && !$0.hasPrefix("probes/") }
            .map { String($0.dropLast(suffix.count)) }
            .sorted()
    }

    /// The probe captures' file names.
    static var probeCaptures: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: probes.path)) ?? []
        return names.filter { $0.hasSuffix(".pcap") }.sorted()
    }

    /// tshark's rows in the table at `url` (a trailing `#first` line only says it was cut short).
    static func recordedRows(_ url: URL) throws -> [DecodeRow] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(DecodeRow.init(recorded:))
    }

    /// The decoder's rows for the first `limit` frames of the capture at `path` (fewer if the
    /// file ends or fails to read earlier).
    static func decodedRows(
        _ path: String, options: PacketDecoder.Options = PacketDecoder.Options(), limit: Int
    ) -> [DecodeRow] {
        var decoder = PacketDecoder(options: options)
        var rows: [DecodeRow] = []
        guard let reader = try? CaptureReader(path: path) else { return [] }
        while rows.count < limit, let frame = try? reader.nextFrame() {
            let segment = decoder.decode(
                linkType: frame.linkType, bytes: frame.bytes, originalLength: frame.originalLength)
            rows.append(DecodeRow(frame: rows.count + 1, segment: segment))
        }
        return rows
    }

    /// Compares decoded rows with recorded ones, recording an issue for the first few
    /// differences.
    static func expectSame(_ decoded: [DecodeRow], _ expected: [DecodeRow], _ name: String) {
        #expect(decoded.count == expected.count, "\(name): frame count")
        let mismatches = zip(decoded, expected).filter { !$0.matches(recorded: $1) }
        for (got, want) in mismatches.prefix(5) {
            Issue.record("\(name)\n decoded \(got)\n tshark  \(want)")
        }
        #expect(mismatches.isEmpty, "\(name): \(mismatches.count) of \(expected.count) frames differ")
    }
}
