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
        arguments: ["follow,udp,ascii,0", "follow,http2,ascii,0", "follow,tls,raw,0"])
    func otherProtocols(argument: String) {
        #expect(throws: FollowArgumentError.unsupportedProtocol(argument: argument)) {
            try FollowRequest.parse(argument)
        }
        #expect(
            FollowArgumentError.unsupportedProtocol(argument: argument).message
                == "follow - swfollow supports only follow,tcp, not \"\(argument)\".")
    }
}
