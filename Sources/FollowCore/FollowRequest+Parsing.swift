import FollowOutput
import PacketDecoding

extension FollowRequest {
    /// The `-z` prefix that reaches this parser (tshark matches registered taps by prefix, R1.1).
    package static let tapPrefix = "follow,tcp"

    /// Parses `follow,tcp,MODE,FILTER[,RANGE]` exactly as tshark 4.0 does (FOLLOW-SPEC R1.1–R1.5).
    /// - Throws: tshark's message for the first problem found, in tshark's order of checks.
    package static func parse(_ argument: String) throws(FollowArgumentError) -> FollowRequest {
        guard argument.hasPrefix(tapPrefix) else { throw .invalidMode }
        var scanner = CScanner(argument.dropFirst(tapPrefix.count))
        guard let mode = FollowMode.allCases.first(where: { scanner.take(prefix: ",\($0.rawValue)") }) else {
            throw .invalidMode
        }
        let filter = try parseFilter(&scanner)
        let range = try parseRange(&scanner)
        switch filter {
        case .stream(let index) where index < 0:
            throw .tapListenerRegistration
        case .stream(let index):
            return FollowRequest(mode: mode, filter: .stream(UInt32(index)), range: range)
        case .addressPair(let a, let b):
            return FollowRequest(mode: mode, filter: .addressPair(a, b), range: range)
        }
    }

    /// A parsed filter before the negative-index check, which tshark makes last.
    private enum ScannedFilter {
        case stream(Int32)
        case addressPair(Endpoint, Endpoint)
    }

    /// `,%d` followed by the end or a comma, else exactly two `,ADDR:PORT` items (R1.3, R1.4).
    private static func parseFilter(_ scanner: inout CScanner) throws(FollowArgumentError) -> ScannedFilter {
        var attempt = scanner
        if attempt.take(UInt8(ascii: ",")), let index = attempt.scanInt32(),
            attempt.isAtEnd || attempt.rest.hasPrefix(",") {
            scanner = attempt
            return .stream(index)
        }
        let first = try parseEndpoint(&scanner)
        let second = try parseEndpoint(&scanner)
        switch (first.address, second.address) {
        case (.v4, .v4), (.v6, .v6):
            return .addressPair(first, second)
        default:
            throw .mismatchedAddressTypes
        }
    }

    /// `,[IPv6]:PORT` or `,IPv4:PORT`: address text of at most 80 characters, `%d` port in 1…65535,
    /// checked before the address itself, as tshark does.
    private static func parseEndpoint(_ scanner: inout CScanner) throws(FollowArgumentError) -> Endpoint {
        guard scanner.take(UInt8(ascii: ",")) else { throw .invalidAddress }
        let isIPv6 = scanner.take(UInt8(ascii: "["))
        let closing = UInt8(ascii: isIPv6 ? "]" : ":")
        guard let text = scanner.scanText(upTo: closing, limit: 80), scanner.take(closing),
            !isIPv6 || scanner.take(UInt8(ascii: ":")), let port = scanner.scanInt32()
        else { throw .invalidAddress }
        guard (1...65535).contains(port) else { throw .invalidPort }
        if isIPv6 {
            guard let address = IPAddress(ipv6Text: text) else { throw .badIPv6Address }
            return Endpoint(address: address, port: UInt16(port))
        }
        guard let address = IPAddress(ipv4Text: text) else { throw .badIPv4Address }
        return Endpoint(address: address, port: UInt16(port))
    }

    /// The optional `,N` or `,N-M` with `%u` semantics; anything after it is an invalid parameter (R1.5).
    private static func parseRange(_ scanner: inout CScanner) throws(FollowArgumentError) -> RecordRange? {
        if scanner.isAtEnd { return nil }
        guard scanner.take(UInt8(ascii: ",")), let first = scanner.scanUInt32() else { throw .invalidRange }
        var last = first
        var attempt = scanner
        if attempt.take(UInt8(ascii: "-")), let end = attempt.scanUInt32() {
            last = end
            scanner = attempt
        }
        guard scanner.isAtEnd else { throw .invalidParameter }
        guard first != 0, first <= last else { throw .invalidRangeValue }
        return RecordRange(first: first, last: last)
    }
}
