import Foundation
import Testing

@testable import FollowCore

/// `-z conv,udp` end to end on a crafted capture. Expected texts are tshark 4.0.17's on the same
/// bytes: which UDP headers its tap counts (one call per UDP layer, none for a header quoted in an
/// ICMP error, cut by the snap length or with a length below 8), row order and directions.
struct UDPConversationTableTests {
    private static let client: UInt32 = 0x0A00_0001, server: UInt32 = 0x0A00_0002
    private static let other: UInt32 = 0x0A00_0003, far: UInt32 = 0x0A00_0004

    /// The capture: a query and its answer, an ICMP error quoting a datagram of its own pair, a
    /// bad length, a header cut short, a length past the payload, a VXLAN datagram carrying
    /// another, an IPv6 exchange, and a second query.
    private static func capture() -> TestCapture {
        var capture = TestCapture()
        capture.append(frame: UDPFrame.ipv4(client, server, UDPFrame.udp(5000, 53, "query")))
        capture.append(frame: UDPFrame.ipv4(server, client, UDPFrame.udp(53, 5000, "answer!!")))
        let quoted = UDPFrame.ipv4Header(server, other, protocol: 17, UDPFrame.udp(7000, 7001, "xyzw"))
        capture.append(frame: UDPFrame.ipv4(other, server, protocol: 1, [3, 3, 0, 0, 0, 0, 0, 0] + quoted))
        capture.append(frame: UDPFrame.ipv4(client, other, UDPFrame.udp(6000, 6001, "abc", length: 4)))
        capture.append(
            frame: UDPFrame.ipv4(client, far, UDPFrame.udp(6100, 6101, "hello")), capturedLength: 14 + 20 + 4)
        capture.append(frame: UDPFrame.ipv4(client, other, UDPFrame.udp(6000, 6002, "abc", length: 200)))
        let inner = UDPFrame.ipv4(0xC0A8_0101, 0xC0A8_0102, UDPFrame.udp(1111, 2222, "inner"))
        capture.append(
            frame: UDPFrame.ipv4(client, server, UDPFrame.udp(40000, 4789, [8, 0, 0, 0, 0, 0, 1, 0] + inner)))
        capture.append(frame: UDPFrame.ipv6(UDPFrame.udp(546, 547, "solicit")))
        capture.append(frame: UDPFrame.ipv4(client, server, UDPFrame.udp(5000, 53, "q2")))
        return capture
    }

    private static func run(_ statistics: [String], on capture: TestCapture) throws -> SwfollowCommand.Outcome {
        let path = try capture.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        return SwfollowCommand.run(["-r", path, "-q"] + statistics.flatMap { ["-z", $0] })
    }

    private static let header = """
                                                                   |       <-      | |       ->      | |     Total     |    Relative    |   Duration   |
                                                                   | Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |

        """
    private static let rule = String(repeating: "=", count: 80) + "\n"

    private static let rows = """
        10.0.0.1:5000              <-> 10.0.0.2:53                      1 50 bytes        2 91 bytes        3 141 bytes     0.000000000         0.0080
        10.0.0.1:6000              <-> 10.0.0.3:6002                    0 0 bytes         1 45 bytes        1 45 bytes      0.005000000         0.0000
        10.0.0.1:40000             <-> 10.0.0.2:4789                    0 0 bytes         1 97 bytes        1 97 bytes      0.006000000         0.0000
        192.168.1.1:1111           <-> 192.168.1.2:2222                 0 0 bytes         1 97 bytes        1 97 bytes      0.006000000         0.0000
        2001:db8::1:546            <-> 2001:db8::2:547                  0 0 bytes         1 69 bytes        1 69 bytes      0.007000000         0.0000

        """

