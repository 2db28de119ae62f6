import TestSupport
import Testing

@testable import DisplayFilter

/// The compiler never traps: 10,000 random strings (fixed seed) drawn from filter-like pieces
/// and random bytes either compile or fail with a diagnostic whose caret stays within the text.
@Suite("Fuzz")
struct FuzzTests {
    static let pieces = [
        "tcp.port", "ip.addr", "tcp.payload", "frame", "eth.src", "frame.time_epoch", "tcp.flags.syn", "ip.proto",
        "==", "!=", "===", "!==", "~=", "<", ">=", "eq", "contains", "matches", "~", "in", "not", "and", "or",
        "&&", "||", "!", "(", ")", "{", "}", "[", "]", ",", "..", ":", "-", "+", "*", "/", "%", "&", "#", "$",
        "${", "any", "all", "len(", "count(", "80", "0x50", "10.0.0.0/8", "::1", "00:11:22", "\"GET\"", "'a'",
        "r\"\\x\"", "\"\\x41\"", "1:2", "-1", "0:4", "foo.bar", " ", " ", "\"", "'", "\\", "é", "\u{0}", "\t",
    ]

    @Test func tenThousandRandomFiltersNeverTrap() {
        var random = SplitMix64(seed: 0x5EED)
        var compiled = 0
        var rejected = 0
        for _ in 0..<10_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                if Int.random(in: 0..<8, using: &random) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &random))
                } else {
                    bytes += Array(Self.pieces.randomElement(using: &random)!.utf8)
                }
            }
            do {
                let filter = try DisplayFilter(compiling: bytes)
                _ = filter.matches(EvaluatorTests.frame)
                compiled += 1
            } catch {
                rejected += 1
                if let range = error.range {
                    #expect(range.start >= 0 && range.start <= bytes.count)
                }
                #expect(!error.messageBytes.isEmpty)
            }
        }
        #expect(compiled + rejected == 10_000)
        #expect(compiled > 100)
    }
}
