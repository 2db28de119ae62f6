/// The fields a filter may name: swfollow's decoded fields plus a few tshark protocol names that
/// look like hex literals.
///
/// The second group matters for fidelity only: tshark reads `tcp.payload[0] == ff` with `ff` as
/// the FOUNDATION Fieldbus protocol, not the byte 0xff. Those protocols are never present in a
/// frame swfollow decodes, so relations naming them are simply false, as in tshark for TCP traffic.
package struct FieldRegistry: Sendable {
    /// All fields; a `FieldID` is an index into this array.
    package let fields: [FieldDefinition]
    private let byName: [String: FieldID]

    package init(fields: [FieldDefinition]) {
        self.fields = fields
        var byName: [String: FieldID] = [:]
        for (index, field) in fields.enumerated() where byName[field.name] == nil {
            byName[field.name] = FieldID(index: index)
        }
        self.byName = byName
    }

    /// The field called `name`, or nil.
    package func field(named name: String) -> FieldID? {
        byName[name]
    }

    package subscript(id: FieldID) -> FieldDefinition {
        fields[id.index]
    }

    /// The fields of issue 4, with tshark 4.0's types.
    package static let standard = FieldRegistry(fields: decodedFields + hexNamedProtocols)

    /// The fields swfollow decodes (names and types as `tshark -G fields` lists them).
    package static let decodedFields: [FieldDefinition] = {
        let flag = ValueNames.trueFalse("Set", "Not set")
        let list: [(String, FieldType, ValueNames)] = [
            ("frame", .protocolLayer, .none), ("frame.number", .uint32, .none),
            ("frame.time_epoch", .relativeTime, .none), ("frame.len", .uint32, .none),
            ("frame.cap_len", .uint32, .none),
            ("eth", .protocolLayer, .none), ("eth.src", .ether, .none), ("eth.dst", .ether, .none),
            ("eth.addr", .ether, .none),
            ("vlan", .protocolLayer, .none), ("vlan.id", .uint16, .none),
            ("ip", .protocolLayer, .none), ("ip.src", .ipv4, .none), ("ip.dst", .ipv4, .none),
            ("ip.addr", .ipv4, .none), ("ip.proto", .uint8, .protocolNumbers), ("ip.ttl", .uint8, .none),
            ("ip.len", .uint16, .none), ("ip.flags.mf", .boolean, flag), ("ip.frag_offset", .uint16, .none),
            ("ipv6", .protocolLayer, .none), ("ipv6.src", .ipv6, .none), ("ipv6.dst", .ipv6, .none),
            ("ipv6.addr", .ipv6, .none), ("ipv6.nxt", .uint8, .protocolNumbers), ("ipv6.hlim", .uint8, .none),
            ("tcp", .protocolLayer, .none), ("tcp.srcport", .uint16, .none), ("tcp.dstport", .uint16, .none),
            ("tcp.port", .uint16, .none), ("tcp.stream", .uint32, .none), ("tcp.seq", .uint32, .none),
            ("tcp.ack", .uint32, .none), ("tcp.seq_raw", .uint32, .none), ("tcp.ack_raw", .uint32, .none),
            ("tcp.len", .uint32, .none), ("tcp.flags", .uint16, .none),
            ("tcp.flags.syn", .boolean, flag), ("tcp.flags.ack", .boolean, flag),
            ("tcp.flags.fin", .boolean, flag), ("tcp.flags.reset", .boolean, flag),
            ("tcp.flags.push", .boolean, flag), ("tcp.flags.urg", .boolean, flag),
            ("tcp.window_size_value", .uint16, .none), ("tcp.payload", .bytes, .none),
            ("udp", .protocolLayer, .none), ("udp.srcport", .uint16, .none), ("udp.dstport", .uint16, .none),
            ("udp.port", .uint16, .none), ("udp.length", .uint16, .none), ("udp.checksum", .uint16, .none),
            ("udp.stream", .uint32, .none), ("udp.payload", .bytes, .none),
            ("udplite", .protocolLayer, .none), ("udp.checksum_coverage", .uint16, .none),
        ]
        return list.map { FieldDefinition(name: $0.0, type: $0.1, valueNames: $0.2) }
    }()

    /// tshark protocols whose names are hex digits, so they shadow byte literals on the right of
    /// a comparison (from `tshark -G fields`).
    package static let hexNamedProtocols: [FieldDefinition] = [
        "aaf", "acf", "a11", "a21", "a615a", "adb", "bfd", "c1222", "c15", "dc", "dcc",
        "e100", "e164", "e212", "fc", "fc00", "fefd", "ff",
    ].map { FieldDefinition(name: $0, type: .protocolLayer) }
}
