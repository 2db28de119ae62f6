import PacketDecoding

/// The YAML `timestamp:` value exactly as tshark writes it (FOLLOW-SPEC R2.10):
/// `printf("%.9f", (double)secs + (double)nsecs / 1e9)`, double rounding included
/// (1700000000.003 s is written `1700000000.003000021`).
enum TimestampText {
    /// Appends the text for `timestamp` (for example `1700000000.123456717`).
    ///
    /// The double is formed as C forms it, then printed as glibc's `%.9f` prints it: from the
    /// double's exact binary value, rounded to 9 decimals to nearest with ties to even.
    static func write(_ timestamp: Timestamp, to out: inout [UInt8]) {
        let value = Double(timestamp.seconds) + Double(timestamp.nanoseconds) / 1e9
        let units = nanosecondUnits(value.magnitude)
        if value.sign == .minus { out.append(0x2D) }
        out.append(decimal: UInt64(units / 1_000_000_000))
        out.append(0x2E)
        let fraction = UInt64(units % 1_000_000_000)
        var divisor: UInt64 = 100_000_000
        while divisor > 0 {
            out.append(0x30 + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// `magnitude × 10⁹` rounded to an integer, to nearest with ties to even, computed exactly.
    ///
    /// - Parameter magnitude: A finite, non-negative double below 2⁶⁴ (always true for a sum of an
    ///   `Int64` second count and a fraction); larger values are clamped.
    static func nanosecondUnits(_ magnitude: Double) -> UInt128 {
        guard magnitude > 0, magnitude.isFinite else { return 0 }
        // magnitude = significand × 2^exponent, significand < 2⁵³, exactly.
        let significand = magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
        let exponent = (magnitude.isNormal ? Int(magnitude.exponent) : -1022) - 52
        let scaled = UInt128(significand) * 1_000_000_000  // < 2⁸³
        guard exponent < 0 else { return scaled << Swift.min(exponent, 44) }
        let shift = -exponent
        guard shift < 128 else { return 0 }  // below half a unit: rounds to 0
        let quotient = scaled >> shift
        let remainder = scaled & ((1 << shift) - 1)
        let half = UInt128(1) << (shift - 1)
        let roundsUp = remainder > half || (remainder == half && quotient & 1 == 1)
        return roundsUp ? quotient + 1 : quotient
    }
}
