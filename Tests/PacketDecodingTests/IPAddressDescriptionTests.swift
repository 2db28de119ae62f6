import Testing

import PacketDecoding

/// Builds an IPv6 address from its eight groups, most significant first.
private func v6(_ groups: [UInt16]) -> IPAddress {
    let high = groups[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
    let low = groups[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
    return .v6(high: high, low: low)
}

/// Expected texts recorded with `tshark -T fields -e ipv6.src` (TShark 4.0.17) on a crafted capture.
private let ipv6Table: [([UInt16], String)] = [
    ([0, 0, 0, 0, 0, 0xFFFF, 0x0102, 0x0304], "::ffff:1.2.3.4"),
    ([0, 0, 0, 0, 0, 0, 0x0102, 0x0304], "::1.2.3.4"),
    ([0, 0, 0, 0, 0xFFFF, 0, 0x0102, 0x0304], "::ffff:0:102:304"),
    ([0, 0, 0, 0, 0, 0, 0, 1], "::1"),
    ([0, 0, 0, 0, 0, 0, 0, 0], "::"),
    ([0x64, 0xFF9B, 0, 0, 0, 0, 0x0102, 0x0304], "64:ff9b::102:304"),
    ([0x2001, 0xDB8, 0, 0, 1, 0, 0, 1], "2001:db8::1:0:0:1"),
    ([0x2001, 0, 0, 1, 0, 0, 0, 1], "2001:0:0:1::1"),
    ([1, 0, 1, 0, 1, 0, 1, 0], "1:0:1:0:1:0:1:0"),
    ([0xFE80, 0, 0, 0, 0, 0, 1, 2], "fe80::1:2"),
    ([0, 0, 0, 0, 0, 0, 0, 0x0102], "::102"),
    ([0, 0, 0, 0, 0, 0, 1, 0], "::0.1.0.0"),
    ([0, 0, 0, 0, 0, 0xFFFF, 0, 0], "::ffff:0.0.0.0"),
    ([0, 0, 0, 0, 0, 1, 0, 0], "::1:0:0"),
    ([1, 0, 0, 0, 0, 0xFFFF, 0x0102, 0x0304], "1::ffff:102:304"),
    ([0, 0, 0, 0, 0x5EFE, 0, 0x0102, 0x0304], "::5efe:0:102:304"),
    ([0xABCD, 0xEF01, 0x2345, 0x6789, 0xABCD, 0xEF01, 0x2345, 0x6789], "abcd:ef01:2345:6789:abcd:ef01:2345:6789"),
    ([1, 2, 3, 4, 5, 6, 7, 0], "1:2:3:4:5:6:7:0"),
    ([0, 1, 2, 3, 4, 5, 6, 7], "0:1:2:3:4:5:6:7"),
    ([0, 0, 2, 3, 4, 5, 6, 7], "::2:3:4:5:6:7"),
    ([0, 0, 1, 0, 0, 0, 0, 1], "0:0:1::1"),
    ([1, 0, 0, 0, 0, 0, 0, 0], "1::"),
]

@Test("IPv6 text matches tshark", arguments: ipv6Table)
func ipv6Description(groups: [UInt16], expected: String) {
    #expect(v6(groups).description == expected)
}

@Test func ipv4Description() {
    #expect(IPAddress.v4(0x0A00_0001).description == "10.0.0.1")
    #expect(IPAddress.v4(0xFFFF_FFFF).description == "255.255.255.255")
    #expect(IPAddress.v4(0).description == "0.0.0.0")
}

@Test func endpointDescription() {
    #expect(Endpoint(address: .v4(0x0A00_0002), port: 80).description == "10.0.0.2:80")
    #expect(Endpoint(address: v6([0x2001, 0xDB8, 0, 0, 0, 0, 0, 1]), port: 40000).description == "[2001:db8::1]:40000")
    #expect(Endpoint(address: v6([0, 0, 0, 0, 0, 0xFFFF, 0x0102, 0x0304]), port: 1).description == "[::ffff:1.2.3.4]:1")
}
