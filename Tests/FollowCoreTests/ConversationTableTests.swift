import Foundation
import PacketDecoding
import Testing

@testable import FollowCore

/// The `-z conv,tcp` accumulator and renderer on hand-built frames. Expected texts are tshark
/// 4.0.17's, measured on small generated captures (thresholds, negative starts, tie order) and on
/// `zeek__ldap-gap-vlan-ipv6` (long IPv6 endpoints).
struct ConversationTableTests {
    private static func endpoint(_ text: String, _ port: UInt16) -> Endpoint {
        let address = IPAddress(ipv4Text: text) ?? IPAddress(ipv6Text: text) ?? .v4(0)
        return Endpoint(address: address, port: port)
    }

    private static func time(_ seconds: Int64, _ nanoseconds: UInt32) -> RelativeTime {
        RelativeTime(
            Timestamp(seconds: seconds, nanoseconds: nanoseconds),
            since: Timestamp(seconds: 10, nanoseconds: 500_000_000))
    }

    private static func text(_ table: ConversationTable) -> String {
        String(decoding: ConversationTableText.render(table), as: UTF8.self)
    }

    private static let header = """
        ================================================================================
        TCP Conversations
        Filter:<No Filter>
                                                                   |       <-      | |       ->      | |     Total     |    Relative    |   Duration   |
                                                                   | Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |

        """
    private static let rule = String(repeating: "=", count: 80) + "\n"

    @Test(
        arguments: [
            (0, "0 bytes"), (9999, "9999 bytes"), (10_000, "10 kB"), (9_999_999, "9999 kB"), (10_000_000, "10 MB"),
            (9_999_999_999, "9999 MB"), (10_000_000_000, "10 GB"), (10_000_000_000_000, "10 TB"),
            (100_000_000_000_000, "100 TB"), (UInt64(Int64.max), "9223372 TB"),
        ] as [(UInt64, String)])
    func byteUnits(size: UInt64, expected: String) {
        #expect(ConversationTableText.sizeText(size) == expected)
    }

    @Test func emptyTable() {
        let table = ConversationTable(ConversationRequest("conv,tcp"))
        #expect(Self.text(table) == Self.header + Self.rule)
    }

    @Test(
        arguments: [
            ("conv,tcp", nil), ("conv,tcpx", nil), ("conv,tcpx,tcp", nil), ("conv,tcp,", ""),
            ("conv,tcp,tcp.port==80", "tcp.port==80"),
        ] as [(String, String?)])
    func filterText(argument: String, filter: String?) {
        let request = ConversationRequest(argument)
        #expect(request.filter == filter)
        #expect(request.hasFilter == !(filter ?? "").isEmpty)
    }

    @Test func emptyFilterIsPrintedAsGiven() {
        let table = ConversationTable(ConversationRequest("conv,tcp,"))
        #expect(Self.text(table).contains("\nFilter:\n"))
    }

    /// Most frames first; equal counts keep first-counted order (not stream order); the first
    /// frame's sender goes left; times may start before the reference (tshark's `-2.250000000`).
    @Test func rowsOrderDirectionAndNegativeStart() {
        var table = ConversationTable(ConversationRequest("conv,tcp"))
        let a = Self.endpoint("10.0.0.1", 2000), b = Self.endpoint("10.0.0.1", 2001)
        let c = Self.endpoint("10.0.0.1", 2002), server = Self.endpoint("10.0.0.2", 80)
        table.record(stream: 5, source: a, destination: server, length: 60, time: Self.time(10, 500_000_000))
        table.record(stream: 1, source: b, destination: server, length: 60, time: Self.time(9, 750_000_000))
        table.record(stream: 1, source: server, destination: b, length: 60, time: Self.time(8, 250_000_000))
        table.record(stream: 0, source: c, destination: server, length: 60, time: Self.time(10, 250_000_000))
        table.record(stream: 0, source: c, destination: server, length: 60, time: Self.time(12, 0))
        let rows = """
            10.0.0.1:2001              <-> 10.0.0.2:80                      1 60 bytes        1 60 bytes        2 120 bytes    -2.250000000         1.5000
            10.0.0.1:2002              <-> 10.0.0.2:80                      0 0 bytes         2 120 bytes       2 120 bytes    -0.250000000         1.7500
            10.0.0.1:2000              <-> 10.0.0.2:80                      0 0 bytes         1 60 bytes        1 60 bytes      0.000000000         0.0000

            """
        #expect(Self.text(table) == Self.header + rows + Self.rule)
    }

