import CaptureFile
import FrameFields
import PCRE2Regex

/// A search's reading pass with `--jobs N`: this thread reads, decodes and numbers every frame
/// (numbering needs the frames in order) and packs those of the selected streams into batches;
/// N ``SearchWorker``s reassemble and search them, each its own streams; what they print is
/// merged back into one job's order (``OutputTag``) as each batch completes, so the output is
/// byte for byte one job's.
///
/// Memory: the ring's batches (``BatchRing/depth`` × ``FrameBatch/capacity``), each worker's
/// streams as in one job, and one batch's output per worker.
struct ParallelSearchRun {
    private let options: SearchOptions
    private let jobs: Int
    /// Where each stream ends, for `--follow`'s second pass.
    private(set) var lastFrames = StreamBlocksPass.LastFrames()
    /// How many incomplete IP datagrams the read dropped to bound memory (tshark keeps them).
    private(set) var droppedDatagrams = 0

    /// - Parameter jobs: the number of workers (2 or more).
    init(options: SearchOptions, jobs: Int) {
        self.options = options
        self.jobs = jobs
    }

    /// Reads `reader` to its end, has the workers search, and prints into `report` what one job
    /// would print there during the pass (and takes in the workers' counts and failures).
    /// - Parameter patterns: a compiled set per worker.
    /// - Returns: the reader's error for a damaged capture; what came before it was searched.
    mutating func run(
        _ reader: CaptureReader, patterns: [[PCRE2Pattern]], settings: FollowSettings, report: SearchReport
    ) -> CaptureError? {
        let ring = BatchRing(workerCount: jobs)
        let workers = (0..<jobs).map { SearchWorker(number: $0, count: jobs, patterns: patterns[$0], options: options) }
        let threads = workers.map { worker in WorkerThread { worker.consume(ring) } }
        let drain = { (batch: FrameBatch) in
            TaggedOutput.merge(batch.outputs.map(\.output)) { report.write($0) }
        }
        var sequence = 0
        var batch = ring.take(sequence, drain: drain)
        let handOver = { (batch: inout FrameBatch, sequence: inout Int) in
            ring.publish(batch)
            sequence += 1
            batch = ring.take(sequence, drain: drain)
        }
        let selection = options.streams
        var damage: CaptureError?
        do {
            if options.followed == .udp {
                try readDatagrams(reader, settings: settings) { frame in
                    batch.appendDatagrams(of: frame) { selection?.contains($0) ?? true }
                    if batch.isFull { handOver(&batch, &sequence) }
                }
            } else {
                try readSegments(reader, settings: settings) { frame in
                    batch.append(frame)
                    if batch.isFull { handOver(&batch, &sequence) }
                }
            }
        } catch {
            damage = error
        }
        batch.isLast = true
        ring.publish(batch)
        ring.finish(after: sequence + 1, drain: drain)
        threads.forEach { $0.join() }
        workers.forEach { report.absorb($0.report) }
        return damage
    }

    /// Reads the TCP frames that reach follow, noting each stream's last frame, and hands on
    /// those of the selected streams.
    private mutating func readSegments(
        _ reader: CaptureReader, settings: FollowSettings, _ body: (FollowFrameReader.Frame) -> Void
    ) throws(CaptureError) {
        var frames = FollowFrameReader(reader: reader, settings: settings)
        defer { droppedDatagrams = frames.droppedDatagrams }
        while let frame = try frames.next() {
            let segment = frame.segment
            lastFrames.note(stream: frame.stream, frame: segment.frameNumber)
            if options.streams?.contains(frame.stream) ?? true {
                body(frame)
            }
        }
    }

    /// Reads the frames with UDP streams, noting each stream's last frame, and hands them on.
    private mutating func readDatagrams(
        _ reader: CaptureReader, settings: FollowSettings, _ body: (FrameFieldView) -> Void
    ) throws(CaptureError) {
        var frames = FrameFieldReader(reader: reader, settings: settings)
        defer { droppedDatagrams = frames.droppedDatagrams }
        while try frames.next() {
            let frame = frames.frame
            guard frame.layers.udpCount > 0 else { continue }
            frame.forEachUDPStream { lastFrames.note(stream: $0, frame: frame.number) }
            body(frame)
        }
    }
}
