import FollowOutput
import Testing

@testable import FollowCore

/// How the reading thread of `--jobs` deals new streams (``FrameDistributor``): to a worker about
/// to run out of work, else to itself; in turn when asked; once for a stream's life; and every
/// worker is handed a batch at the same frames.
@Suite("--jobs: dealing streams to the threads")
struct FrameDistributorTests {
    private static func key(_ stream: UInt32, _ followed: FollowProtocol = .tcp) -> StreamKey {
        StreamKey(followed: followed, stream: stream)
    }

    /// Hands every batch over, the last after frame 5000, and releases them all, as a worker
    /// would (so that the channels end as they began); returns each batch's `through` frame, and
    /// for each channel whether only its last batch said it was the last.
    private static func drain(
        _ distributor: inout FrameDistributor, _ channels: [BatchChannel]
    ) -> (throughs: [[UInt64]], lastOnlyAtEnd: [Bool]) {
        distributor.close(after: 5000)
        var lastOnlyAtEnd: [Bool] = []
        let throughs = channels.map { channel in
            var throughs: [UInt64] = []
            var lasts: [Bool] = []
            channel.receiveAll {
                throughs.append($0.through)
                lasts.append($0.isLast)
            }
            lastOnlyAtEnd.append(lasts.last == true && !lasts.dropLast().contains(true))
            return throughs
        }
        return (throughs, lastOnlyAtEnd)
    }

    @Test("a new stream goes to a worker unless its queue is full, and then the reading thread keeps it")
    func balanced() {
        let channels = [BatchChannel()]
        var distributor = FrameDistributor(channels: channels, dealing: .balanced)
        #expect(distributor.owner(of: Self.key(0)) == 1)
        for flush in 1...2 {
            distributor.frameRead(UInt64(flush) * FrameDistributor.flushInterval) { _ in }
            #expect(channels[0].pending == flush)
            #expect(distributor.owner(of: Self.key(UInt32(flush))) == 1)
        }
        distributor.frameRead(3 * FrameDistributor.flushInterval) { _ in }
        #expect(channels[0].pending == BatchChannel.depth - 1)
        #expect(distributor.owner(of: Self.key(3)) == 0)
        #expect(distributor.owner(of: Self.key(3, .udp)) == 0)
        // A stream keeps its thread for life, whatever the backlog says now.
        #expect(distributor.owner(of: Self.key(0)) == 1)
        let (throughs, lastOnlyAtEnd) = Self.drain(&distributor, channels)
        #expect(throughs == [[1024, 2048, 3072, 5000]])
        #expect(lastOnlyAtEnd == [true])
        #expect(channels[0].pending == 0)
    }

    @Test("the hungriest worker gets the stream; in turn among equals")
    func hungriest() {
        let channels = [BatchChannel(), BatchChannel()]
        var distributor = FrameDistributor(channels: channels, dealing: .balanced)
        let first = (0..<4).map { distributor.owner(of: Self.key($0)) }
        #expect(first == [1, 2, 1, 2])
        _ = Self.drain(&distributor, channels)
    }

    @Test("in turn: the reading thread first, then each worker")
    func rotating() {
        let channels = [BatchChannel(), BatchChannel()]
        var distributor = FrameDistributor(channels: channels, dealing: .rotating)
        let owners = (0..<7).map { distributor.owner(of: Self.key($0)) }
        #expect(owners == [0, 1, 2, 0, 1, 2, 0])
        #expect(distributor.owners.owner(of: Self.key(4)) == 1)
        #expect(distributor.owners.owner(of: Self.key(4, .udp)) == nil)
        _ = Self.drain(&distributor, channels)
    }

    @Test("every worker gets a batch at the same frames, and the hand-over is announced before waiting")
    func handOver() {
        let channels = [BatchChannel(), BatchChannel()]
        var distributor = FrameDistributor(channels: channels, dealing: .rotating)
        var announced: [UInt64] = []
        for frame in 1...(3 * FrameDistributor.flushInterval) {
            distributor.frameRead(frame) { announced.append($0) }
        }
        #expect(announced == [1024, 2048, 3072])
        let (throughs, lastOnlyAtEnd) = Self.drain(&distributor, channels)
        #expect(throughs == [[1024, 2048, 3072, 5000], [1024, 2048, 3072, 5000]])
        #expect(lastOnlyAtEnd == [true, true])
    }
}
