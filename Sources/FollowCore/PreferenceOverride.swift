/// One `-o NAME:VALUE` preference override, restricted to the TCP/IP preferences swfollow honours.
///
/// The syntax and values are read as tshark 4.0.17 reads them (measured on the binary):
/// * the text must contain `:`; the name is what precedes the first `:` (no trimming), the value
///   what follows it with leading C white space skipped;
/// * the module part of the name (before the first `.`) matches case-insensitively, the
///   preference part exactly (`TCP.check_checksum` works, `tcp.Check_checksum` does not);
/// * a Boolean value is true when it equals `true` ignoring case; **anything else, even `1`,
///   `yes` or an empty value, is false** and is not an error;
/// * `uat:NAME:VALUE` names a user table; swfollow has none, so it always gets tshark's
///   unknown-table error.
///
/// A tshark preference not listed in ``Name`` gets tshark's unknown-preference error, even when
/// tshark itself would accept it.
package struct PreferenceOverride: Hashable, Sendable {
    /// The preferences swfollow accepts.
    package enum Name: String, CaseIterable, Hashable, Sendable {
        case tcpAnalyzeSequenceNumbers = "tcp.analyze_sequence_numbers"
        case tcpRelativeSequenceNumbers = "tcp.relative_sequence_numbers"
        case tcpCheckChecksum = "tcp.check_checksum"
        case tcpDesegmentStreams = "tcp.desegment_tcp_streams"
        case tcpReassembleOutOfOrder = "tcp.reassemble_out_of_order"
        case tcpCalculateTimestamps = "tcp.calculate_timestamps"
        case tcpNoSubdissectorOnError = "tcp.no_subdissector_on_error"
        case tcpTryHeuristicFirst = "tcp.try_heuristic_first"
        case ipDefragment = "ip.defragment"
        case ipv6Defragment = "ipv6.defragment"
    }

    package var name: Name
    package var value: Bool

    package init(name: Name, value: Bool) {
        self.name = name
        self.value = value
    }

    /// Parses the argument of one `-o`.
    /// - Throws: tshark's `Invalid -o flag "…"` (syntax), `… : Unknown preference` (user table)
    ///   or `-o flag "…" specifies unknown preference`.
    package static func parse(_ argument: String) throws(CommandLineError) -> PreferenceOverride {
        let bytes = Array(argument.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { throw .invalidPreferenceSyntax(argument) }
        let nameBytes = bytes[..<colon]
        let value = skippingSpace(bytes[(colon + 1)...])
        if nameBytes.elementsEqual("uat".utf8) {
            // `uat:TABLE:RECORD`: the record must be there and not blank.
            guard let second = value.firstIndex(of: UInt8(ascii: ":")), !skippingSpace(value[(second + 1)...]).isEmpty
            else { throw .invalidPreferenceSyntax(argument) }
            throw .unknownUserTable(argument)
        }
        guard let name = Name.allCases.first(where: { matches($0, nameBytes) }) else {
            throw .unknownPreference(argument)
        }
        return PreferenceOverride(name: name, value: value.lazy.map(asciiLowercased).elementsEqual("true".utf8))
    }

    /// Whether `text` names `name`: module part ASCII-case-insensitive, preference part exact.
    private static func matches(_ name: Name, _ text: ArraySlice<UInt8>) -> Bool {
        let expected = Array(name.rawValue.utf8)
        guard text.count == expected.count, let dot = expected.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let module = zip(text.prefix(dot), expected.prefix(dot)).allSatisfy { asciiLowercased($0) == $1 }
        return module && text.dropFirst(dot).elementsEqual(expected.dropFirst(dot))
    }

    private static func skippingSpace(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.drop(while: CFormatScanner.isCSpace)
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

extension CommandLineError {
    /// `Invalid -o flag "X"`: no `:`, or a user-table override without a record.
    static func invalidPreferenceSyntax(_ argument: String) -> Self {
        Self("Invalid -o flag \"\(argument)\"")
    }

    /// `Invalid -o flag "X": Unknown preference` for a `uat:` override.
    static func unknownUserTable(_ argument: String) -> Self {
        Self("Invalid -o flag \"\(argument)\": Unknown preference")
    }

    /// `-o flag "X" specifies unknown preference`.
    static func unknownPreference(_ argument: String) -> Self {
        Self("-o flag \"\(argument)\" specifies unknown preference")
    }
}

extension PreferenceOverride {
    /// The value `overrides` give `name`: the last `-o` for it wins; nil when none sets it.
    package static func value(of name: Name, in overrides: [PreferenceOverride]) -> Bool? {
        overrides.last { $0.name == name }?.value
    }
}
