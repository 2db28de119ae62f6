import CaptureFile
import FollowOutput
import FrameFields

/// The pass that writes an export: reassembles every selected stream as follow does, writes
/// each node's data (and with `--follow` the follow text) through a ``FilePool``, and finishes
/// each stream (files renamed into place, index line written in order) at its last frame when
/// an ``ExportPlan`` knows it, or else at the end of the capture.
struct ExportPass {
    private let selection: ExportSelection
    private let followMode: FollowMode?
    private let directory: ExportDirectory
    private let pool: FilePool
    private let index: SharedExportIndex
    private var plan: ExportPlan?
    private var streams = ExportStreamTable<StreamExport>()
    /// The first failure outside the pool: the index, or a frame a capture cannot hold.
    private var indexFailure: ExportError?
    /// `--pcap`: the per-stream captures.
    private var captures: StreamCaptureTap?
    /// With `--jobs`: the index is shared by the threads, and closed by the caller.
    private let sharesIndex: Bool

    /// - Parameters:
    ///   - plan: the first pass's plan; nil exports every stream `selection` allows and finishes
    ///     them all at the end (standard input).
    ///   - followMode: `--follow MODE`.
    ///   - writesCaptures: `--pcap` (needs a plan that noted fragments).
    ///   - sharedIndex: with `--jobs`, the index all threads write (the caller creates, fills
    ///     the order of, and closes it).
    init(
        selection: ExportSelection, followMode: FollowMode?, directory: ExportDirectory, pool: FilePool,
        plan: ExportPlan?, writesCaptures: Bool = false, sharedIndex: SharedExportIndex? = nil
    ) throws(ExportError) {
        self.selection = selection
        self.followMode = followMode
        self.directory = directory
        self.pool = pool
        self.plan = plan
        if writesCaptures, let plan {
            captures = StreamCaptureTap(plan: plan, pool: pool) { key in
                directory.temporaryPath("\(key.namePrefix).capture")
            }
        }
        sharesIndex = sharedIndex != nil
        if let index = sharedIndex {
            self.index = index
        } else {
            self.index = try SharedExportIndex(path: directory.finalPath("index.jsonl"))
            if let plan { self.index.expect(plan.order) }
        }
    }

    /// The first write failure, if any.
    var failure: ExportError? { pool.failure ?? indexFailure }

    /// How many streams the index lists so far.
    var streamsWritten: Int { index.lineCount }

    /// Reads every frame, stopping early at a write failure (``failure``).
    /// - Parameter progress: told of every frame.
    mutating func run(_ reader: CaptureReader, progress: inout ExportProgress) throws(CaptureError) {
        var frames = FrameFieldReader(reader: reader, settings: FollowSettings())
        let wantsTCP = selection.protocols.contains(.tcp)
        let wantsUDP = selection.protocols.contains(.udp)
        while failure == nil, try frames.next() {
            let view = frames.frame
            if captures != nil {
                let captured = frames.captured
                do {
                    try captures?.frame(
                        view, captured: captured, interface: frames.interface(at: captured.interfaceIndex))
                } catch {
                    keep(error)
                }
            }
            if wantsTCP, let frame = FollowFrameReader.Frame(view) {
                take(.segment(stream: frame.stream, frame.segment, frame.flags))
            }
            if wantsUDP, view.layers.udpCount > 0 {
                view.forEachUDPStream { stream in
                    take(.datagrams(stream: stream, position: 0, HandedDatagrams(frame: view)))
                }
            }
            if let due = plan?.due(through: view.number) {
                for key in due { take(.finish(key)) }
            }
            progress.frame(bytes: view.layers.frame.count, streamsWritten: streamsWritten)
        }
    }

    /// With `--jobs`, in a worker: writes the work the reading thread hands over through
    /// `channel` until its last batch, stopping at the first write failure, this worker's (then
    /// raising `stop`) or another's.
    mutating func write(_ channel: BatchChannel, stop: StopFlag) {
        channel.receiveAll { batch in
            batch.forEach { work in
                guard !stop.isRaised else { return }
                take(work)
            }
            if failure != nil { stop.raise() }
        }
    }

