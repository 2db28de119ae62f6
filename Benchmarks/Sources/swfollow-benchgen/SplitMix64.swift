/// A tiny deterministic random number generator (SplitMix64): the same seed gives the same
/// capture on every machine and every Swift version, which `SystemRandomNumberGenerator` does not.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`, drawn without `Int.random(in:using:)` so that the sequence never depends
    /// on the standard library's sampling algorithm.
    mutating func draw(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `percent`/100 (in hundredths of a percent: `basisPoints`/10,000).
    mutating func chance(basisPoints: Int) -> Bool {
        Int(next() % 10_000) < basisPoints
    }
}