    /// Endpoints longer than the 26-column field push the rest of the line right.
    @Test func longIPv6EndpointsWidenTheLine() {
        var table = ConversationTable(ConversationRequest("conv,tcp"))
        let client = Self.endpoint("2a00:6020:ad0b:8381:fd70:e2f9:f031:9dc4", 49980)
        let server = Self.endpoint("2a00:6020:ad0b:8380::10", 389)
        table.record(stream: 0, source: client, destination: server, length: 4969, time: Self.time(10, 500_000_000))
        var out: [UInt8] = []
        ConversationTableText.write(table.rows[0], to: &out)
        #expect(
            String(decoding: out, as: UTF8.self)
                == "2a00:6020:ad0b:8381:fd70:e2f9:f031:9dc4:49980 <-> 2a00:6020:ad0b:8380::10:389"
                + "       0 0 bytes         1 4969 bytes       1 4969 bytes     0.000000000         0.0000\n")
    }

    /// A connection to itself counts every frame as sent by the left endpoint.
    @Test func selfConnectionIsAllTransmitted() {
        var table = ConversationTable(ConversationRequest("conv,tcp"))
        let both = Self.endpoint("10.0.0.1", 5555)
        for _ in 0..<3 {
            table.record(stream: 0, source: both, destination: both, length: 54, time: Self.time(10, 500_000_000))
        }
        #expect(table.rows[0].leftToRight.frames == 3)
        #expect(table.rows[0].rightToLeft.frames == 0)
    }

    /// tshark compares seconds through a 32-bit `int` (`fmt_times`): a frame 2³² s in counts as
    /// earlier than one at 1.7×10⁹ s, so the start is the later time and the duration negative.
    @Test func startAndStopFollowTsharksComparison() {
        var table = ConversationTable(ConversationRequest("conv,tcp"))
        let a = Self.endpoint("10.0.0.1", 40000), b = Self.endpoint("10.0.0.2", 80)
        let reference = Timestamp(seconds: 0, nanoseconds: 0)
        for (seconds, nanoseconds) in [(0, 0), (1_700_000_000, 999_999_999), (4_294_967_295, 999_999_999)]
            as [(Int64, UInt32)]
        {
            let time = RelativeTime(Timestamp(seconds: seconds, nanoseconds: nanoseconds), since: reference)
            table.record(stream: 0, source: a, destination: b, length: 56, time: time)
        }
        var out: [UInt8] = []
        ConversationTableText.write(table.rows[0], to: &out)
        #expect(String(decoding: out, as: UTF8.self).hasSuffix("  4294967296.000000000   -2594967295.0000\n"))
    }

    @Test func relativeTimeKeepsOneSign() {
        let reference = Timestamp(seconds: 10, nanoseconds: 500_000_000)
        let before = RelativeTime(Timestamp(seconds: 9, nanoseconds: 750_000_000), since: reference)
        #expect((before.seconds, before.nanoseconds) == (0, -750_000_000))
        let after = RelativeTime(Timestamp(seconds: 12, nanoseconds: 0), since: reference)
        #expect((after.seconds, after.nanoseconds) == (1, 500_000_000))
        let wellBefore = RelativeTime(Timestamp(seconds: 8, nanoseconds: 250_000_000), since: reference)
        #expect((wellBefore.seconds, wellBefore.nanoseconds) == (-2, -250_000_000))
    }

    @Test(arguments: [
        (
            ["-r", "x.pcap", "-q", "-N", "t", "-z", "conv,tcp"],
            "swfollow: -z conv,tcp with name resolution (-N, -H) is not supported yet\n"
        )
    ])
    func refusals(arguments: [String], message: String) {
        let outcome = SwfollowCommand.run(arguments)
        #expect(outcome.standardError == message)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("a filter that does not compile: tshark's tap message, after the capture is opened, exit 1")
    func badFilter() throws {
        var capture = TestCapture()
        var connection = TestConnection()
        connection.handshake().forEach { capture.append($0) }
        let path = try capture.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = SwfollowCommand.run(["-r", path, "-q", "-z", "conv,tcp,tcp port 80"])
        #expect(
            outcome.standardError
                == "swfollow: Couldn't register conversations tap: Filter \"tcp port 80\" is invalid - "
                + "\"port\" was unexpected in this context.\n")
        #expect(outcome.status == 1)
        let missing = SwfollowCommand.run(["-r", path + ".missing", "-q", "-z", "conv,tcp,tcp port 80"])
        #expect(missing.standardError.hasSuffix("doesn't exist.\n"))
    }

    @Test("a filtered table counts only the frames its filter keeps")
    func filteredTable() throws {
        var capture = TestCapture()
        var connection = TestConnection()
        connection.handshake().forEach { capture.append($0) }
        capture.append(connection.data(.client, "hello"))
        capture.append(connection.data(.server, "world!"))
        let path = try capture.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = SwfollowCommand.run(["-r", path, "-q", "-z", "conv,tcp,tcp.len > 0"])
        let text = String(decoding: outcome.standardOutput, as: UTF8.self)
        #expect(text.contains("Filter:tcp.len > 0\n"))
        #expect(
            text.contains(
                "10.0.0.1:40000             <-> 10.0.0.2:80                      1 60 bytes        1 59 bytes"
                    + "        2 119 bytes     0.003000000         0.0010\n"))
    }
}
