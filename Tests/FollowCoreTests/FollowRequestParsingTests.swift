import FollowCore
import FollowOutput
import PacketDecoding
import Testing

@Suite("-z follow,tcp,MODE,FILTER[,RANGE], as tshark 4.0.17 reads it")
struct FollowRequestParsingTests {
    @Test("modes: prefixes tried in the order hex, ascii, ebcdic, raw, yaml", arguments: FollowCases.modes)
    func modes(row: FollowCase) { check(row) }

    @Test("stream index: %d with 64-bit saturation, 32-bit truncation", arguments: FollowCases.indexes)
    func indexes(row: FollowCase) { check(row) }

    @Test("range: %u semantics, value check before leftover check", arguments: FollowCases.ranges)
    func ranges(row: FollowCase) { check(row) }

    @Test("address pairs: IPv4/IPv6 items, ports, 80-byte fields, error order", arguments: FollowCases.addresses)
    func addresses(row: FollowCase) { check(row) }

    private func check(_ row: FollowCase) {
        let result = Result { () throws(FollowArgumentError) in try FollowRequest.parse(row.argument) }
        switch (row.expected, result) {
        case (.filter(let text), .success(let request)):
            #expect(request.filterText == text)
            #expect(row.suffix.hasPrefix(",\(request.mode.rawValue)"))
        case (.yaml, .success(let request)):
            #expect(request.mode == .yaml)
        case (.error(let expected), .failure(let error)):
            #expect(error == expected)
        default:
            Issue.record("expected \(row.expected), got \(result)")
        }
        if let range = row.range, case .success(let request) = result {
            #expect(request.range == range)
        }
    }

    @Test("parsed values: mode, filter and range")
    func parsedValues() throws {
        let request = try FollowRequest.parse("follow,tcp,ebcdic,[::1]:80,[2001:db8::2]:40000,3-9")
        #expect(request.mode == .ebcdic)
        #expect(request.range == RecordRange(first: 3, last: 9))
        guard case .addressPair(let first, let second) = request.filter else {
            Issue.record("expected an address pair")
            return
        }
        #expect(first == Endpoint(address: .v6(high: 0, low: 1), port: 80))
        #expect(second == Endpoint(address: .v6(high: 0x2001_0DB8_0000_0000, low: 2), port: 40000))
        #expect(try FollowRequest.parse("follow,tcp,raw,7").filter == .stream(7))
    }

    @Test("error texts are tshark's, after the program name")
    func messages() {
        #expect(FollowArgumentError.invalidDisplayMode.message == "follow - Invalid display mode.")
        #expect(FollowArgumentError.invalidIPv4Address.message == "follow - Can't get IPv4 address")
        #expect(FollowArgumentError.tapListenerRegistration.message == "follow - Error registering tap listener.")
        #expect(FollowArgumentError.invalidDisplayMode.exitStatus == 1)
    }

    @Test(
        "other follow protocols are refused by swfollow",
        arguments: ["follow,http2,ascii,0", "follow,tls,raw,0", "follow,quic,raw,0"])
    func otherProtocols(argument: String) {
        #expect(throws: FollowArgumentError.unsupportedProtocol(argument: argument)) {
            try FollowRequest.parse(argument)
        }
        #expect(
            FollowArgumentError.unsupportedProtocol(argument: argument).message
                == "follow - swfollow supports only follow,tcp and follow,udp, not \"\(argument)\".")
    }

    @Test("follow,udp is read like follow,tcp, with udp in its filter text")
    func udpArguments() throws {
        let index = try FollowRequest.parse("follow,udp,raw,7,2-3")
        #expect(index == FollowRequest(followed: .udp, mode: .raw, filter: .stream(7), range: RecordRange(first: 2, last: 3)))
        #expect(index.filterText == "udp.stream eq 7")
        let pair = try FollowRequest.parse("follow,udp,hex,10.0.0.1:53,10.0.0.2:4000")
        #expect(
            pair.filterText
                == "((ip.src eq 10.0.0.1 and udp.srcport eq 53) and (ip.dst eq 10.0.0.2 and udp.dstport eq 4000)) or "
                + "((ip.src eq 10.0.0.2 and udp.srcport eq 4000) and (ip.dst eq 10.0.0.1 and udp.dstport eq 53))")
        #expect(throws: FollowArgumentError.invalidDisplayMode) { try FollowRequest.parse("follow,udp,foo,0") }
        #expect(throws: FollowArgumentError.tapListenerRegistration) { try FollowRequest.parse("follow,udp,raw,-1") }
    }
}
