import FollowKit

/// A follow handler that only counts what every stream delivers, like the libnids program it is
/// compared with (which counts `count_new` bytes and writes nothing).
struct ByteCounter: FollowHandler {
    private(set) var records = 0
    private(set) var bytes = 0
    /// Calls to `streamBegan`: one a stream, more while Node 0's port is 0.
    private(set) var streams = 0

    mutating func streamBegan(_ stream: StreamID, node0: Endpoint, node1: Endpoint) {
        streams += 1
    }

    mutating func record(_ record: FollowRecord) {
        records += 1
        bytes += record.bytes.count
    }

    /// Counted as the record tshark writes in its place: `[N bytes missing in capture file]` and
    /// a NUL byte.
    mutating func gap(_ gap: FollowGap) {
        records += 1
        bytes += "[\(gap.missingBytes) bytes missing in capture file]".utf8.count + 1
    }
}
