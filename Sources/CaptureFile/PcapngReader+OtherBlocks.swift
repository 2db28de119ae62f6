import PacketDecoding

extension PcapngReader {
    /// Checks a Name Resolution Block (type 4) the way tshark reads it; gives no frame.
    ///
    /// ```
    /// records: | type 2 | length 2 | value, padded | ...  type 0 ends the records, options follow
    /// ```
    func readNameResolution(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 16 else {
            throw damaged("pcapng: total block length \(length) of an NRB is less than the minimum NRB size 16")
        }
        let recordsEnd = length - 4
        var offset = 8
        while offset < recordsEnd {
            let left = recordsEnd - offset
            guard left >= 4 else {
                throw damaged("pcapng: \(left) bytes left in the block < NRB record header size 4")
            }
            let header = try bytes(at: offset, count: 4)
            let type = header.uint16(at: 0)
            let recordLength = Int(header.uint16(at: 2))
            let padded = (recordLength + 3) & ~3
            offset += 4
            guard padded <= left - 4 else {
                throw damaged("pcapng: \(left - 4) bytes left in the block < NRB record length + padding \(padded)")
            }
            if type == 0 { break }
            try checkNameRecord(type: type, at: offset, length: recordLength, blockRoom: length - 12)
            offset += padded
        }
        let ending = try PcapngOptions.walk(try bytes(at: offset, count: recordsEnd - offset), path: buffer.path)
        return PcapngBlockOutcome(trailerOffset: recordsEnd, givesUp: ending == .givesUp)
    }

    /// Checks one IPv4 (type 1) or IPv6 (type 2) name record: its address and NUL-ended names.
    private func checkNameRecord(type: UInt16, at offset: Int, length: Int, blockRoom: Int) throws(CaptureError) {
        let addressLength: Int
        switch type {
        case 1:
            guard length >= 4 else {
                throw damaged("pcapng: NRB record length for IPv4 record \(length) < minimum length 4")
            }
            addressLength = 4
        case 2:
            guard length >= 16 else {
                throw damaged("pcapng: NRB record length for IPv6 record \(length) < minimum length 16")
            }
            guard length <= blockRoom else {
                throw damaged("pcapng: NRB record length for IPv6 record \(length) > remaining data in NRB")
            }
            addressLength = 16
        default:
            _ = try bytes(at: offset, count: length)
            return
        }
        guard let names = try bytes(at: offset, count: length).suffix(from: addressLength) else {
            throw .cutShortInPacket(path: buffer.path)
        }
        if let last = names.bytes.last, last != 0 {
            throw damaged("pcapng: NRB record has non-null-terminated host name")
        }
    }

    /// Checks an Interface Statistics Block (type 5); gives no frame.
    func readStatistics(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 24 else {
            throw damaged("pcapng: total block length \(length) of an ISB is too small (< 24)")
        }
        _ = try need(20)
        let ending = try PcapngOptions.walk(try bytes(at: 20, count: length - 24), path: buffer.path)
        return PcapngBlockOutcome(trailerOffset: length - 4, givesUp: ending == .givesUp)
    }

    /// Skips a Decryption Secrets Block (type 10). Like tshark, the secrets are read by their
    /// own length, even past the block's end, and the rest is skipped by the block's length.
    func readDecryptionSecrets(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        let secretsLength = try need(16).uint32(at: 12)
        guard secretsLength <= 1024 * 1024 * 1024 else {
            throw damaged("pcapng: secrets block is too large: \(secretsLength)")
        }
        _ = try bytes(at: 16, count: Int(secretsLength))
        let rest = UInt32(length) &- 20 &- secretsLength
        let trailerOffset = 16 + Int(secretsLength) + Int(rest)
        return PcapngBlockOutcome(frame: nil, trailerOffset: trailerOffset)
    }

    /// Reads a Custom Block (types 0x0BAD and 0x40000BAD): a frame of the data after the PEN.
    func readCustom(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 16 else {
            throw damaged("pcapng: total block length \(length) of a CB is too small (< 16)")
        }
        if try need(12).uint32(at: 8) == PcapngOptions.netflixEnterpriseNumber {
            return try readNetflixCustom(length: length)
        }
        let frame = PcapngBlockOutcome.Frame(
            linkType: .nonPacketRecord, timestamp: .zero, originalLength: length - 16, dataOffset: 12,
            dataLength: length - 16
        )
        return PcapngBlockOutcome(frame: frame, trailerOffset: length - 4)
    }

