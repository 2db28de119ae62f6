import PacketDecoding

/// What an Interface Description Block says about the packets captured on that interface.
struct PcapngInterface {
    /// The interface's link type.
    var linkType: LinkType
    /// The IDB's snapshot length (0: no limit).
    var snapshotLength: UInt32
    /// Timestamp units per second, from `if_tsresol` (10^6 when the option is absent).
    var unitsPerSecond: UInt64 = 1_000_000
    /// Seconds added to every timestamp, from `if_tsoffset`.
    var offsetSeconds: Int64 = 0

    /// Converts a pcapng timestamp (in `unitsPerSecond` units) to seconds and nanoseconds,
    /// truncating sub-nanosecond digits, as tshark does.
    func timestamp(units: UInt64) -> Timestamp {
        let seconds = Int64(bitPattern: units / unitsPerSecond) &+ offsetSeconds
        let fraction = units % unitsPerSecond
        // tshark computes fraction * 10^9 / units in 64-bit arithmetic (wrapping like C).
        let nanoseconds = (fraction &* 1_000_000_000) / unitsPerSecond
        return Timestamp(seconds: seconds, nanoseconds: UInt32(truncatingIfNeeded: nanoseconds))
    }

    /// Applies one IDB option (`code`, `value`) that affects timestamps.
    mutating func apply(option code: UInt16, value: UnsafeRawBufferPointer, swapped: Bool) {
        switch code {
        case 9 where value.count >= 1:  // if_tsresol
            unitsPerSecond = Self.unitsPerSecond(tsresol: value[0])
        case 14 where value.count >= 8:  // if_tsoffset
            if let base = value.baseAddress {
                offsetSeconds = Int64(bitPattern: FieldReader(base: base, swapped: swapped).uint64(at: 0))
            }
        default:
            break
        }
    }

    /// `if_tsresol`: the top bit chooses base 2 or base 10, the rest is the negative exponent.
    static func unitsPerSecond(tsresol: UInt8) -> UInt64 {
        let exponent = tsresol & 0x7F
        let base: UInt64 = tsresol & 0x80 != 0 ? 2 : 10
        var units: UInt64 = 1
        for _ in 0..<exponent {
            units &*= base
        }
        return units
    }
}
