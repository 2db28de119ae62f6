import PacketDecoding
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// glibc's `inet_pton` for one family: the oracle, since tshark's follow parser calls it.
private func libcAddress(_ text: String, family: Int32) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: 16)
    let result = buffer.withUnsafeMutableBytes { inet_pton(family, text, $0.baseAddress) }
    guard result == 1 else { return nil }
    return Array(buffer.prefix(family == AF_INET ? 4 : 16))
}

/// The network-order bytes of an address.
private func bytes(_ address: IPAddress) -> [UInt8] {
    switch address {
    case .v4(let value):
        return (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32($0))) }
    case .v6(let high, let low):
        return [high, low].flatMap { half in (0..<8).map { UInt8(truncatingIfNeeded: half >> (56 - 8 * UInt64($0))) } }
    }
}

/// Texts checked against tshark 4.0.17 itself (`-z follow,tcp,raw,[A]:1,[B]:2` and `A:1,B:2`):
/// nil means tshark said `Can't get IPv4/IPv6 address`.
private let tsharkIPv4: [(String, UInt32?)] = [
    ("10.0.0.1", 0x0A00_0001), ("0.0.0.0", 0), ("255.255.255.255", 0xFFFF_FFFF),
    ("10.1", nil), ("10.0.0.300", nil), ("010.000.000.001", nil), ("localhost", nil), ("clienthost", nil),
    (" 1.2.3.4", nil), ("0.0.0.00", nil), ("[]", nil), ("[1", nil),
]

private let tsharkIPv6: [(String, String?)] = [
    ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"), ("1:2:3:4:5:6::7:8", nil), ("::ffff:01.2.3.4", nil),
    ("ABCD::", "abcd::"), ("::FFFF:1.2.3.4", "::ffff:1.2.3.4"), ("0:0:0:0:0:ffff:102:304", "::ffff:1.2.3.4"),
    ("1:0:0:1:0:0:0:1", "1:0:0:1::1"), ("::", "::"), ("1::", "1::"), ("0:0:1:0:0:0:0:0", "0:0:1::"),
    ("::0.0.0.1", "::1"), ("::1:2:3", "::1:2:3"), ("2001:db8:0:0::1", "2001:db8::1"),
    ("10.0.0.1", nil), ("fe80::1%eth0", nil), ("::1:80,[::1", nil), (String(repeating: "0", count: 77) + "::1", nil),
]

@Test("IPv4 texts as tshark 4.0.17 reads them", arguments: tsharkIPv4)
func ipv4MatchesTShark(text: String, expected: UInt32?) {
    #expect(IPAddress(ipv4Text: text) == expected.map { .v4($0) })
}

@Test("IPv6 texts as tshark 4.0.17 reads them (and prints them in the Filter line)", arguments: tsharkIPv6)
func ipv6MatchesTShark(text: String, expected: String?) {
    #expect(IPAddress(ipv6Text: text)?.description == expected)
}

/// Hand-picked edge cases for glibc's rules, compared with glibc itself.
private let edgeTexts: [String] = [
    "1:2:3:4:5:6:7:8::", "::2:3:4:5:6:7:8", "::1.2.3.4", "1::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
    "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5:6::1.2.3.4", "::1.2.3", "0000:0000::1", "00000::1", "::.1.2.3", ":1::",
    ":::", "1:::2", "1.2.3.4", "::1.2.3.4:5", "::1.2.3.256", "::1.2.3.4.", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7",
    " ::1", "::1 ", "::0:1.2.3.4", "::1.2.3.04", "1::2:", ":", "", "1.2.3.4::", "::ffff:1.2.3.4", "1..2.3",
    "1.2.3.", ".1.2.3", "256.0.0.0", "0.0.0.0", "00.1.2.3", "1.2.3.4 ", "+1.2.3.4", "1.2.3.-4", "١.2.3.4",
    "g::", "12345::", "1:2:3:4:5:6:7:8:9", "::1::", "a:b:c:d:e:f:0:1", "A:B:C:D:E:F:0:1",
]

@Test("IPv4 and IPv6 parsing agree with glibc inet_pton on edge cases", arguments: edgeTexts)
func edgeCasesMatchLibc(text: String) {
    #expect(IPAddress(ipv4Text: text).map(bytes) == libcAddress(text, family: AF_INET))
    #expect(IPAddress(ipv6Text: text).map(bytes) == libcAddress(text, family: AF_INET6))
}

@Test("IPv4 and IPv6 parsing agree with glibc inet_pton on 200,000 random texts")
func randomTextsMatchLibc() {
    // A fixed linear congruential generator keeps the run reproducible. Texts are built from
    // tokens so that many of them are valid or nearly valid addresses.
    var state: UInt64 = 0x5EED
    func nextRandom(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    let tokens = [
        "0", "1", "00", "ab", "FFFF", "12345", ":", ":", "::", ".", ".", "1.2.3.4", "255", "256", "01", "g", " ",
    ]
    var mismatches: [String] = []
    var validCount = 0
    for _ in 0..<200_000 {
        let text = (0..<nextRandom(16)).map { _ in tokens[nextRandom(tokens.count)] }.joined()
        let libc4 = libcAddress(text, family: AF_INET)
        let libc6 = libcAddress(text, family: AF_INET6)
        if libc4 != nil || libc6 != nil { validCount += 1 }
        if IPAddress(ipv4Text: text).map(bytes) != libc4 || IPAddress(ipv6Text: text).map(bytes) != libc6 {
            mismatches.append(text)
        }
    }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    #expect(validCount > 2_000, "the generator should produce valid addresses too")
}
