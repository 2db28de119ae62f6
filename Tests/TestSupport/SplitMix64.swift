import PacketDecoding

/// The tests' seeded generator is the package's own (see `PacketDecoding.SplitMix64`).
package typealias SplitMix64 = PacketDecoding.SplitMix64
