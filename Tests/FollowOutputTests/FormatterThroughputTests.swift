import FollowOutput
import Foundation
import Testing

/// Throughput of each mode over a 100 MB transcript (1460-byte records, alternating nodes), written
/// into a buffer that is emptied at 1 MiB as an output pipeline would flush it.
/// Opt-in (`SWFOLLOW_BENCH=1`), meant for a release build:
/// `SWFOLLOW_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter FormatterThroughputTests`.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SWFOLLOW_BENCH"] != nil, "set SWFOLLOW_BENCH=1"))
struct FormatterThroughputTests {
    private static let recordSize = 1460
    private static let recordCount = 100_000_000 / recordSize

    /// Pseudo-random payload bytes (a fixed LCG), mostly printable like real traffic, with CR/LF.
    private static let payload: [UInt8] = {
        var state: UInt32 = 12345
        return (0..<(recordSize * 64)).map { _ in
            state = state &* 1_103_515_245 &+ 12345
            let value = UInt8(truncatingIfNeeded: state >> 16)
            return value < 0xE0 ? 0x20 + value % 0x5F : value & 0x0F
        }
    }()

    @Test(arguments: FollowMode.allCases)
    func throughput(mode: FollowMode) {
        var formatter = FollowFormatter(mode: mode, filterText: "tcp.stream eq 0", range: nil)
        var out: [UInt8] = []
        var flushed = 0
        let start = ContinuousClock.now
        formatter.writeHeader(nodes: specNodes, to: &out)
        Self.payload.withUnsafeBytes { all in
            for index in 0..<Self.recordCount {
                let offset = (index % 64) * Self.recordSize
                let bytes = UnsafeRawBufferPointer(rebasing: all[offset..<(offset + Self.recordSize)])
                formatter.writeRecord(
                    node: index & 1, frameNumber: UInt64(index), timestamp: .zero, bytes: bytes, to: &out)
                if out.count >= 1 << 20 {
                    flushed += out.count
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        formatter.writeFooter(to: &out)
        let total = flushed + out.count
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(Self.recordCount * Self.recordSize) / 1e6
        print("FollowOutput \(mode): \(Int(megabytes)) MB in \(seconds) s = \(Int(megabytes / seconds)) MB/s input, "
            + "\(Int(Double(total) / 1e6 / seconds)) MB/s output")
        let lines = (Self.recordSize + 15) / 16
        let expected: [FollowMode: Int] = [
            .raw: Self.recordCount * (2 * Self.recordSize + 1) + Self.recordCount / 2,
            .hex: Self.recordCount * lines * 78 + Self.recordCount / 2 * lines,
        ]
        let frame = specHeader(mode.rawValue).utf8.count + separator.utf8.count
        if let body = expected[mode] {
            // Hex lines of 16 bytes are 78 long unless their last byte is a space; the payload has few.
            #expect(abs(total - frame - body) < body / 50)
        }
        #expect(total > Self.recordCount * Self.recordSize)
    }
}
