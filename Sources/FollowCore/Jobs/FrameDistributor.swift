import FrameFields
import PacketDecoding
import TCPReassembly

/// The reading thread's side of `--jobs N`: decides which thread handles each stream
/// (``StreamOwners``) and hands the frames of the workers' streams, payloads copied, in batches
/// (``FrameBatch``) through each worker's ``BatchChannel``. The reading thread handles its own
/// streams itself (``JobReading``).
///
/// New streams are dealt as ``JobDealing`` says: by default to a worker that is not as far behind
/// as its channel allows, else to the reading thread, so that while the workers keep up the
/// reading thread only reads, and when they fall behind it takes a share.
///
/// Every worker is handed a batch at the same frames (every ``flushInterval`` frames, or when a
/// batch is full), so each worker's ``FrameBatch/through`` keeps up with the others' and the
/// output merger (``OutputMerger``) can always write the slowest worker's output.
///
/// It holds one batch per worker at all times, from ``init(channels:dealing:)`` to
/// ``close(after:)``, which the reading thread must call however the reading ends: the workers
/// wait for their last batch.
struct FrameDistributor {
    /// Frames between hand-overs when no batch fills first.
    static let flushInterval: UInt64 = 1024
    /// A worker with fewer batches waiting than this takes new streams: every worker that is not
    /// as far behind as its channel allows (measured on the benchmark capture, 2 jobs: `search -c`
    /// 1.78 times one job's speed, the median of 15 rounds, against 1.71 for 2 and far less for
    /// 1, or for never keeping a stream on the reading thread).
    static let hungryBacklog = BatchChannel.depth - 1

    /// Worker `n` (from 1) reads `channels[n - 1]`.
    private let channels: [BatchChannel]
    private var batches: [FrameBatch]
    /// Who handles each stream.
    let owners = StreamOwners()
    /// The frame number at the last hand-over.
    private var flushedThrough: UInt64 = 0
    /// Whether a batch has filled since the last hand-over.
    private var isFull = false
    private let dealing: JobDealing
    /// How many streams were dealt: where the next deal starts, in turn.
    private var turn = 0

    init(channels: [BatchChannel], dealing: JobDealing) {
        self.channels = channels
        self.dealing = dealing
        batches = channels.map { $0.nextToFill() }
    }

    /// The thread that handles `key` (0: the reading thread), decided at its first frame.
    mutating func owner(of key: StreamKey) -> Int {
        if let owner = owners.owner(of: key) { return owner }
        let owner = dealing == .rotating ? turn % (channels.count + 1) : hungriestWorker() ?? 0
        turn += 1
        owners.assign(key, to: owner)
        return owner
    }

    /// The worker with the shortest backlog below ``hungryBacklog`` (ties dealt in turn), if any.
    private func hungriestWorker() -> Int? {
        var hungriest: Int?
        var shortest = Self.hungryBacklog
        for step in 0..<channels.count {
            let index = (turn % channels.count + step) % channels.count
            let backlog = channels[index].pending
            if backlog < shortest {
                shortest = backlog
                hungriest = index + 1
            }
        }
        return hungriest
    }

    /// Hands worker `owner` a TCP frame of `stream` that reaches follow.
    mutating func hand(_ segment: FollowSegment, flags: TCPFlags, stream: UInt32, to owner: Int) {
        let batch = batches[owner - 1]
        batch.addSegment(segment, flags: flags, stream: stream)
        isFull = isFull || batch.isFull
    }

    /// Hands worker `owner` the datagrams of `frame` for its UDP stream `stream` (`position`
    /// among the frame's).
    mutating func handDatagrams(of frame: FrameFieldView, stream: UInt32, position: UInt32, to owner: Int) {
        let batch = batches[owner - 1]
        batch.addDatagrams(of: frame, stream: stream, position: position)
        isFull = isFull || batch.isFull
    }

    /// Hands worker `owner` the order to finish `key`.
    func handFinish(_ key: StreamKey, to owner: Int) {
        batches[owner - 1].addFinish(key)
    }

    /// Notes that frame `number` has been read and handed over: every batch goes to its worker
    /// when one is full or ``flushInterval`` frames have passed.
    /// - Parameter handedOver: called after the batches are sent and before the next ones are
    ///   taken (which may wait for a worker), with the frame they reach: the reading thread then
    ///   publishes its own output, which a waiting worker may need written first.
    mutating func frameRead(_ number: UInt64, handedOver: (UInt64) -> Void) {
        guard isFull || number >= flushedThrough + Self.flushInterval else { return }
        flush(through: number)
        handedOver(number)
        for worker in batches.indices {
            batches[worker] = channels[worker].nextToFill()
        }
    }

    /// Hands every worker its last batch: the capture has been read (or the reading stopped) with
    /// frame `number` (0: none).
    mutating func close(after number: UInt64) {
        flush(through: number, isLast: true)
    }

    /// Sends every worker its batch, all before any wait, so that a slow worker never holds back
    /// another's batch.
    private mutating func flush(through number: UInt64, isLast: Bool = false) {
        for worker in batches.indices {
            batches[worker].through = number
            batches[worker].isLast = isLast
            channels[worker].send()
        }
        flushedThrough = number
        isFull = false
    }
}
