extension ProtocolSummary {
    /// Appends the summary of the protocol's occurrence number `index` (0 = outermost).
    /// - Parameters:
    ///   - layer: the occurrence's bytes (used by `vlan`, whose tag holds PRI, DEI and ID).
    ///   - interface: the pcapng interface, for `frame`.
    func append(
        _ frame: some FieldProvider, index: Int, layer: UnsafeRawBufferPointer, interface: FrameInterface?,
        fields: SummaryFields, to output: inout [UInt8]
    ) {
        func text(_ string: StaticString) {
            string.withUTF8Buffer { output.append(contentsOf: $0) }
        }
        /// `label` and the field's value, when the occurrence has one (a cut header lacks some).
        func part(_ label: StaticString, _ field: FieldID?) {
            guard let value = frame.value(of: field, at: index) else { return }
            text(label)
            FieldText.append(value, hexDigits: nil, to: &output)
        }
        switch self {
        case .frame:
            appendFrame(frame, interface: interface, fields: fields, to: &output)
        case .ethernet:
            // A type field of 1500 or less is an 802.3 length: tshark's summary then names no
            // addresses, and ends in a space.
            if layer.count >= 14, UInt16(layer[12]) << 8 | UInt16(layer[13]) <= 1500 {
                text("IEEE 802.3 Ethernet ")
                return
            }
            text("Ethernet II")
            part(", Src: ", fields.ethernetSource)
            part(", Dst: ", fields.ethernetDestination)
        case .vlan:
            guard !layer.isEmpty else {
                // A tag tshark shows but does not dissect has no label: -T fields prints its name.
                text("vlan")
                return
            }
            let tag = layer.count >= 2 ? UInt64(layer[0]) << 8 | UInt64(layer[1]) : 0
            text("802.1Q Virtual LAN, PRI: ")
            FieldText.appendDecimal(tag >> 13, to: &output)
            text(", DEI: ")
            FieldText.appendDecimal(tag >> 12 & 1, to: &output)
            text(", ID: ")
            FieldText.appendDecimal(tag & 0xFFF, to: &output)
        case .ipv4, .ipv6:
            text(self == .ipv4 ? "Internet Protocol Version 4" : "Internet Protocol Version 6")
            part(", Src: ", self == .ipv4 ? fields.ipv4Source : fields.ipv6Source)
            part(", Dst: ", self == .ipv4 ? fields.ipv4Destination : fields.ipv6Destination)
        case .tcp:
            text("Transmission Control Protocol")
            part(", Src Port: ", fields.sourcePort)
            part(", Dst Port: ", fields.destinationPort)
            // A TCP header inside an ICMP error has no stream and stops after the ports; a cut
            // header without flags has no Ack or Len.
            guard frame.value(of: fields.stream, at: index) != nil else { return }
            part(", Seq: ", fields.sequence)
            guard let flags = frame.unsigned(fields.flags, at: index) else { return }
            if flags & 0x10 != 0 { part(", Ack: ", fields.acknowledgment) }
            part(", Len: ", fields.segmentLength)
        case .udp, .udpLite:
            // Every occurrence has both ports: tshark reads them before adding the protocol. (The
            // ports are `udp.*` fields of both protocols, so a frame holding UDP and UDP-Lite
            // headers together would pair them by position.)
            text(self == .udp ? "User Datagram Protocol" : "Lightweight User Datagram Protocol")
            part(", Src Port: ", fields.udpSourcePort)
            part(", Dst Port: ", fields.udpDestinationPort)
        }
    }

    /// `Frame N: L bytes on wire (8L bits), C bytes captured (8C bits)[ on interface X, id I]`.
    private func appendFrame(
        _ frame: some FieldProvider, interface: FrameInterface?, fields: SummaryFields, to output: inout [UInt8]
    ) {
        let length = UInt64(frame.unsigned(fields.frameLength, at: 0) ?? 0)
        let captured = UInt64(frame.unsigned(fields.captureLength, at: 0) ?? 0)
        output.append(contentsOf: "Frame ".utf8)
        FieldText.appendDecimal(UInt64(frame.unsigned(fields.frameNumber, at: 0) ?? 0), to: &output)
        output.append(contentsOf: ": ".utf8)
        FieldText.appendDecimal(length, to: &output)
        output.append(contentsOf: " bytes on wire (".utf8)
        FieldText.appendDecimal(length * 8, to: &output)
        output.append(contentsOf: " bits), ".utf8)
        FieldText.appendDecimal(captured, to: &output)
        output.append(contentsOf: " bytes captured (".utf8)
        FieldText.appendDecimal(captured * 8, to: &output)
        output.append(contentsOf: " bits)".utf8)
        guard let interface else { return }
        output.append(contentsOf: " on interface ".utf8)
        if let name = interface.name {
            // tshark writes a tab, newline or carriage return in the name as `\t`, `\n`, `\r`.
            for byte in name {
                switch byte {
                case 0x09: output.append(contentsOf: "\\t".utf8)
                case 0x0A: output.append(contentsOf: "\\n".utf8)
                case 0x0D: output.append(contentsOf: "\\r".utf8)
                default: output.append(byte)
                }
            }
        } else {
            output.append(contentsOf: "unknown".utf8)
        }
        output.append(contentsOf: ", id ".utf8)
        FieldText.appendDecimal(UInt64(interface.id), to: &output)
        switch interface.direction {
        case .inbound: output.append(contentsOf: " (inbound)".utf8)
        case .outbound: output.append(contentsOf: " (outbound)".utf8)
        case nil: break
        }
    }
}