    /// Writes one piece of work: a frame of a stream (exported if selected, its export started
    /// if new), or the order to finish a stream. Nothing after a write failure.
    mutating func take(_ work: HandedWork) {
        guard failure == nil else { return }
        switch work {
        case .segment(let stream, let segment, let flags):
            let key = StreamKey(followed: .tcp, stream: stream)
            if open(key) { streams[key]?.process(segment, flags: flags) }
        case .datagrams(let stream, _, let datagrams):
            let key = StreamKey(followed: .udp, stream: stream)
            if open(key) { streams[key]?.processDatagrams(datagrams) }
        case .finish(let key):
            finish(key)
        }
    }

    /// Finishes every stream still open, in export order, and closes the index (with `--jobs`,
    /// only the streams `owns` says are this thread's, and its files).
    mutating func finish(owning owns: (StreamKey) -> Bool = { _ in true }) {
        let keys = plan?.order ?? streams.keys
        if plan == nil { index.expect(keys) }
        for key in keys where failure == nil && owns(key) {
            finish(key)
        }
        pool.closeAll()
        guard !sharesIndex else { return }
        do {
            try index.close()
        } catch {
            keep(error)
        }
        if failure == nil { directory.removePartial() }
    }

    /// Closes the files without finishing any stream: a worker's end after another worker's
    /// failure (`--jobs`), as one job finishes nothing after a failure.
    mutating func abandon() {
        pool.closeAll()
    }

    /// Whether frames of `key` are exported, starting its export if it is new.
    private mutating func open(_ key: StreamKey) -> Bool {
        if streams.contains(key) { return true }
        guard plan?.contains(key) ?? selection.includes(key) else { return false }
        let prefix = key.namePrefix
        let data = [0, 1].map { pool.create(at: directory.temporaryPath("\(prefix)-node\($0).bin")) }
        let text = followMode.map { mode in
            (
                pool.create(at: directory.temporaryPath("\(prefix)-follow.txt")),
                FollowRequest(followed: key.followed, mode: mode, filter: .stream(key.stream), range: nil)
            )
        }
        streams[key] = StreamExport(key: key, sink: ExportSink(pool: pool, dataFiles: data, text: text))
        return true
    }

    /// Finishes `key`: its files renamed into place (or removed when the size limits exclude
    /// it), its index line written when its turn comes, its state freed.
    private mutating func finish(_ key: StreamKey) {
        guard var stream = streams.removeValue(forKey: key) else {
            recordIndex { [index] () throws(ExportError) in try index.finished(key, line: nil) }
            return
        }
        stream.finishText()
        let sink = stream.sink
        let files = sink.dataFiles + (sink.textFile.map { [$0] } ?? [])
        guard selection.keeps(byteCount: stream.totalBytes) else {
            files.forEach(pool.discard)
            _ = captures?.finish(key, at: nil)
            recordIndex { [index] () throws(ExportError) in try index.finished(key, line: nil) }
            return
        }
        let base = key.baseName(nodes: sink.nodes)
        let data = ["\(base)-node0.bin", "\(base)-node1.bin"]
        let follow = followMode.map { "\(base)-follow-\($0.rawValue).txt" }
        for (handle, name) in zip(files, data + (follow.map { [$0] } ?? [])) {
            pool.finish(handle, as: directory.finalPath(name))
        }
        var capture: String?
        if let fileExtension = captures?.fileExtension {
            let name = "\(base).\(fileExtension)"
            if captures?.finish(key, at: directory.finalPath(name)) == true { capture = name }
        }
        guard pool.failure == nil else { return }
        let line = stream.indexLine(data: data, follow: follow, capture: capture)
        recordIndex { [index] () throws(ExportError) in try index.finished(key, line: line) }
    }

    /// Runs an index update, keeping its error as the export's failure.
    private mutating func recordIndex(_ body: () throws(ExportError) -> Void) {
        do {
            try body()
        } catch {
            keep(error)
        }
    }

    /// Keeps `error` as the export's failure if it is the first (besides the pool's).
    private mutating func keep(_ error: ExportError) {
        indexFailure = indexFailure ?? error
    }
}