    @Test("tshark's UDP table: title, counted headers, tunnel layers counted separately, row order")
    func table() throws {
        let outcome = try Self.run(["conv,udp"], on: Self.capture())
        #expect(outcome.status == 0)
        #expect(
            String(decoding: outcome.standardOutput, as: UTF8.self)
                == Self.rule + "UDP Conversations\nFilter:<No Filter>\n" + Self.header + Self.rows + Self.rule)
    }

    @Test("a filtered UDP table counts only the frames its filter keeps; the last -z prints first")
    func filteredTablesPrintLastFirst() throws {
        let outcome = try Self.run(
            ["conv,udp", "conv,tcp", "conv,udp,ip.src==10.0.0.1 && ip.dst==10.0.0.2"], on: Self.capture())
        let filtered = """
            10.0.0.1:5000              <-> 10.0.0.2:53                      0 0 bytes         2 91 bytes        2 91 bytes      0.000000000         0.0080
            10.0.0.1:40000             <-> 10.0.0.2:4789                    0 0 bytes         1 97 bytes        1 97 bytes      0.006000000         0.0000
            192.168.1.1:1111           <-> 192.168.1.2:2222                 0 0 bytes         1 97 bytes        1 97 bytes      0.006000000         0.0000

            """
        let expected =
            Self.rule + "UDP Conversations\nFilter:ip.src==10.0.0.1 && ip.dst==10.0.0.2\n" + Self.header + filtered
            + Self.rule + Self.rule + "TCP Conversations\nFilter:<No Filter>\n" + Self.header + Self.rule
            + Self.rule + "UDP Conversations\nFilter:<No Filter>\n" + Self.header + Self.rows + Self.rule
        #expect(String(decoding: outcome.standardOutput, as: UTF8.self) == expected)
    }

    @Test("-z conv,tcp -z conv,udp -z follow,tcp: the follow block, then the UDP table, then the TCP table")
    func mixedStatisticsPrintLastFirst() throws {
        var capture = Self.capture()
        var connection = TestConnection()
        connection.handshake().forEach { capture.append($0) }
        capture.append(connection.data(.client, "hello"))
        let outcome = try Self.run(["conv,tcp", "conv,udp", "follow,tcp,ascii,0"], on: capture)
        let text = String(decoding: outcome.standardOutput, as: UTF8.self)
        let udpTable = Self.rule + "UDP Conversations\nFilter:<No Filter>\n" + Self.header + Self.rows + Self.rule
        let follow = try #require(text.range(of: "Follow: tcp,ascii\n"))
        let udp = try #require(text.range(of: udpTable))
        let tcp = try #require(text.range(of: "TCP Conversations\n"))
        #expect(follow.lowerBound < udp.lowerBound && udp.upperBound < tcp.lowerBound)
        #expect(
            text.contains(
                "10.0.0.1:40000             <-> 10.0.0.2:80                      1 54 bytes        3 167 bytes"
                    + "       4 221 bytes     0.009000000         0.0030\n"))
    }

    @Test("a UDP table's filter that does not compile: tshark's tap message, exit 1")
    func badFilter() throws {
        let outcome = try Self.run(["conv,udp,udp port 53"], on: Self.capture())
        #expect(
            outcome.standardError
                == "swfollow: Couldn't register conversations tap: Filter \"udp port 53\" is invalid - "
                + "\"port\" was unexpected in this context.\n")
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func nameResolutionIsRefused() {
        let outcome = SwfollowCommand.run(["-r", "x.pcap", "-q", "-N", "t", "-z", "conv,udpx"])
        #expect(outcome.standardError == "swfollow: -z conv,udp with name resolution (-N, -H) is not supported yet\n")
        #expect(outcome.status == 1)
    }

    @Test(
        arguments: [
            ("conv,udp", ConversationProtocol.udp, nil), ("conv,udpx,udp", .udp, nil), ("conv,udp,", .udp, ""),
            ("conv,udp,ip.len > 1", .udp, "ip.len > 1"), ("conv,tcp,udp", .tcp, "udp"),
        ] as [(String, ConversationProtocol, String?)])
    func request(argument: String, transport: ConversationProtocol, filter: String?) {
        #expect(StatisticArgument(argument) == .conversation(argument))
        let request = ConversationRequest(argument)
        #expect(request.transport == transport)
        #expect(request.filter == filter)
    }
}
