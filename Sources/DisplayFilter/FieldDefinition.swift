/// Identifies a field of the registry: its index in `FieldRegistry.fields`.
package struct FieldID: Hashable, Sendable, CustomStringConvertible {
    package var index: Int

    package init(index: Int) {
        self.index = index
    }

    package var description: String { "#\(index)" }
}

/// One filterable field or protocol, as tshark registers it.
package struct FieldDefinition: Hashable, Sendable {
    /// The filter name (`tcp.port`, `ip`).
    package var name: String
    package var type: FieldType
    /// Names accepted in place of numbers (`ip.proto == TCP`), matched without regard to case.
    package var valueNames: ValueNames

    package init(name: String, type: FieldType, valueNames: ValueNames = .none) {
        self.name = name
        self.type = type
        self.valueNames = valueNames
    }

    /// Whether this is a protocol name (`tcp`, `ip`): an existence test, or its header bytes.
    package var isProtocol: Bool { type == .protocolLayer }
}

/// A field's value names (Wireshark's `value_string` / `true_false_string`).
package enum ValueNames: Hashable, Sendable {
    case none
    /// The IANA protocol-number names tshark uses for `ip.proto` and `ipv6.nxt`.
    case protocolNumbers
    /// A boolean's names for true and false ("Set"/"Not set" for TCP and IP flags).
    case trueFalse(String, String)

    /// The value named `name` (ASCII case-insensitive, first match), or nil.
    func value(named name: [UInt8]) -> UInt64? {
        let wanted = name.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }
        func same(_ candidate: String) -> Bool {
            candidate.utf8.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) } == wanted
        }
        switch self {
        case .none:
            return nil
        case .protocolNumbers:
            return ProtocolNumberNames.table.first { same($0.1) }.map { UInt64($0.0) }
        case .trueFalse(let trueName, let falseName):
            if same(trueName) { return 1 }
            return same(falseName) ? 0 : nil
        }
    }
}
