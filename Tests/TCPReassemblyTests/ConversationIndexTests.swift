import PacketDecoding
import Testing

@testable import TCPReassembly

/// The stream table's hash index: lookups after growth, replacement on port reuse, address
/// families that share bits, and the direction a key gives each sender.
@Suite("ConversationIndex")
struct ConversationIndexTests {
    private func v4(_ address: UInt32, _ port: UInt16) -> Endpoint {
        Endpoint(address: .v4(address), port: port)
    }

    private func key(_ a: Endpoint, _ b: Endpoint) -> ConversationKey {
        ConversationKey.oriented(a, b).key
    }

    @Test("50,000 keys survive six doublings and map to their streams; unknown keys are absent")
    func growth() {
        var index = ConversationIndex()
        let keys = (0..<50_000).map { key(v4(0x0A00_0000 + UInt32($0), UInt16($0 % 60_000)), v4(0xC0A8_0001, 80)) }
        for (stream, key) in keys.enumerated() {
            #expect(index.addStream(for: key) == UInt32(stream))
        }
        #expect(keys.indices.allSatisfy { index.stream(for: keys[$0]) == UInt32($0) })
        #expect(index.stream(for: key(v4(0x0A00_0000, 1), v4(0xC0A8_0001, 81))) == nil)
    }

    @Test("a key opened again maps to its newest stream; other keys keep theirs")
    func replacement() {
        var index = ConversationIndex()
        let first = key(v4(1, 1000), v4(2, 80))
        let other = key(v4(1, 1001), v4(2, 80))
        #expect(index.addStream(for: first) == 0)
        #expect(index.addStream(for: other) == 1)
        #expect(index.addStream(for: first) == 2)
        #expect(index.stream(for: first) == 2)
        #expect(index.stream(for: other) == 1)
        #expect(index.keys.count == 3)
    }

    @Test("IPv4 and IPv6 endpoints with the same bits are different conversations")
    func families() {
        var index = ConversationIndex()
        let four = key(v4(7, 443), v4(9, 5000))
        let six = key(
            Endpoint(address: .v6(high: 0, low: 7), port: 443), Endpoint(address: .v6(high: 0, low: 9), port: 5000))
        let mixed = key(v4(7, 443), Endpoint(address: .v6(high: 0, low: 9), port: 5000))
        #expect(index.addStream(for: four) == 0)
        #expect(index.stream(for: six) == nil && index.stream(for: mixed) == nil)
        #expect(index.addStream(for: six) == 1)
        #expect(index.addStream(for: mixed) == 2)
        #expect(index.stream(for: four) == 0 && index.stream(for: six) == 1 && index.stream(for: mixed) == 2)
    }

    @Test("both senders of a conversation get one key, in opposite directions; a self-connection is 0")
    func orientation() {
        let client = v4(0x0A00_0001, 40_000)
        let server = v4(0x0A00_0001, 80)
        let there = ConversationKey.oriented(client, server)
        let back = ConversationKey.oriented(server, client)
        #expect(there.key == back.key)
        #expect(there.direction == 1 && back.direction == 0)
        #expect(ConversationKey.oriented(client, client).direction == 0)
    }
}
