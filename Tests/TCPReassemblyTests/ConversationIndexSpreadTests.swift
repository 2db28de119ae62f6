import PacketDecoding
import Testing

@testable import TCPReassembly

/// Families of keys built to defeat a hash that folds fields together with XOR or addition before
/// mixing: each must spread over the table so that a lookup reads a few slots, never a long run
/// (a run that grows with the number of connections makes every frame slower, issue 10).
@Suite("ConversationIndex spread")
struct ConversationIndexSpreadTests {
    /// One family of crafted keys.
    struct Family: CustomTestStringConvertible, Sendable {
        let name: String
        let keys: @Sendable () -> [ConversationKey]
        var testDescription: String { name }
    }

    private static func v4(_ address: UInt32, _ port: UInt16) -> Endpoint {
        Endpoint(address: .v4(address), port: port)
    }

    private static func v6(_ high: UInt64, _ low: UInt64, _ port: UInt16) -> Endpoint {
        Endpoint(address: .v6(high: high, low: low), port: port)
    }

    private static func key(_ a: Endpoint, _ b: Endpoint) -> ConversationKey {
        ConversationKey.oriented(a, b).key
    }

    static let count = 150_000

    static let families: [Family] = [
        Family(name: "client address and port rising together") {
            (0..<count).map { i in
                key(v4(0x0A00_0000 + UInt32(i), UInt16(truncatingIfNeeded: 1024 + i)), v4(0xC0A8_0001, 80))
            }
        },
        Family(name: "client port equal to the low bits of its address") {
            (0..<count).map { i in
                let address = 0x0A00_0000 + UInt32(i)
                return key(v4(address, UInt16(truncatingIfNeeded: address)), v4(0x0A00_0000, 443))
            }
        },
        Family(name: "swapped ports on one address pair") {
            (0..<count).flatMap { i -> [ConversationKey] in
                let p = UInt16(1 + i % 400), q = UInt16(1 + i / 400)
                return i % 2 == 0 ? [key(v4(1, p), v4(2, q))] : [key(v4(1, q), v4(2, p))]
            }
        },
        Family(name: "many ports on one address pair") {
            (0..<count).map { i in
                key(v4(0x0A00_0001, UInt16(i % 65_536)), v4(0x0A00_0002, UInt16(80 + i / 65_536)))
            }
        },
        Family(name: "IPv4 addresses echoed in IPv6") {
            (0..<count / 3).flatMap { i -> [ConversationKey] in
                let n = UInt32(i)
                return [
                    key(v4(n, 80), v4(n &+ 1, 81)),
                    key(v6(0, UInt64(n), 80), v6(0, UInt64(n &+ 1), 81)),
                    key(v6(UInt64(n), 0, 80), v4(n &+ 1, 81)),
                ]
            }
        },
        Family(name: "IPv6 high and low words rising together") {
            (0..<count).map { i in
                let n = UInt64(i)
                return key(v6(n, n, UInt16(truncatingIfNeeded: i)), v6(n << 32, n << 32, 443))
            }
        },
    ]

    @Test("every key is found in a few slots", arguments: families)
    func spread(_ family: Family) {
        var index = ConversationIndex()
        let keys = family.keys()
        for key in keys {
            _ = index.addStream(for: key)
        }
        var longest = 0
        var total = 0
        for key in keys {
            let probes = index.probeCount(for: key)
            longest = max(longest, probes)
            total += probes
        }
        // A random hash at this table's load (at most 1/2) reads about 1.5 slots on average and
        // rarely more than 40; folded fields that cancel read thousands.
        #expect(Double(total) / Double(keys.count) < 2.5)
        #expect(longest < 64)
    }
}
