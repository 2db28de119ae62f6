import PacketDecoding

extension PcapngReader {
    /// Reads an Interface Description Block (type 1) into the section's interface list.
    ///
    /// ```
    /// +----------+----------+----------+---------+
    /// | linktype | reserved | snaplen  | options |
    /// |    2     |    2     |    4     |   ...   |
    /// +----------+----------+----------+---------+
    /// ```
    func readInterface(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 20 else {
            throw damaged("pcapng: total block length \(length) of an IDB is less than the minimum IDB size 20")
        }
        let block = try need(16)
        var interface = PcapngInterface(
            linkType: LinkType(rawValue: UInt32(block.uint16(at: 8))), snapshotLength: block.uint32(at: 12)
        )
        let path = buffer.path
        let options = try bytes(at: 16, count: length - 20)
        let ending = try PcapngOptions.walk(options, path: path) { code, value throws(CaptureError) in
            if code == 11, value.count == 0 {  // if_filter: tshark words it as a verdict
                throw .damaged(path: path, detail: "pcapng: packet block verdict option length 0 is < 1")
            }
            interface.apply(option: code, value: value)
            return true
        }
        guard ending == .complete else { return PcapngBlockOutcome(trailerOffset: length - 4, givesUp: true) }
        interfaces.append(interface)
        interfaceNames.append(interface.displayName)
        describedInterfaces.append(interface.declaration)
        return PcapngBlockOutcome(frame: nil, trailerOffset: length - 4)
    }

    /// Reads an Enhanced Packet Block (type 6) or an obsolete Packet Block (type 2).
    ///
    /// ```
    /// EPB: | interface id 4 | ts high 4 | ts low 4 | cap len 4 | orig len 4 | data | options |
    /// PB:  | if id 2 | drops 2 | ts high 4 | ts low 4 | cap len 4 | orig len 4 | data | options |
    /// ```
    func readPacket(length: Int, enhanced: Bool) throws(CaptureError) -> PcapngBlockOutcome {
        let name = enhanced ? "an EPB" : "a PB"
        guard length >= 32 else {
            throw damaged(
                "pcapng: total block length \(length) of \(name) is less than the minimum \(enhanced ? "EPB" : "PB") size 32"
            )
        }
        let block = try need(28)
        let interfaceID = enhanced ? block.uint32(at: 8) : UInt32(block.uint16(at: 8))
        let units = block.splitUInt64(at: 12)
        let captureLength = block.uint32(at: 20)
        let originalLength = block.uint32(at: 24)
        let padding = (4 &- captureLength % 4) % 4
        // tshark adds these in 32 bits, so a huge captured length wraps past this check.
        guard UInt32(length) >= 32 &+ captureLength &+ padding else {
            throw damaged(
                "pcapng: total block length \(length) of \(name) is too small for \(captureLength) bytes of packet data"
            )
        }
        let interface = try interface(interfaceID)
        guard captureLength <= interface.maximumCaptureLength else {
            throw damaged("pcapng: cap_len \(captureLength) is larger than \(interface.maximumCaptureLength)")
        }
        let optionsStart = 28 + Int(captureLength) + Int(padding)
        let path = buffer.path
        let options = try bytes(at: optionsStart, count: length - 4 - optionsStart)
        var flags: UInt32?
        let ending = try PcapngOptions.walk(options, path: path) { code, value throws(CaptureError) in
            try PcapngOptions.checkPacketOption(code: code, value: value, path: path)
            if code == 2, flags == nil { flags = value.uint32(at: 0) }
            return true
        }
        guard ending == .complete else { return PcapngBlockOutcome(trailerOffset: length - 4, givesUp: true) }
        let frame = PcapngBlockOutcome.Frame(
            linkType: interface.linkType,
            timestamp: interface.timestamp(units: units),
            originalLength: Int(originalLength),
            dataOffset: 28,
            dataLength: Int(captureLength),
            interfaceID: Int(interfaceID),
            direction: flags.flatMap(PacketDirection.init(packetFlags:)),
            interfaceIndex: sectionStart + Int(interfaceID),
            storedTimestamp: units
        )
        return PcapngBlockOutcome(frame: frame, trailerOffset: length - 4)
    }

    /// Reads a Simple Packet Block (type 3): interface 0, no timestamp, and a captured length
    /// of the original length cut to the interface's snapshot length.
    ///
    /// Like tshark, the trailer is read right after the padded data, wherever the block's
    /// length says it ends.
    func readSimplePacket(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 16 else {
            throw damaged("pcapng: total block length \(length) of an SPB is less than the minimum SPB size 16")
        }
        let block = try need(12)
        guard let interface = interfaces.first else {
            throw damaged("pcapng: SPB appeared before any IDBs in the section")
        }
        let originalLength = block.uint32(at: 8)
        var captureLength = originalLength
        if interface.snapshotLength != 0, captureLength > interface.snapshotLength {
            captureLength = interface.snapshotLength
        }
        let padding = (4 &- captureLength % 4) % 4
        guard UInt32(length) >= 16 &+ captureLength &+ padding else {
            throw damaged(
                "pcapng: total block length \(length) of an SPB is too small for \(originalLength) bytes of packet data"
            )
        }
        guard captureLength <= interface.maximumCaptureLength else {
            throw damaged("pcapng: cap_len \(captureLength) is larger than \(interface.maximumCaptureLength)")
        }
        let frame = PcapngBlockOutcome.Frame(
            linkType: interface.linkType,
            timestamp: .zero,
            originalLength: Int(originalLength),
            dataOffset: 12,
            dataLength: Int(captureLength),
            interfaceID: 0,
            interfaceIndex: sectionStart
        )
        return PcapngBlockOutcome(frame: frame, trailerOffset: 12 + Int(captureLength) + Int(padding))
    }

    /// The position among ``describedInterfaces`` of the current section's first IDB.
    private var sectionStart: Int { describedInterfaces.count - interfaces.count }

    /// The section's interface `id`.
    /// - Throws: `damaged` when the section has no such interface.
    private func interface(_ id: UInt32) throws(CaptureError) -> PcapngInterface {
        guard id < interfaces.count else {
            throw damaged("pcapng: interface index \(id) is not less than section interface count \(interfaces.count)")
        }
        return interfaces[Int(id)]
    }
}
