/// A protocol or field that tshark 4.0.17 knows but swfollow does not compute (`http.host`,
/// `udp`): enough to read a filter word as tshark reads it and to give tshark's type errors.
package struct TsharkField: Hashable, Sendable {
    /// The name as the filter spells it (an alias such as `ssl.record` stays as written).
    package var name: String
    package var type: TsharkFieldType
    /// What tshark tries when a value for this (integer or boolean) field does not convert.
    package var valueNames: TsharkValueNames = .none
    /// The name tshark registered (`tls.record` for `ssl.record`), which some messages show.
    package var registeredName: String
    /// Whether this is a `${field}` reference (the field's value in the selected frame).
    package var isReference = false

    package init(
        name: String, type: TsharkFieldType, valueNames: TsharkValueNames = .none, registeredName: String? = nil
    ) {
        self.name = name
        self.type = type
        self.valueNames = valueNames
        self.registeredName = registeredName ?? name
    }

    /// Whether this is a protocol (`udp`), not a field of one.
    package var isProtocol: Bool { type == .protocolType }
}

/// What an integer or boolean field offers a value that is not a number
/// (`mk_fvalue_from_val_string`).
package enum TsharkValueNames: Hashable, Sendable {
    /// None: the conversion's error stands (booleans still take `True` and `False`).
    case none
    /// Value names (or true/false names) swfollow does not ship: only tshark knows the verdict.
    case named
    /// Range strings: tshark refuses every name.
    case ranges
    /// A custom formatter: tshark refuses every name.
    case custom
}

/// Looks names up in tshark 4.0.17's registry (`proto_registrar_get_byname`, then its aliases).
enum TsharkRegistry {
    /// The protocol aliases Wireshark 4.0.17 registers (`proto_register_alias`): `ssl.record`
    /// is `tls.record`.
    private static let aliases: [String: String] = [
        "ssl": "tls", "bootp": "dhcp", "nm": "autosar-nm", "104apci": "iec60870_104", "104asdu": "iec60870_asdu",
    ]

    /// The protocol or field called `name` (case-sensitive, as tshark looks names up), or nil.
    ///
    /// - Parameter followingAliases: whether to try the protocol aliases too (filters do, `-e` does not).
    static func field(named name: String, followingAliases: Bool = true) -> TsharkField? {
        if let (type, valueNames) = entry(of: Array(name.utf8)) {
            return TsharkField(name: name, type: type, valueNames: valueNames)
        }
        guard followingAliases else { return nil }
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let target = aliases[String(parts[0])] else { return nil }
        let real = parts.count == 2 ? target + "." + parts[1] : target
        return entry(of: Array(real.utf8)).map {
            TsharkField(name: name, type: $0.0, valueNames: $0.1, registeredName: real)
        }
    }

    private static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// The value-name marks that may end a line, after the type character.
    private static let marks: [UInt8: TsharkValueNames] = [
        UInt8(ascii: "+"): .named, UInt8(ascii: "~"): .ranges, UInt8(ascii: "^"): .custom,
    ]

    /// Where a line's type character is (the name ends there).
    private static func typePosition(_ blob: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        marks[blob[end - 1]] == nil ? end - 1 : end - 2
    }

    /// Binary search, by byte offset, over the lines that write their name in full (a `0` after a
    /// newline); then decoding forward from the last of them not after `wanted`. No index is built:
    /// a lookup reads about 22 such lines and at most 64 more.
    private static func entry(of wanted: [UInt8]) -> (TsharkFieldType, TsharkValueNames)? {
        TsharkFieldNames.blob.withUTF8Buffer { blob -> (TsharkFieldType, TsharkValueNames)? in
            guard !blob.isEmpty else { return nil }
            func lineEnd(_ start: Int) -> Int {
                var end = start
                while end < blob.count, blob[end] != 0x0A { end += 1 }
                return end
            }
            /// The first line in `from..<before` that writes its name in full.
            func restart(from: Int, before: Int) -> Int? {
                var at = from
                while at < before {
                    if (at == 0 || blob[at - 1] == 0x0A), blob[at] == UInt8(ascii: "0") { return at }
                    at += 1
                }
                return nil
            }
            func notAfterWanted(_ start: Int) -> Bool {
                let name = blob[(start + 1)..<typePosition(blob, lineEnd(start))]
                return !wanted.lexicographicallyPrecedes(name)
            }
            // low: a full-name line not after wanted; high: where the lines after it begin.
            guard notAfterWanted(0) else { return nil }
            var low = 0
            var high = blob.count
            while high - low > 1 {
                let middle = low + (high - low) / 2
                guard let line = restart(from: middle, before: high) else {
                    high = middle
                    continue
                }
                if notAfterWanted(line) { low = line } else { high = line }
            }
            var start = low
            var name: [UInt8] = []
            while start < blob.count {
                let end = lineEnd(start)
                guard end - start >= 2, let shared = digits.firstIndex(of: blob[start]) else { return nil }
                if start != low, shared == 0 { return nil }
                name.removeSubrange(Swift.min(shared, name.count)...)
                name += blob[(start + 1)..<typePosition(blob, end)]
                if name == wanted { return typeOfLine(blob, start, end) }
                start = end + 1
            }
            return nil
        }
    }

    private static func typeOfLine(_ blob: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> (TsharkFieldType, TsharkValueNames)?
    {
        let position = typePosition(blob, end)
        guard let index = digits.firstIndex(of: blob[position]), index < TsharkFieldNames.types.count,
            let type = TsharkFieldType(named: TsharkFieldNames.types[index].name)
        else { return nil }
        return (type, marks[blob[end - 1]] ?? .none)
    }
}