    /// Reads a Netflix Custom Block (TCP black box logging), checked as tshark checks it: a
    /// little-endian block type, 1 (event) or 2 (skip, with a 32-bit count of skipped events),
    /// then options in little-endian order, of which tshark takes only comments and custom
    /// options. An unknown type or option makes tshark stop reading without an error.
    ///
    /// ```
    /// | PEN 10949 | type 4 (LE) | (skipped 4, type 2) | options (LE) |
    /// ```
    /// The record is a frame, as in tshark; tshark fills its lengths from the previous record
    /// (they are never set for these blocks), so it is given no bytes here.
    private func readNetflixCustom(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 20 else {
            throw damaged("pcapng: total block length \(length) of a Netflix CB is too small (< 20)")
        }
        let type = try need(16).littleEndian.uint32(at: 12)
        let optionsStart: Int
        switch type {
        case 1:
            optionsStart = 16
        case 2:
            guard length >= 24 else {
                throw damaged("pcapng: total block length \(length) of a Netflix skip CB is too small (< 24)")
            }
            optionsStart = 20
        default:
            return PcapngBlockOutcome(trailerOffset: 16, givesUp: true)
        }
        let options = try bytes(at: optionsStart, count: length - 4 - optionsStart).littleEndian
        let ending = try PcapngOptions.walk(options, path: buffer.path) { _, _ in false }
        let frame = PcapngBlockOutcome.Frame(
            linkType: .nonPacketRecord, timestamp: .zero, originalLength: 0, dataOffset: optionsStart, dataLength: 0)
        return PcapngBlockOutcome(frame: frame, trailerOffset: length - 4, givesUp: ending == .givesUp)
    }

    /// Reads a Sysdig event block (types 0x204, 0x216, 0x221): a frame of the event data,
    /// timestamped in nanoseconds, with an original length of 0 (as tshark shows it).
    ///
    /// ```
    /// | cpu 2 | ts 8 | thread 8 | event len 4 | event type 2 | (nparams 4, v2) | data |
    /// ```
    func readSysdigEvent(length: Int, type: UInt32) throws(CaptureError) -> PcapngBlockOutcome {
        let minimum = type == 0x204 ? 36 : 40
        guard length >= minimum else {
            throw damaged("pcapng: total block length \(length) of a Sysdig event block is too small (< \(minimum))")
        }
        let nanoseconds = try need(minimum - 4).uint64(at: 10)
        let frame = PcapngBlockOutcome.Frame(
            linkType: .nonPacketRecord,
            timestamp: Timestamp(
                seconds: Int64(nanoseconds / 1_000_000_000), nanoseconds: UInt32(nanoseconds % 1_000_000_000)
            ),
            originalLength: 0,
            dataOffset: minimum - 4,
            dataLength: length - minimum
        )
        return PcapngBlockOutcome(frame: frame, trailerOffset: length - 4)
    }

    /// Reads a systemd Journal Export Block (type 9): a frame of the entry without its
    /// trailing NULs, timestamped by its `__REALTIME_TIMESTAMP=` field when tshark finds one.
    func readJournalEntry(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 35 else {
            throw damaged("pcapng: total block length \(length) of a systemd journal export block is too small (< 35)")
        }
        let block = try bytes(at: 8, count: length - 12)
        let trimmedLength = (block.bytes.lastIndex { $0 != 0 } ?? -1) + 1
        guard let entry = block.slice(at: 0, count: trimmedLength)?.bytes else {
            throw .cutShortInPacket(path: buffer.path)
        }
        guard entry.count >= 23 else {
            throw damaged("pcapng: entry length \(length) is too small (< 23)")
        }
        let frame = PcapngBlockOutcome.Frame(
            linkType: .nonPacketRecord,
            timestamp: JournalTimestamp.find(in: entry) ?? .zero,
            originalLength: entry.count,
            dataOffset: 8,
            dataLength: entry.count
        )
        return PcapngBlockOutcome(frame: frame, trailerOffset: length - 4)
    }

    /// Skips a block of a type tshark does not read.
    func skipUnknown(length: Int) throws(CaptureError) -> PcapngBlockOutcome {
        guard length >= 12 else {
            throw damaged(
                "pcapng: total block length \(length) of an unknown block type is less than the minimum block size 12"
            )
        }
        _ = try need(length - 4)
        return PcapngBlockOutcome(frame: nil, trailerOffset: length - 4)
    }
}
