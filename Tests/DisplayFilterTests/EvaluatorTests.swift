import Testing

@testable import DisplayFilter

/// Evaluation semantics on hand-built frames: the any/all table for fields that occur twice,
/// absent fields, slices, sets, arithmetic and protocol bytes. Every expectation here was
/// checked against tshark 4.0.17 on a capture with the same values.
@Suite("Evaluator")
struct EvaluatorTests {
    /// A TCP frame 10.0.0.1:40000 → 10.0.0.2:80 carrying "GET / HTTP/1.1\r\n".
    static var frame: TableFrame {
        TableFrame([
            "frame.number": [.value(.unsigned(4))],
            "tcp": [.protocolLayer([0x9C, 0x40, 0x00, 0x50] + Array("GET / HTTP/1.1\r\n".utf8), header: 4)],
            "tcp.port": [.value(.unsigned(40000)), .value(.unsigned(80))],
            "tcp.srcport": [.value(.unsigned(40000))],
            "tcp.dstport": [.value(.unsigned(80))],
            "tcp.flags": [.value(.unsigned(0x18))],
            "tcp.flags.syn": [.value(.boolean(false))],
            "tcp.flags.push": [.value(.boolean(true))],
            "ip.addr": [.value(.ipv4(0x0A00_0001)), .value(.ipv4(0x0A00_0002))],
            "ip.src": [.value(.ipv4(0x0A00_0001))],
            "eth.src": [.value(.ether(0x0000_0000_0001))],
            "frame.time_epoch": [.value(.relativeTime(seconds: 1_700_000_000, nanoseconds: 3_000_000))],
            "tcp.payload": [.bytes(Array("GET / HTTP/1.1\r\n".utf8))],
        ])
    }

    private func passes(_ filter: String) throws -> Bool {
        try DisplayFilter(compiling: filter).matches(Self.frame)
    }

    /// tcp.port = {40000, 80}, ip.addr = {10.0.0.1, 10.0.0.2}.
    @Test(arguments: [
        ("tcp.port == 80", true), ("tcp.port != 80", false), ("tcp.port != 81", true),
        ("tcp.port === 80", false), ("tcp.port !== 80", true), ("tcp.port ~= 80", true),
        ("tcp.port > 50000", false), ("tcp.port < 100", true), ("tcp.port >= 40000", true),
        ("any tcp.port != 80", true), ("all tcp.port == 80", false), ("all tcp.port > 10", true),
        ("all tcp.port != 81", true), ("not any tcp.port == 80", false),
        ("tcp.port in {80}", true), ("tcp.port not in {80}", false), ("tcp.port in {100..1000}", false),
        ("all tcp.port in {80, 40000}", false), ("all tcp.port in {1..50000}", true),
        ("ip.addr == 10.0.0.1", true), ("ip.addr != 10.0.0.1", false), ("ip.addr != 10.0.0.3", true),
        ("ip.addr === 10.0.0.1", false), ("ip.addr == 10.0.0.0/24", true), ("ip.addr > 10.0.0.1", true),
        ("all ip.addr == 10.0.0.0/30", true), ("ip.addr == ip.src", true), ("tcp.port == tcp.srcport", true),
        ("tcp.srcport > tcp.dstport", true),
    ])
    func anyAllTable(filter: String, expected: Bool) throws {
        #expect(try passes(filter) == expected, "\(filter)")
    }

    /// Absent fields make every relation false, `!=` included.
    @Test(arguments: [
        ("vlan.id", false), ("vlan.id == 5", false), ("vlan.id != 5", false), ("not vlan.id == 5", true),
        ("count(vlan.id) == 0", false), ("tcp.port == ${tcp.srcport}", false), ("tcp.port != ${tcp.srcport}", false),
    ])
    func absentFields(filter: String, expected: Bool) throws {
        #expect(try passes(filter) == expected, "\(filter)")
    }

    @Test(arguments: [
        ("tcp.payload[0:3] == \"GET\"", true), ("tcp.payload[-2:] == 0d:0a", true), ("tcp.payload[0] == 47", true),
        ("tcp.payload[0,2] == 47:54", true), ("tcp.payload[1,99] == 45", true), ("tcp.payload[99,1]", false),
        ("tcp.payload contains \"HTTP\"", true), ("tcp.payload matches \"get\"", true),
        ("tcp.payload matches \"(?-i)get\"", false), ("tcp.payload > \"ZZZZ\"", true),
        ("len(tcp.payload) == 16", true), ("ip.src[3] == 01", true), ("eth.src[5] == 01", true),
        ("tcp == 9c:40:00:50", true), ("len(tcp) == 4", true), ("tcp contains \"GET\"", true),
        ("tcp[4]", false), ("tcp[0:2] == 9c:40", true), ("tcp contains \"\"", false),
        ("tcp.payload contains \"\"", true),
        // A slice past the end is an empty byte string (and does not count as present).
        ("tcp.payload[90:4] == \"GET \"", false), ("tcp.payload[90:4] != \"GET \"", true),
        ("tcp.payload[90:4] == \"\"", true), ("tcp.payload[90:4]", false),
    ])
    func bytesAndProtocols(filter: String, expected: Bool) throws {
        #expect(try passes(filter) == expected, "\(filter)")
    }

    @Test(arguments: [
        ("tcp.port + 1 == 81", true), ("tcp.port - tcp.port == 39920", true), ("tcp.dstport - 81 < 0", true),
        ("tcp.dstport - 81 == -1", true), ("tcp.port == -1", false), ("tcp.port != -1", true),
        ("tcp.port !== -1", false), ("all tcp.port !== -1", true), ("tcp.port === -1", true),
        ("all tcp.port < -1", true), ("all tcp.port in {-1..100}", false), ("all tcp.dstport in {-1..100}", true),
        ("frame.number * 4294967295 === 0", true),
        ("tcp.flags & 0x10", true), ("tcp.flags & 0x02", false), ("tcp.flags & 0x18 == 0x18", true),
        ("tcp.dstport / 0 == 0", false), ("frame.number * 4294967295 > 1", false),
        ("frame.time_epoch > 1700000000.002", true), ("frame.time_epoch - 1 > 1700000000", false),
        ("tcp.flags.push == Set", true), ("tcp.flags.syn", true), ("tcp.flags.syn == 0", true),
    ])
    func arithmeticAndScalars(filter: String, expected: Bool) throws {
        #expect(try passes(filter) == expected, "\(filter)")
    }

    @Test func programDumpShowsModes() throws {
        #expect(try FilterDump.program("tcp.port != 80") == "all != tcp.port uint:80")
        #expect(try FilterDump.program("any tcp.port != 80") == "any != tcp.port uint:80")
        #expect(try FilterDump.program("ip.addr == 10.0.0.0/8") == "any == ip.addr ipv4:10.0.0.0/8")
        #expect(try FilterDump.program("tcp.port == -1") == "any == tcp.port int:-1")
    }
}
