/// Writes tshark 4.0.17's `-T fields` output: the preamble (byte order mark, header line) and
/// one line per frame.
package struct FieldLineWriter: Sendable {
    package let columns: FieldColumns
    private let fields: SummaryFields
    /// Where the frame summaries find their protocols.
    private let protocols: [ProtocolSummary: FieldID]
    /// `tcp.flags` and `udp.checksum`, the supported fields tshark displays in hex, both as
    /// 16-bit values (`0x0012`, `0x1a2b`).
    private let hexFields: (FieldID?, FieldID?)

    package init(columns: FieldColumns, registry: FieldRegistry = .standard) {
        self.columns = columns
        fields = SummaryFields(registry)
        var protocols: [ProtocolSummary: FieldID] = [:]
        for summary in [ProtocolSummary.frame, .ethernet, .vlan, .ipv4, .ipv6, .tcp, .udp, .udpLite] {
            protocols[summary] = registry.field(named: summary.protocolName)
        }
        self.protocols = protocols
        hexFields = (registry.field(named: "tcp.flags"), registry.field(named: "udp.checksum"))
    }

    /// What tshark prints before the first frame: the UTF-8 byte order mark (`-E bom=y`) and
    /// the field names separated like the columns (`-E header=y`), both even without frames.
    package func appendPreamble(to output: inout [UInt8]) {
        if columns.options.byteOrderMark { output.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        guard columns.options.header else { return }
        for (index, name) in columns.names.enumerated() {
            if index > 0 { output.append(columns.options.separator) }
            output.append(contentsOf: name.utf8)
        }
        output.append(0x0A)
    }

    /// Appends the line of one frame: the columns joined by the separator, then a newline.
    /// - Parameter interface: the frame's pcapng interface (nil for pcap files).
    package func appendLine(for frame: some FieldProvider, interface: FrameInterface? = nil, to output: inout [UInt8]) {
        for (index, content) in columns.contents.enumerated() {
            if index > 0 { output.append(columns.options.separator) }
            let start = output.count
            if let quote = columns.options.quote { output.append(quote) }
            let valueStart = output.count
            appendColumn(content, frame, interface: interface, to: &output)
            if output.count == valueStart {
                output.removeLast(valueStart - start)
            } else if let quote = columns.options.quote {
                output.append(quote)
            }
        }
        output.append(0x0A)
    }

    /// One column's occurrences, chosen and joined as `-E occurrence` and `aggregator` say.
    private func appendColumn(
        _ content: FieldColumns.Content, _ frame: some FieldProvider, interface: FrameInterface?,
        to output: inout [UInt8]
    ) {
        let field: FieldID
        switch content {
        case .empty: return
        case .values(let id), .flagString(let id): field = id
        case .summary(let summary):
            guard let id = protocols[summary] else { return }
            field = id
        }
        let start = output.count
        var count = 0
        frame.forEachValue(of: field) { value, _ in
            switch columns.options.occurrence {
            case .first: break
            case .last: output.removeLast(output.count - start)
            case .all: if count > 0 { output.append(columns.options.aggregator) }
            }
            appendOccurrence(content, value, index: count, frame, interface: interface, to: &output)
            count += 1
            return columns.options.occurrence != .first
        }
    }

    /// One occurrence of a column's field.
    private func appendOccurrence(
        _ content: FieldColumns.Content, _ value: FieldValue, index: Int, _ frame: some FieldProvider,
        interface: FrameInterface?, to output: inout [UInt8]
    ) {
        switch (content, value) {
        case (.values(let id), _):
            let isHex = id == hexFields.0 || id == hexFields.1
            FieldText.append(value, hexDigits: isHex ? 4 : nil, to: &output)
        case (.flagString, .unsigned(let flags)):
            FieldText.appendFlagString(flags, to: &output)
        case (.summary(let summary), .protocolLayer(let bytes, let headerLength)):
            // A layer with no header (the 21st 802.1Q tag, which tshark shows but does not
            // dissect) has a bare summary.
            let layer = headerLength > 0 ? bytes : UnsafeRawBufferPointer(start: nil, count: 0)
            summary.append(frame, index: index, layer: layer, interface: interface, fields: fields, to: &output)
        default:
            break
        }
    }
}
