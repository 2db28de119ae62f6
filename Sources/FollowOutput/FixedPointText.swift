/// A double printed as glibc's `printf("%.Nf")` prints it, for small `N`: from the double's exact
/// binary value, rounded to `N` decimals to nearest with ties to even. tshark prints times this
/// way (the YAML `timestamp:`, the conversation table's start and duration columns).
package enum FixedPointText {
    /// Appends `value` with `fractionDigits` decimals (`%.9f`, `%.4f`…).
    /// - Parameters:
    ///   - value: a finite double; a negative one gets a `-` (also when it rounds to zero, as in C).
    ///   - fractionDigits: 1…9.
    package static func write(_ value: Double, fractionDigits: Int, to out: inout [UInt8]) {
        let scale = power(fractionDigits)
        let units = scaledUnits(value.magnitude, fractionDigits: fractionDigits)
        if value.sign == .minus { out.append(0x2D) }
        out.append(decimal: UInt64(clamping: units / scale))
        out.append(0x2E)
        let fraction = UInt64(units % scale)
        var divisor = UInt64(scale / 10)
        while divisor > 0 {
            out.append(0x30 + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// `magnitude × 10^fractionDigits` rounded to an integer, to nearest with ties to even,
    /// computed exactly.
    ///
    /// - Parameter magnitude: A finite, non-negative double below 2⁶⁴ (always true for a sum of an
    ///   `Int64` second count and a fraction); larger values are clamped.
    package static func scaledUnits(_ magnitude: Double, fractionDigits: Int) -> UInt128 {
        guard magnitude > 0, magnitude.isFinite else { return 0 }
        // magnitude = significand × 2^exponent, significand < 2⁵³, exactly.
        let significand = magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
        let exponent = (magnitude.isNormal ? Int(magnitude.exponent) : -1022) - 52
        let scaled = UInt128(significand) * power(fractionDigits)  // < 2⁸³
        guard exponent < 0 else { return scaled << Swift.min(exponent, 44) }
        let shift = -exponent
        guard shift < 128 else { return 0 }  // below half a unit: rounds to 0
        let quotient = scaled >> shift
        let remainder = scaled & ((1 << shift) - 1)
        let half = UInt128(1) << (shift - 1)
        let roundsUp = remainder > half || (remainder == half && quotient & 1 == 1)
        return roundsUp ? quotient + 1 : quotient
    }

    /// 10^digits for 0…9 digits (clamped to that range).
    private static func power(_ digits: Int) -> UInt128 {
        var result: UInt128 = 1
        for _ in 0..<Swift.min(Swift.max(digits, 0), 9) { result *= 10 }
        return result
    }
}
