/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny deterministic random number generator. The
/// reassembler draws treap priorities from it (seeded per process), and fuzz and property tests
/// their inputs, so that a seed always gives the same inputs and a failure reproduces. Fast and
/// well mixed, not cryptographic.
///
/// Use it with the standard library's `using:` APIs (`Int.random(in: 0..<8, using: &generator)`)
/// or ``next(upTo:)``.
package struct SplitMix64: RandomNumberGenerator {
    /// The generator's whole state; each call to ``next()`` advances it by the golden gamma.
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// The next value reduced modulo `bound`, in `0..<bound` (slightly biased; 0 when `bound` is
    /// not positive). One ``next()`` per call, unlike `random(in:using:)`, which may draw more.
    package mutating func next(upTo bound: Int) -> Int {
        let value = next()
        return bound > 0 ? Int(value % UInt64(bound)) : 0
    }
}
