/// The organisationally unique identifiers with a registered manufacturer: what tshark's Ethernet
/// pseudowire heuristic asks of both MAC addresses before it takes an MPLS payload for an
/// Ethernet frame without a control word.
///
/// tshark asks its own copy of the IEEE registries; this table is made from the registries as
/// Debian's ieee-data package ships them (`scripts/generate-oui-table.py`), so prefixes assigned
/// after that package's date are unknown here.
enum RegisteredOUI {
    /// The table, decoded once on first use from ``hexTable``.
    private static let table: [UInt32] = decode(hexTable)

    /// Whether the first three bytes of `address` (a MAC address) are a known OUI.
    static func isKnown(_ address: ByteCursor) -> Bool {
        guard let high = address.uint16(at: 0), let low = address.uint8(at: 2) else { return false }
        return table.sortedContains(UInt32(high) << 8 | UInt32(low))
    }

    /// Reads 6-hex-digit numbers from `text`, skipping line breaks and spaces.
    private static func decode(_ text: String) -> [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(text.utf8.count / 6)
        var value: UInt32 = 0
        var digits = 0
        for byte in text.utf8 {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: continue
            }
            value = value << 4 | UInt32(digit)
            digits += 1
            if digits == 6 {
                values.append(value)
                (value, digits) = (0, 0)
            }
        }
        return values
    }
}
