import FollowCore
import FollowOutput
import Testing

/// One `-z follow,tcp…` argument and what tshark 4.0.17 did with it (`-r fmt_basic.pcap -q`).
struct FollowCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable, Equatable {
        /// Accepted; tshark printed this `Filter:` line (text modes).
        case filter(String)
        /// Accepted in yaml mode (no `Filter:` line to compare).
        case yaml
        /// Rejected with this error.
        case error(FollowArgumentError)
    }

    /// The argument text after `follow,tcp`.
    var suffix: String
    var expected: Expected
    /// The record range, checked when given (tshark's output shows it only indirectly).
    var range: RecordRange??

    var argument: String { "follow,tcp" + suffix }
    var testDescription: String { argument.debugDescription }
}

/// The Filter line tshark prints for an address pair (FOLLOW-SPEC R2.2).
private func pair(_ a: String, _ p: Int, _ b: String, _ q: Int, ip: String = "ip") -> FollowCase.Expected {
    .filter(
        "((\(ip).src eq \(a) and tcp.srcport eq \(p)) and (\(ip).dst eq \(b) and tcp.dstport eq \(q))) or "
            + "((\(ip).src eq \(b) and tcp.srcport eq \(q)) and (\(ip).dst eq \(a) and tcp.dstport eq \(p)))"
    )
}

private func stream(_ index: UInt32) -> FollowCase.Expected { .filter("tcp.stream eq \(index)") }

private func row(_ suffix: String, _ expected: FollowCase.Expected, range: RecordRange?? = .none) -> FollowCase {
    FollowCase(suffix: suffix, expected: expected, range: range)
}

private func range(_ first: UInt32, _ last: UInt32) -> RecordRange?? { .some(RecordRange(first: first, last: last)) }

enum FollowCases {
    static let modes: [FollowCase] = [
        row(",hex,0", stream(0)), row(",ascii,0", stream(0), range: .some(nil)), row(",ebcdic,0", stream(0)),
        row(",raw,0", stream(0)), row(",yaml,0", .yaml),
        row(",asciiz,0", .error(.invalidAddress)), row(",hexadecimal,0", .error(.invalidAddress)),
        row(",rawx,0", .error(.invalidAddress)),
        row(",ASCII,0", .error(.invalidDisplayMode)), row(",utf-8,0", .error(.invalidDisplayMode)),
        row("", .error(.invalidDisplayMode)), row(",", .error(.invalidDisplayMode)),
        row("x,ascii,0", .error(.invalidDisplayMode)), row(" ,ascii,0", .error(.invalidDisplayMode)),
        row(",ascii", .error(.invalidAddress)), row(",ascii,", .error(.invalidAddress)),
    ]

    static let indexes: [FollowCase] = [
        row(",ascii, 0", stream(0)), row(",ascii,+0", stream(0)), row(",ascii,00", stream(0)),
        row(",ascii,-0", stream(0)),
        row(",ascii, +1", stream(1)), row(",ascii,\t1", stream(1)), row(",ascii,\n1", stream(1)),
        row(",ascii,\u{0B}1", stream(1)), row(",ascii,\u{0C}1", stream(1)), row(",ascii,\r1", stream(1)),
        row(",ascii,4294967296", stream(0)), row(",ascii,99999999999", stream(1_215_752_191)),
        row(",ascii,2147483647", stream(2_147_483_647)), row(",ascii,-4294967295", stream(1)),
        row(",ascii,-99999999999999999999", stream(0)), row(",ascii,-9223372036854775808", stream(0)),
        row(",ascii,-9223372036854775809", stream(0)),
        row(",ascii,-1", .error(.tapListenerRegistration)), row(",ascii,2147483648", .error(.tapListenerRegistration)),
        row(",ascii,4294967295", .error(.tapListenerRegistration)),
        row(",ascii,-2147483648", .error(.tapListenerRegistration)),
        row(",ascii,99999999999999999999", .error(.tapListenerRegistration)),
        row(",ascii,18446744073709551615", .error(.tapListenerRegistration)),
        row(",ascii,9223372036854775807", .error(.tapListenerRegistration)),
        row(",ascii,9223372036854775808", .error(.tapListenerRegistration)),
        row(",ascii,0x1", .error(.invalidAddress)), row(",ascii,0 ,1", .error(.invalidAddress)),
        row(",ascii,+-1", .error(.invalidAddress)), row(",ascii,- 1", .error(.invalidAddress)),
        row(",ascii,+", .error(.invalidAddress)), row(",ascii,-", .error(.invalidAddress)),
        row(",ascii,,1", .error(.invalidAddress)), row(",ascii,1,", .error(.invalidRange)),
        // The range is read before a negative index is refused.
        row(",ascii,-1,x", .error(.invalidRange)), row(",ascii,-1,0", .error(.invalidRangeValue)),
        row(",ascii,-1,1,2", .error(.invalidParameter)), row(",ascii,-1,3-2", .error(.invalidRangeValue)),
        row(",ascii,-1,0x", .error(.invalidRangeValue)),
    ]

