/// One range of a slice (`[0:4]`, `[2-5]`, `[3]`, `[:2]`, `[-2:]`), as Wireshark's `drange_node`.
package struct SliceRange: Hashable, Sendable, CustomStringConvertible {
    /// How the range ends.
    package enum End: Hashable, Sendable {
        /// `[i]`: one byte.
        case single
        /// `[i:n]`: n bytes.
        case length(Int32)
        /// `[i-j]`: up to and including offset j (negative: from the end).
        case offset(Int32)
        /// `[i:]`: to the end.
        case toTheEnd
    }

    /// The first offset (negative: from the end).
    package var start: Int32
    package var end: End

    package init(start: Int32, end: End) {
        self.start = start
        self.end = end
    }

    package var description: String {
        switch end {
        case .single: "\(start)"
        case .length(let length): "\(start):\(length)"
        case .offset(let offset): "\(start)-\(offset)"
        case .toTheEnd: "\(start):"
        }
    }

    /// Reads one range node as tshark 4.0 does (`drange_node_from_str`).
    ///
    /// Numbers are C `strtol` numbers (base prefixes, sign, leading blanks) that must fit 32 bits.
    /// - Throws: tshark's message ("… is not a valid number.", "… is not a valid range.", "Range …
    ///   isn't valid because …") located on the node.
    package static func parse(_ text: [UInt8], at range: SourceRange) throws(FilterDiagnostic) -> SliceRange {
        let quoted = "\"" + String(decoding: text, as: UTF8.self) + "\""
        let invalidRange = FilterDiagnostic(bytes: Array("\(quoted) is not a valid range.".utf8), at: range)
        var at = 0
        var start: Int32 = 0
        if text.first != UInt8(ascii: ":") {
            switch CInteger.strtol(text, from: 0) {
            case .none: throw FilterDiagnostic("\(quoted) is not a valid number.", at: range)
            case .overflow(let negative):
                throw FilterDiagnostic("\(quoted) causes an integer \(negative ? "underflow" : "overflow").", at: range)
            case .value(let value, let end):
                start = value
                at = end
            }
        }
        at = CInteger.skipSpaces(text, from: at)
        let end: End
        if at == text.count {
            end = .single
        } else if text[at] == UInt8(ascii: ":"), at + 1 == text.count {
            end = .toTheEnd
        } else if text[at] == UInt8(ascii: ":") || text[at] == UInt8(ascii: "-") {
            guard case .value(let value, let stop) = CInteger.strtol(text, from: at + 1),
                CInteger.skipSpaces(text, from: stop) == text.count
            else { throw invalidRange }
            end = text[at] == UInt8(ascii: ":") ? .length(value) : .offset(value)
        } else {
            throw invalidRange
        }
        let node = SliceRange(start: start, end: end)
        try node.validate(text, at: range)
        return node
    }

    /// tshark's sanity checks on lengths and end offsets.
    private func validate(_ text: [UInt8], at range: SourceRange) throws(FilterDiagnostic) {
        let prefix = "Range " + String(decoding: text, as: UTF8.self) + " isn't valid because "
        switch end {
        case .length(let length) where length <= 0:
            throw FilterDiagnostic(prefix + "length \(length) isn't positive", at: range)
        case .offset(let offset) where (start < 0 && offset > 0) || (start > 0 && offset < 0):
            throw FilterDiagnostic(prefix + "\(start) and \(offset) have different signs", at: range)
        case .offset(let offset) where offset <= start:
            throw FilterDiagnostic(prefix + "\(start) is greater or equal than \(offset)", at: range)
        default:
            break
        }
    }

    /// The byte offsets this range selects in `length` bytes, or nil when it does not fit
    /// (tshark then stops slicing and keeps what earlier ranges gave).
    package func bounds(in length: Int) -> Range<Int>? {
        var first = Int(start)
        if first < 0 {
            first += length
            guard first >= 0 else { return nil }
        }
        switch end {
        case .single:
            return first < length ? first..<(first + 1) : nil
        case .length(let count):
            // Parsing refuses a length below 1; one built another way selects nothing.
            return count > 0 && first + Int(count) <= length ? first..<(first + Int(count)) : nil
        case .offset(let offset):
            var last = Int(offset)
            if last < 0 { last += length }
            guard last >= first, last < length else { return nil }
            return first..<(last + 1)
        case .toTheEnd:
            return first < length ? first..<length : nil
        }
    }
}

/// C's `strtol` with base 0, as far as slice ranges need it.
enum CInteger {
    /// A parse result: no digits, out of the 32-bit range, or a value and the index after it.
    enum Result {
        case none
        case overflow(negative: Bool)
        case value(Int32, Int)
    }

    /// Parses a C integer at `from`: blanks, sign, `0x`/`0` prefixes, digits.
    static func strtol(_ text: [UInt8], from start: Int) -> Result {
        var at = skipSpaces(text, from: start)
        var negative = false
        if at < text.count, text[at] == UInt8(ascii: "+") || text[at] == UInt8(ascii: "-") {
            negative = text[at] == UInt8(ascii: "-")
            at += 1
        }
        var base: Int64 = 10
        if at + 1 < text.count, text[at] == UInt8(ascii: "0"), text[at + 1] | 0x20 == UInt8(ascii: "x"),
            at + 2 < text.count, ASCII.isHexDigit(text[at + 2])
        {
            base = 16
            at += 2
        } else if at < text.count, text[at] == UInt8(ascii: "0") {
            base = 8
        }
        let digitsStart = at
        var value: Int64 = 0
        var overflow = false
        while at < text.count, let digit = digitValue(text[at]), digit < base {
            if !overflow {
                value = value * base + digit
                overflow = value > Int64(Int32.max) + 1
            }
            at += 1
        }
        guard at > digitsStart else { return .none }
        if negative { value = -value }
        if overflow || value > Int64(Int32.max) || value < Int64(Int32.min) { return .overflow(negative: negative) }
        return .value(Int32(value), at)
    }

    /// The index of the first non-blank byte at or after `from` (`isspace`).
    static func skipSpaces(_ text: [UInt8], from start: Int) -> Int {
        var at = start
        while at < text.count, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(text[at]) {
            at += 1
        }
        return at
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        ASCII.isHexDigit(byte) ? Int64(ASCII.hexValue(byte)) : nil
    }
}
