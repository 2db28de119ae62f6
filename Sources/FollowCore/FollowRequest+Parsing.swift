import FollowOutput
import PacketDecoding

/// Parsing of `-z follow,tcp,MODE,FILTER[,RANGE]` (and `follow,udp`, read the same way) exactly as
/// tshark 4.0.17 reads it (FOLLOW-RULES R1.1–R1.6).
///
/// tshark reads the argument with C `sscanf` patterns, so this parser does the same through
/// ``CFormatScanner``: prefix matches, `%d`/`%u` numbers with 64-bit saturation then 32-bit
/// truncation, and 80-byte address fields. The checks run in tshark's order, so a text with
/// several faults gets the same message tshark prints.
extension FollowRequest {
    /// The text an argument for `followed` starts with. tshark matches it as a prefix, so
    /// `follow,tcpx,…` also comes here (and fails on its mode).
    private static func prefix(_ followed: FollowProtocol) -> String { "follow," + followed.rawValue }

    /// The modes in the order tshark tries them; each is matched as a prefix (`asciiz` is ascii).
    private static let modesInMatchOrder: [FollowMode] = [.hex, .ascii, .ebcdic, .raw, .yaml]

    /// The most bytes tshark reads for the text of one address.
    private static let addressWidth = 80

    /// Parses one `-z` argument (the whole text, starting with `follow,`).
    ///
    /// - Throws: the ``FollowArgumentError`` tshark would report, checked in tshark's order:
    ///   mode, filter (index, else both `ADDR:PORT` items, each port then address, then the type
    ///   match), range value, leftover text, and last a negative stream index.
    package static func parse(_ argument: String) throws(FollowArgumentError) -> FollowRequest {
        guard let followed = FollowProtocol.allCases.first(where: { argument.utf8.starts(with: prefix($0).utf8) })
        else { throw .unsupportedProtocol(argument: argument) }
        var scanner = CFormatScanner(Array(argument.utf8), position: prefix(followed).utf8.count)
        let mode = try scanMode(&scanner)
        if let index = scanStreamIndex(&scanner) {
            let range = try scanRange(&scanner)
            guard index >= 0 else { throw .tapListenerRegistration }
            return FollowRequest(followed: followed, mode: mode, filter: .stream(UInt32(index)), range: range)
        }
        let first = try scanEndpoint(&scanner)
        let second = try scanEndpoint(&scanner)
        guard first.address.isIPv4 == second.address.isIPv4 else { throw .mismatchedAddressTypes }
        return FollowRequest(
            followed: followed, mode: mode, filter: .addressPair(first, second), range: try scanRange(&scanner))
    }

    /// `,hex`, `,ascii`, `,ebcdic`, `,raw`, `,yaml`, tried in that order as prefixes.
    private static func scanMode(_ scanner: inout CFormatScanner) throws(FollowArgumentError) -> FollowMode {
        for mode in modesInMatchOrder where scanner.scanLiteral("," + mode.rawValue) {
            return mode
        }
        throw .invalidDisplayMode
    }

    /// `,%d` followed by the end of the text or by `,`; nil (cursor unmoved) otherwise.
    private static func scanStreamIndex(_ scanner: inout CFormatScanner) -> Int32? {
        var attempt = scanner
        guard attempt.scanLiteral(","), let index = attempt.scanInt32(),
            attempt.isAtEnd || attempt.current == UInt8(ascii: ",")
        else { return nil }
        scanner = attempt
        return index
    }

    /// One `,[v6]:PORT` item (tried first) or `,v4:PORT` item; the port is checked before the
    /// address text is converted.
    private static func scanEndpoint(_ scanner: inout CFormatScanner) throws(FollowArgumentError) -> Endpoint {
        var bracketed = scanner
        if bracketed.scanLiteral(",["), let text = bracketed.scanBytes(upTo: UInt8(ascii: "]"), maxWidth: addressWidth),
            bracketed.scanLiteral("]:"), let port = bracketed.scanInt32()
        {
            scanner = bracketed
            let port = try checkedPort(port)
            guard let address = IPAddress(ipv6Text: String(decoding: text, as: UTF8.self)) else {
                throw .invalidIPv6Address
            }
            return Endpoint(address: address, port: port)
        }
        var plain = scanner
        guard plain.scanLiteral(","), let text = plain.scanBytes(upTo: UInt8(ascii: ":"), maxWidth: addressWidth),
            plain.scanLiteral(":"), let port = plain.scanInt32()
        else { throw .invalidAddress }
        scanner = plain
        let checked = try checkedPort(port)
        guard let address = IPAddress(ipv4Text: String(decoding: text, as: UTF8.self)) else {
            throw .invalidIPv4Address
        }
        return Endpoint(address: address, port: checked)
    }

    /// A port must be 1…65535 after `%d`'s truncation to 32 bits.
    private static func checkedPort(_ port: Int32) throws(FollowArgumentError) -> UInt16 {
        guard (1...65535).contains(port) else { throw .invalidPort }
        return UInt16(port)
    }

    /// The optional `,%u-%u` or `,%u` range, then nothing else may follow.
    private static func scanRange(_ scanner: inout CFormatScanner) throws(FollowArgumentError) -> RecordRange? {
        guard !scanner.isAtEnd else { return nil }
        var pair = scanner
        var single = scanner
        let range: RecordRange
        if pair.scanLiteral(","), let first = pair.scanUInt32(), pair.scanLiteral("-"), let last = pair.scanUInt32() {
            scanner = pair
            range = RecordRange(first: first, last: last)
        } else if single.scanLiteral(","), let only = single.scanUInt32() {
            scanner = single
            range = RecordRange(first: only, last: only)
        } else {
            throw .invalidRange
        }
        guard range.first != 0, range.last >= range.first else { throw .invalidRangeValue }
        guard scanner.isAtEnd else { throw .invalidParameter }
        return range
    }
}

extension IPAddress {
    /// Whether this is an IPv4 address (the address-pair form needs both items of one family).
    fileprivate var isIPv4: Bool {
        if case .v4 = self { return true }
        return false
    }
}