    static let ranges: [FollowCase] = [
        row(",hex,0,2", stream(0), range: range(2, 2)), row(",hex,0,2-4", stream(0), range: range(2, 4)),
        row(",hex,0,-1", stream(0), range: range(.max, .max)), row(",ascii,0, 1", stream(0), range: range(1, 1)),
        row(",ascii,0,+1", stream(0), range: range(1, 1)), row(",ascii,0,1- 2", stream(0), range: range(1, 2)),
        row(",ascii,0,1-+2", stream(0), range: range(1, 2)), row(",ascii,0,1--2", stream(0), range: range(1, .max - 1)),
        row(",ascii,0,99999999999999999999", stream(0), range: range(.max, .max)),
        row(",ascii,0,-4294967295", stream(0), range: range(1, 1)), row(",ascii,0,2-2", stream(0), range: range(2, 2)),
        row(",ascii,0,\t2", stream(0), range: range(2, 2)),
        row(",ascii,0,1-18446744073709551617", stream(0), range: range(1, .max)),
        row(",ascii,0,1-", .error(.invalidParameter)), row(",ascii,0,1 -2", .error(.invalidParameter)),
        row(",ascii,0,1-2-3", .error(.invalidParameter)), row(",ascii,0,1-2,", .error(.invalidParameter)),
        row(",ascii,0,1,2", .error(.invalidParameter)), row(",ascii,0,1-2x", .error(.invalidParameter)),
        row(",ascii,0,0", .error(.invalidRangeValue)), row(",ascii,0,3-2", .error(.invalidRangeValue)),
        row(",ascii,0,4294967296", .error(.invalidRangeValue)),
        row(",ascii,0,5-4294967296", .error(.invalidRangeValue)),
        row(",ascii,0,0x", .error(.invalidRangeValue)), row(",ascii,0,0-x", .error(.invalidRangeValue)),
        row(",ascii,0,3-2x", .error(.invalidRangeValue)), row(",ascii,0,1-0", .error(.invalidRangeValue)),
        row(",ascii,0,0-0", .error(.invalidRangeValue)), row(",ascii,0,0-5", .error(.invalidRangeValue)),
        row(",ascii,0,x", .error(.invalidRange)), row(",ascii,0,", .error(.invalidRange)),
        row(",ascii,0,-", .error(.invalidRange)), row(",ascii,0,,", .error(.invalidRange)),
    ]

