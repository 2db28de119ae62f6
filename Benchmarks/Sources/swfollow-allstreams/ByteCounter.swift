import PacketDecoding
import TCPReassembly

/// A follow sink that only counts what every stream delivers, like the libnids program it is
/// compared with (which counts `count_new` bytes and writes nothing).
struct ByteCounter: FollowSink {
    private(set) var records = 0
    private(set) var bytes = 0
    private(set) var streams = 0

    mutating func begin(node0: Endpoint, node1: Endpoint) {
        streams += 1
    }

    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        records += 1
        self.bytes += bytes.count
    }
}
