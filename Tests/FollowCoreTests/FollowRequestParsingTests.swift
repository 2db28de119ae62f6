import FollowCore
import FollowOutput
import PacketDecoding
import Testing

/// `-z follow,tcp,…` parsing, against what tshark 4.0.17 accepted and refused (FOLLOW-SPEC R1.1–R1.5).
@Suite("FollowRequest parsing")
struct FollowRequestParsingTests {
    @Test("stream index forms", arguments: [
        ("follow,tcp,ascii,0", UInt32(0)), ("follow,tcp,ascii, 0", 0), ("follow,tcp,ascii,+0", 0),
        ("follow,tcp,ascii,00", 0), ("follow,tcp,ascii,-0", 0), ("follow,tcp,ascii,4294967296", 0),
        ("follow,tcp,ascii,99999999999", 1_215_752_191), ("follow,tcp,ascii,7", 7),
    ])
    func streamIndex(argument: String, index: UInt32) throws {
        let request = try FollowRequest.parse(argument)
        #expect(request.filter == .stream(index))
        #expect(request.filterText == "tcp.stream eq \(index)")
    }

    @Test("modes are matched by prefix, in tshark's order")
    func modes() throws {
        #expect(try FollowRequest.parse("follow,tcp,hex,1").mode == .hex)
        #expect(try FollowRequest.parse("follow,tcp,ebcdic,1").mode == .ebcdic)
        #expect(try FollowRequest.parse("follow,tcp,yaml,1").mode == .yaml)
        #expect(throws: FollowArgumentError.invalidAddress) { try FollowRequest.parse("follow,tcp,asciiz,0") }
    }

    @Test("errors, each with tshark's message", arguments: [
        ("follow,tcp", FollowArgumentError.invalidMode), ("follow,tcp,", .invalidMode),
        ("follow,tcp,utf-8,0", .invalidMode), ("follow,tcp,ASCII,0", .invalidMode),
        ("follow,tcpx,ascii,0", .invalidMode), ("follow,tcp,ascii", .invalidAddress),
        ("follow,tcp,ascii,", .invalidAddress), ("follow,tcp,ascii,-1", .tapListenerRegistration),
        ("follow,tcp,ascii,2147483648", .tapListenerRegistration),
        ("follow,tcp,ascii,99999999999999999999", .tapListenerRegistration),
        ("follow,tcp,ascii,0x1", .invalidAddress), ("follow,tcp,ascii,10.0.0.1:40000", .invalidAddress),
        ("follow,tcp,ascii,10.0.0.1:0,10.0.0.2:80", .invalidPort),
        ("follow,tcp,ascii,10.0.0.300:0,10.0.0.2:80", .invalidPort),
        ("follow,tcp,ascii,10.0.0.1:65536,10.0.0.2:80", .invalidPort),
        ("follow,tcp,ascii,10.0.0.1:40000,[::1]:80", .mismatchedAddressTypes),
        ("follow,tcp,ascii,::1:40000,::2:80", .invalidAddress),
        ("follow,tcp,ascii,10.0.0.300:40000,10.0.0.2:80", .badIPv4Address),
        ("follow,tcp,ascii,010.000.000.001:40000,10.0.0.2:80", .badIPv4Address),
        ("follow,tcp,ascii,localhost:40000,10.0.0.2:80", .badIPv4Address),
        ("follow,tcp,hex,[10.0.0.1]:40000,[10.0.0.2]:80", .badIPv6Address),
        ("follow,tcp,hex,[fe80::1%eth0]:80,[::1]:80", .badIPv6Address),
        ("follow,tcp,ascii,0,0", .invalidRangeValue), ("follow,tcp,ascii,0,3-2", .invalidRangeValue),
        ("follow,tcp,ascii,0,x", .invalidRange), ("follow,tcp,ascii,0,", .invalidRange),
        ("follow,tcp,ascii,-1,x", .invalidRange), ("follow,tcp,ascii,0,2-", .invalidParameter),
        ("follow,tcp,ascii,0,1-2x", .invalidParameter), ("follow,tcp,ascii,0,1,2", .invalidParameter),
        ("follow,tcp,ascii,10.0.0.1:5,10.0.0.2:6x", .invalidRange),
    ])
    func errors(argument: String, error: FollowArgumentError) {
        #expect(throws: error) { try FollowRequest.parse(argument) }
    }

    @Test("address pairs: lenient ports, Filter line in command-line order")
    func addressPair() throws {
        let request = try FollowRequest.parse("follow,tcp,hex,10.0.0.1:040000,10.0.0.2:+80,2-3")
        let client = Endpoint(address: .v4(0x0A00_0001), port: 40000)
        let server = Endpoint(address: .v4(0x0A00_0002), port: 80)
        #expect(request.filter == .addressPair(client, server))
        #expect(request.range == RecordRange(first: 2, last: 3))
        #expect(request.filterText == "((ip.src eq 10.0.0.1 and tcp.srcport eq 40000) and "
            + "(ip.dst eq 10.0.0.2 and tcp.dstport eq 80)) or ((ip.src eq 10.0.0.2 and tcp.srcport eq 80) and "
            + "(ip.dst eq 10.0.0.1 and tcp.dstport eq 40000))")
    }

    @Test("IPv6 pairs use ipv6. fields and compressed addresses")
    func ipv6Pair() throws {
        let request = try FollowRequest.parse("follow,tcp,raw,[2001:db8:0:0::1]:40000,[::ffff:1.2.3.4]:80")
        #expect(request.filterText.hasPrefix("((ipv6.src eq 2001:db8::1 and tcp.srcport eq 40000)"))
        #expect(request.filterText.contains("ipv6.dst eq ::ffff:1.2.3.4"))
    }

    @Test("a range of -1 is 4294967295 (%u)")
    func unsignedRange() throws {
        #expect(try FollowRequest.parse("follow,tcp,hex,0,-1").range == RecordRange(first: 4_294_967_295, last: 4_294_967_295))
    }
}
