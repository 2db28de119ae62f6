import PacketDecoding
import Testing
@testable import TCPReassembly

/// tcp.stream numbering rules of FOLLOW-SPEC §3, each named after its spec case.
@Suite("StreamTable numbering")
struct StreamTableTests {
    private func streams(_ frames: [TCPSegment]) -> [UInt32] {
        var table = StreamTable()
        return frames.map { table.assign($0).stream }
    }

    private func tcp(_ sender: Character, _ flags: TCPFlags, seq: UInt32, ack: UInt32 = 0) -> TCPSegment {
        TestSegments.tcp(from: sender, flags, seq: seq, ack: ack)
    }

    @Test("a new SYN with another ISN after FIN opens a new stream (num_reuse_fin)")
    func reuseAfterFin() {
        #expect(streams([
            tcp("c", .syn, seq: 1000), tcp("s", [.syn, .ack], seq: 5000, ack: 1001),
            tcp("c", [.fin, .ack], seq: 1001, ack: 5001), tcp("s", [.fin, .ack], seq: 5001, ack: 1002),
            tcp("c", .syn, seq: 9000), tcp("s", [.syn, .ack], seq: 7000, ack: 9001),
        ]) == [0, 0, 0, 0, 1, 1])
    }

    @Test("a retransmitted SYN with the same ISN stays (num_syn_same_isn)")
    func sameISN() {
        #expect(streams([tcp("c", .syn, seq: 1000), tcp("c", .syn, seq: 1000)]) == [0, 0])
    }

    @Test("a SYN equal to the base inferred from midstream data stays; another opens (num_syn_equal_base)")
    func equalBase() {
        #expect(streams([tcp("c", .ack, seq: 2001, ack: 1), tcp("c", .syn, seq: 2000)]) == [0, 0])
        #expect(streams([tcp("c", .ack, seq: 2001, ack: 1), tcp("c", .syn, seq: 2100)]) == [0, 1])
    }

    @Test("SYN/ACK with a new ISN re-bases but never splits (num_synack_new)")
    func synAckRebases() {
        var table = StreamTable()
        _ = table.assign(tcp("c", .syn, seq: 1000))
        _ = table.assign(tcp("s", [.syn, .ack], seq: 5000, ack: 1001))
        let again = table.assign(tcp("s", [.syn, .ack], seq: 8000, ack: 1001))
        let data = table.assign(tcp("s", .ack, seq: 8001, ack: 1001))
        #expect(again.stream == 0 && data.stream == 0)
        #expect(data.relativeSequence == 1)
    }

    @Test("server data without ACK leaves the client base unknown (num_srvdata_noack_then_syn)")
    func serverDataWithoutAck() {
        #expect(streams([tcp("s", .psh, seq: 5001), tcp("c", .syn, seq: 1000)]) == [0, 0])
        #expect(streams([tcp("s", [.psh, .ack], seq: 5001, ack: 1001), tcp("c", .syn, seq: 1000)]) == [0, 0])
        #expect(streams([tcp("s", [.psh, .ack], seq: 5001, ack: 1234), tcp("c", .syn, seq: 1000)]) == [0, 1])
    }

    @Test("relative numbers: SYN base is the ISN, midstream base is seq-1, ack uses the peer's base")
    func relativeNumbers() {
        var table = StreamTable()
        let syn = table.assign(tcp("c", .syn, seq: 0xFFFF_FFF0))
        let synAck = table.assign(tcp("s", [.syn, .ack], seq: 77, ack: 0xFFFF_FFF1))
        #expect(syn.relativeSequence == 0 && synAck.relativeSequence == 0)
        #expect(synAck.relativeAcknowledgment == 1)
        let noAckFlag = table.assign(tcp("c", .psh, seq: 0xFFFF_FFF1, ack: 0x7FFF_FFFF))
        #expect(noAckFlag.relativeAcknowledgment == 0x7FFF_FFFF)
    }

    @Test("indices follow first-seen order over distinct conversations (num_order)")
    func firstSeenOrder() {
        let other = Endpoint(address: .v4(0x0A00_0003), port: 1)
        var quiet = tcp("c", .rst, seq: 5)
        quiet.destination = other
        #expect(streams([tcp("c", .syn, seq: 1), quiet, tcp("s", .ack, seq: 9, ack: 3)]) == [0, 1, 0])
    }

    @Test("headers without a known length are numbered but set no base (ICMP quotes, R3.6)")
    func quotedHeadersSetNoBase() {
        var quote = tcp("c", .syn, seq: 1000)
        quote.isQuotedInICMP = true
        quote.isSegmentLengthKnown = false
        // The quote opens stream 0 without fixing the client's base, so the later SYN joins it.
        #expect(streams([quote, tcp("c", .syn, seq: 2000)]) == [0, 0])
        // With a known base, a quoted SYN carrying another ISN moves the conversation (num_icmp_err_syn).
        #expect(streams([tcp("c", .syn, seq: 1000), quote, tcp("c", .ack, seq: 1001, ack: 1)]).last == 0)
        var movingQuote = quote
        movingQuote.sequenceNumber = 3000
        #expect(streams([tcp("c", .syn, seq: 1000), movingQuote, tcp("c", .ack, seq: 1001, ack: 1)]) == [0, 1, 1])
    }
}
