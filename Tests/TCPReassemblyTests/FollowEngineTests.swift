import Testing
@testable import TCPReassembly

/// Scenarios of FOLLOW-SPEC §4.3, each named after the spec case that shows it.
@Suite("FollowEngine")
struct FollowEngineTests {
    @Test("in-order data: one record per segment, never merged (R4.3, R2.13)")
    func interleave() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "a1")
        s.send("c", seq: 3, ack: 1, "a2")
        s.send("s", seq: 1, ack: 5, "b1")
        s.send("c", seq: 5, ack: 3, "a3")
        #expect(s.sink.records == ["0:a1", "0:a2", "1:b1", "0:a3"])
    }

    @Test("Node 0 is the first frame's source, even a server's pure ACK (R2.4)")
    func nodeZeroFromFirstFrame() {
        var s = EngineScript()
        s.send("s", seq: 1, ack: 1)
        s.send("c", seq: 1, ack: 1, "GET")
        #expect(s.sink.nodes?.0 == TestSegments.server)
        #expect(s.sink.records == ["1:GET"])
    }

    @Test("out-of-order segments come out in sequence order with their own frames (ra_ooo321)")
    func outOfOrder() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1)
        s.send("c", seq: 9, ack: 1, "ccc")
        s.send("c", seq: 5, ack: 1, "bbbb")
        s.send("c", seq: 1, ack: 1, "aaaa")
        #expect(s.sink.records == ["0:aaaa", "0:bbbb", "0:ccc"])
        #expect(s.sink.frames == [4, 3, 2])
    }

    @Test("retransmission with other bytes: the first copy wins (ra_retrans)")
    func retransmission() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "hello")
        s.send("c", seq: 1, ack: 1, "HELLO")
        #expect(s.sink.records == ["0:hello"])
    }

    @Test("partial retransmission keeps only the new bytes (ra_partial)")
    func partialRetransmission() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "abcdef")
        s.send("c", seq: 4, ack: 1, "XYZghij")
        #expect(s.sink.records == ["0:abcdef", "0:ghij"])
    }

    @Test("overlapping held-back segments: arrival order decides (ra_overlap_order_a/b)")
    func overlapOrder() {
        var a = EngineScript()
        a.send("c", seq: 1, ack: 1)
        a.send("c", seq: 5, ack: 1, "pp")
        a.send("c", seq: 3, ack: 1, "qqqqqq")
        a.send("c", seq: 1, ack: 1, "AAAA")
        #expect(a.sink.records == ["0:AAAA", "0:pp", "0:qq"])

        var b = EngineScript()
        b.send("c", seq: 1, ack: 1)
        b.send("c", seq: 3, ack: 1, "qqqqqq")
        b.send("c", seq: 5, ack: 1, "pp")
        b.send("c", seq: 1, ack: 1, "AAAA")
        #expect(b.sink.records == ["0:AAAA", "0:qqqq"])
    }

    @Test("an unacknowledged gap hides later data of that side only (ra_gap_unacked)")
    func gapUnacked() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "seg1")
        s.send("c", seq: 10, ack: 1, "seg3")
        s.send("s", seq: 1, ack: 5, "reply")
        #expect(s.sink.records == ["0:seg1", "1:reply"])
    }

    @Test("the peer's ack past a gap gives a marker, then the held data (ra_gap_acked)")
    func gapAcked() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "seg1")
        s.send("c", seq: 10, ack: 1, "seg3")
        s.send("s", seq: 1, ack: 14, "reply")
        #expect(s.sink.records == ["0:seg1", "0:[5 bytes missing in capture file]\0", "0:seg3", "1:reply"])
        #expect(s.sink.frames == [1, 3, 2, 3])
    }

    @Test("an ack equal to the held segment's start is not enough (ra_gap_ack_equal)")
    func gapAckEqual() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "seg1")
        s.send("c", seq: 10, ack: 1, "seg3")
        s.send("s", seq: 1, ack: 10)
        #expect(s.sink.records == ["0:seg1"])
    }

    @Test("keep-alive at next-1 is dropped; a zero-window probe shows its byte (ra_keepalive, ra_zwp)")
    func keepAliveAndProbe() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "abc")
        s.send("c", seq: 3, ack: 1, "c")
        s.send("c", seq: 4, ack: 1, "P")
        s.send("c", seq: 4, ack: 1, "PROBED")
        #expect(s.sink.records == ["0:abc", "0:P", "0:ROBED"])
    }

    @Test("a truncated in-order segment advances by its wire length (num_snaplen)")
    func truncatedInOrder() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "01234", wireLength: 10)
        s.send("c", seq: 11, ack: 1, "after-trunc")
        #expect(s.sink.records == ["0:01234", "0:after-trunc"])
    }

    @Test("a segment with no captured payload moves nothing (ra_trunc_zero)")
    func truncatedToNothing() {
        var s = EngineScript()
        s.send("c", seq: 1, ack: 1, "abc")
        s.send("c", seq: 4, ack: 1, "", wireLength: 4)
        s.send("c", seq: 8, ack: 1, "held")
        #expect(s.sink.records == ["0:abc"])
    }

    @Test("sequence numbers wrap silently (ra_wrap)")
    func wrapAround() {
        var s = EngineScript()
        s.send("c", seq: 0xFFFF_FFFD, ack: 1, "abc")
        s.send("c", seq: 0x0000_0004, ack: 1, "ghi")
        s.send("c", seq: 0, ack: 1, "defg")
        #expect(s.sink.records == ["0:abc", "0:defg", "0:ghi"])
    }
}
