/// A 65,536-bit filter over `tcp.stream` indices (index modulo 65,536): one bit test tells that a
/// frame's stream is certainly not followed, which is the answer for nearly every frame when a
/// few streams of many are followed. A set bit only means "maybe": look the stream up.
struct StreamBitFilter {
    private var words = [UInt64](repeating: 0, count: 1024)

    init(_ streams: some Sequence<UInt32>) {
        for stream in streams {
            words[Int(stream >> 6 & 1023)] |= 1 << (stream & 63)
        }
    }

    /// False when `stream` is certainly not one of the filter's streams.
    func mayContain(_ stream: UInt32) -> Bool {
        words[Int(stream >> 6 & 1023)] & 1 << (stream & 63) != 0
    }
}
