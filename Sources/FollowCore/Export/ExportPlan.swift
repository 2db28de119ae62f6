import CaptureFile
import DisplayFilter
import FollowOutput
import FrameFields

/// The first pass of an export read from a file: which streams to export and the frame where
/// each one ends, so the second pass can finish every stream (and write its files and index
/// line) as soon as its last frame is read. Cheap: frames are decoded and numbered, not
/// reassembled.
struct ExportPlan {
    /// The exported streams in export order.
    let order: [StreamKey]
    /// `--pcap`: the fragment frames each stream claims, and the format of the captures.
    private(set) var membership: StreamFrameMembership?
    private(set) var captureFormat: StreamCaptureFormat?
    /// Each stream's last frame that reaches follow.
    private let lastFrames: ExportStreamTable<UInt64>
    /// The streams by last frame, their last frames, and how many of them are due.
    private let completion: [StreamKey]
    private let completionFrames: [UInt64]
    private var dueCount = 0

    /// Reads the capture and plans the export of the streams `selection` allows.
    ///
    /// A damaged capture is planned up to the damage: the second pass meets the same damage,
    /// exports what came before it and reports it.
    /// - Parameters:
    ///   - filter: `--streams`: only the streams with a frame it keeps.
    ///   - notesFragments: `--pcap`: also note the fragment frames of each stream and choose the
    ///     captures' format (``membership``, ``captureFormat``).
    init(
        reading reader: CaptureReader, selection: ExportSelection, filter: DisplayFilter?, settings: FollowSettings,
        notesFragments: Bool = false
    ) {
        var frames = FrameFieldReader(reader: reader, settings: settings)
        var membership = notesFragments ? StreamFrameMembership() : nil
        var tcp = StreamBlocksPass.LastFrames()
        var udp = StreamBlocksPass.LastFrames()
        var matches = filter.map(StreamMatches.init)
        let wantsUDP = selection.protocols.contains(.udp)
        while (try? frames.next()) == true {
            let view = frames.frame
            if let frame = FollowFrameReader.Frame(view) {
                tcp.note(stream: frame.stream, frame: view.number)
            }
            if wantsUDP, view.layers.udpCount > 0 {
                view.forEachUDPStream { udp.note(stream: $0, frame: view.number) }
            }
            matches?.observe(view)
            membership?.note(view)
        }
        self.membership = membership
        if notesFragments {
            captureFormat = StreamCaptureFormat(sourceIsPcapng: frames.isPcapng, interfaces: frames.interfaces)
        }
        var targets: [StreamBlocksPass.Target] = []
        for followed in [FollowProtocol.tcp, .udp] where selection.protocols.contains(followed) {
            let noted = followed == .tcp ? tcp : udp
            var streams = noted.streams.filter { selection.includes(StreamKey(followed: followed, stream: $0)) }
            if let matches {
                let matched = Set(followed == .tcp ? matches.streams : matches.udpStreams)
                streams = streams.filter(matched.contains)
            }
            targets += noted.targets(streams, followed: followed)
        }
        var lastFrames = ExportStreamTable<UInt64>()
        for target in targets {
            lastFrames[StreamKey(followed: target.followed, stream: target.stream)] = target.lastFrame
        }
        self.lastFrames = lastFrames
        order = lastFrames.keys
        let ends = order.map { (frame: lastFrames[$0] ?? 0, key: $0) }
            .sorted { ($0.frame, $0.key) < ($1.frame, $1.key) }
        completion = ends.map(\.key)
        completionFrames = ends.map(\.frame)
    }

    /// Whether `key` is one of the streams to export.
    func contains(_ key: StreamKey) -> Bool {
        lastFrames.contains(key)
    }

    /// The last frame of `key` that reaches follow, when it is exported.
    func lastFrame(of key: StreamKey) -> UInt64? {
        lastFrames[key]
    }

    /// The streams whose last frame is at most `frameNumber` and were not due before.
    mutating func due(through frameNumber: UInt64) -> ArraySlice<StreamKey> {
        let start = dueCount
        while dueCount < completionFrames.count, completionFrames[dueCount] <= frameNumber {
            dueCount += 1
        }
        return completion[start..<dueCount]
    }
}