    static let addresses: [FollowCase] = [
        row(",ascii,10.0.0.1:40000,10.0.0.2:80", pair("10.0.0.1", 40000, "10.0.0.2", 80), range: .some(nil)),
        row(",ascii,10.0.0.2:80,10.0.0.1:40000", pair("10.0.0.2", 80, "10.0.0.1", 40000)),
        row(",hex,10.0.0.1:040000,10.0.0.2:+80", pair("10.0.0.1", 40000, "10.0.0.2", 80)),
        row(",hex,10.0.0.1: 40000,10.0.0.2:80", pair("10.0.0.1", 40000, "10.0.0.2", 80)),
        row(",ascii,10.0.0.1:40000,10.0.0.2:80,2", pair("10.0.0.1", 40000, "10.0.0.2", 80), range: range(2, 2)),
        row(",ascii,10.0.0.1:80,10.0.0.2:80,-1", pair("10.0.0.1", 80, "10.0.0.2", 80), range: range(.max, .max)),
        row(",ascii,10.0.0.1:4294967297,10.0.0.2:80", pair("10.0.0.1", 1, "10.0.0.2", 80)),
        row(",ascii,10.0.0.1:-4294967216,10.0.0.2:80", pair("10.0.0.1", 80, "10.0.0.2", 80)),
        row(",raw,0.0.0.0:1,255.255.255.255:2", pair("0.0.0.0", 1, "255.255.255.255", 2)),
        row(",yaml,10.9.9.9:1,10.9.9.8:2", .yaml),
        row(
            ",ascii,[2001:db8:0:0::1]:40000,[::ffff:1.2.3.4]:80",
            pair("2001:db8::1", 40000, "::ffff:1.2.3.4", 80, ip: "ipv6")),
        row(",raw,[1:2:3:4:5:6:7::]:1,[::1]:2", pair("1:2:3:4:5:6:7:0", 1, "::1", 2, ip: "ipv6")),
        row(",raw,[ABCD::]:1,[::FFFF:1.2.3.4]:2", pair("abcd::", 1, "::ffff:1.2.3.4", 2, ip: "ipv6")),
        row(
            ",raw,[0:0:0:0:0:ffff:102:304]:1,[1:0:0:1:0:0:0:1]:2",
            pair("::ffff:1.2.3.4", 1, "1:0:0:1::1", 2, ip: "ipv6")),
        row(",raw,[::]:1,[1::]:2", pair("::", 1, "1::", 2, ip: "ipv6")),
        row(",raw,[0:0:1:0:0:0:0:0]:1,[1:0:0:2:0:0:3:4]:2", pair("0:0:1::", 1, "1::2:0:0:3:4", 2, ip: "ipv6")),
        row(",raw,[::0.0.0.1]:1,[::1:2:3]:2", pair("::1", 1, "::1:2:3", 2, ip: "ipv6")),
        row(",ascii,[::1]:+80,[::2]:0080", pair("::1", 80, "::2", 80, ip: "ipv6")),
        // Each item: port, then address; then the second item; then the type match; then the range.
        row(",ascii,10.0.0.1:0,10.0.0.2:80", .error(.invalidPort)),
        row(",ascii,10.0.0.1:65536,10.0.0.2:80", .error(.invalidPort)),
        row(",ascii,10.0.0.1:-5,10.0.0.2:80", .error(.invalidPort)),
        row(",ascii,10.0.0.1: -80,10.0.0.2:80", .error(.invalidPort)),
        row(",ascii,10.0.0.1:9223372036854775807,10.0.0.2:80", .error(.invalidPort)),
        row(",ascii,10.0.0.1:-9223372036854775809,10.0.0.2:80", .error(.invalidPort)),
        row(",ascii,10.0.0.1:0,10.0.0.300:80", .error(.invalidPort)),
        row(",ascii,10.0.0.300:0,10.0.0.1:80", .error(.invalidPort)),
        row(",ascii,10.0.0.300:80,10.0.0.1:0", .error(.invalidIPv4Address)),
        row(",ascii,10.0.0.1:80,10.0.0.300:0", .error(.invalidPort)),
        row(",ascii,10.0.0.1:80,10.0.0.2:0,0", .error(.invalidPort)),
        row(",ascii,10.1:40000,10.0.0.2:80", .error(.invalidIPv4Address)),
        row(",ascii,010.000.000.001:40000,10.0.0.2:80", .error(.invalidIPv4Address)),
        row(",ascii,localhost:40000,10.0.0.2:80", .error(.invalidIPv4Address)),
        row(",raw, 1.2.3.4:1,1.2.3.5:2", .error(.invalidIPv4Address)),
        row(",raw,1.2.3.4:1,0.0.0.00:2", .error(.invalidIPv4Address)),
        row(",ascii,[]:80,[::1]:80", .error(.invalidIPv4Address)),
        row(",hex,[10.0.0.1]:40000,[10.0.0.2]:80", .error(.invalidIPv6Address)),
        row(",hex,[fe80::1%eth0]:80,[::1]:80", .error(.invalidIPv6Address)),
        row(",raw,[1:2:3:4:5:6::7:8]:1,[::1]:2", .error(.invalidIPv6Address)),
        row(",raw,[::ffff:01.2.3.4]:1,[::1]:2", .error(.invalidIPv6Address)),
        row(",ascii,[::g]:80,10.0.0.1:80", .error(.invalidIPv6Address)),
        row(",ascii,[::1]:80,[::g]:80", .error(.invalidIPv6Address)),
        row(",ascii,[::g]:80,[::1]:0", .error(.invalidIPv6Address)),
        row(",ascii,[::1]:0,[::g]:80", .error(.invalidPort)),
        row(",ascii,[::1:80,[::1]:80", .error(.invalidIPv6Address)),
        row(",ascii,[1:80,[::1]:80", .error(.invalidIPv6Address)),
        row(",ascii,[1.2.3.4]:80:1,1.2.3.4:80", .error(.invalidIPv6Address)),
        row(",ascii,[::1]:80,10.0.0.300:80", .error(.invalidIPv4Address)),
        row(",ascii,10.0.0.300:80,[::1]:80", .error(.invalidIPv4Address)),
        row(",ascii,10.0.0.1:40000,[::1]:80", .error(.mismatchedAddressTypes)),
        row(",ascii,10.0.0.1:80,[::1]:80,x", .error(.mismatchedAddressTypes)),
        row(",ascii,10.0.0.1:80,[::1]:80x", .error(.mismatchedAddressTypes)),
        row(",ascii,10.0.0.1:80,[::1]:0", .error(.invalidPort)),
        row(",ascii,[::1]:0,10.0.0.1:80", .error(.invalidPort)),
        row(",ascii,[::1]:80,10.0.0.1:0", .error(.invalidPort)),
        row(",ascii,10.0.0.1:40000", .error(.invalidAddress)),
        row(",ascii,::1:40000,::2:80", .error(.invalidAddress)),
        row(",ascii,10.0.0.1:abc,10.0.0.2:80", .error(.invalidAddress)),
        row(",ascii,10.0.0.1:80,10.0.0.2:abc", .error(.invalidAddress)),
        row(",ascii,10.0.0.1:80x,10.0.0.2:80", .error(.invalidAddress)),
        row(",ascii,:80,10.0.0.2:80", .error(.invalidAddress)),
        row(",ascii,10.0.0.1:80,", .error(.invalidAddress)),
        row(",ascii,10.0.0.1:80,,", .error(.invalidAddress)),
        row(",ascii,[::1]80,[::1]:80", .error(.invalidAddress)),
        row(",ascii,10.0.0.1:80,10.0.0.2:80x", .error(.invalidRange)),
        row(",ascii,10.0.0.1:80,10.0.0.2:80,,", .error(.invalidRange)),
        row(",ascii,10.0.0.1:80,10.0.0.2:80,1x", .error(.invalidParameter)),
        row(",ascii,10.0.0.1:80,10.0.0.2:80,0", .error(.invalidRangeValue)),
        row(",ascii,10.0.0.1:80,10.0.0.2:80,3-2", .error(.invalidRangeValue)),
        row(",ascii,10.0.0.1:80,10.0.0.2:80,2-1x", .error(.invalidRangeValue)),
        // The 80-byte address fields: 80 bytes are read, an 81st byte fails the pattern.
        row(",ascii,[\(String(repeating: "0", count: 77))::1]:80,[::1]:80", .error(.invalidIPv6Address)),
        row(",ascii,[\(String(repeating: "0", count: 78))::1]:80,[::1]:80", .error(.invalidAddress)),
        row(",ascii,[::\(String(repeating: "0", count: 80))]:80,[::1]:80", .error(.invalidAddress)),
        row(",ascii,\(String(repeating: "0", count: 80)):80,10.0.0.2:80", .error(.invalidIPv4Address)),
        row(",ascii,\(String(repeating: "0", count: 81)):80,10.0.0.2:80", .error(.invalidAddress)),
        row(",ascii,\(String(repeating: "0", count: 74))10.0.0.1:80,10.0.0.2:80", .error(.invalidAddress)),
    ]

    static let all = modes + indexes + ranges + addresses
}
