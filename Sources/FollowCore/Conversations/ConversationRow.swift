import PacketDecoding

/// One line of tshark's TCP or UDP conversation table: one `tcp.stream` or `udp.stream`, with its
/// frames and bytes counted per direction and the times of its first and last frame.
struct ConversationRow {
    /// How many frames went one way and their total length on the wire.
    struct Tally {
        var frames: UInt64 = 0
        var bytes: UInt64 = 0
    }

    /// The sender of the stream's first counted frame, printed on the left.
    var left: Endpoint
    /// Its receiver, printed on the right.
    var right: Endpoint
    /// Frames from ``left`` to ``right`` (tshark's `->` column, "tx").
    var leftToRight = Tally()
    /// Every other frame of the stream (tshark's `<-` column, "rx").
    var rightToLeft = Tally()
    /// The earliest time of the stream's counted frames (not necessarily its first frame's:
    /// captures are not always in time order), by tshark's comparison.
    var start: RelativeTime
    /// The latest time of the stream's counted frames, by tshark's comparison.
    var stop: RelativeTime

    /// A row for a stream whose first counted frame went from `source` to `destination` at `time`.
    init(source: Endpoint, destination: Endpoint, time: RelativeTime) {
        left = source
        right = destination
        start = time
        stop = time
    }

    /// Frames in both directions.
    var totalFrames: UInt64 { leftToRight.frames + rightToLeft.frames }

    /// Counts one frame. tshark's rule: a frame is "tx" when its source and destination are
    /// exactly the row's left and right endpoints, "rx" otherwise (a connection to itself is all tx).
    mutating func count(source: Endpoint, destination: Endpoint, length: Int, time: RelativeTime) {
        if source == left && destination == right {
            leftToRight.add(length)
        } else {
            rightToLeft.add(length)
        }
        // tshark's order of tests: a later stop first, else an earlier start.
        if time.followsByTshark(stop) {
            stop = time
        } else if time.precedesByTshark(start) {
            start = time
        }
    }
}

extension ConversationRow.Tally {
    /// Adds one frame of `length` bytes.
    mutating func add(_ length: Int) {
        frames += 1
        bytes += UInt64(clamping: length)
    }
}
