import CaptureFile
import FollowOutput
import FrameFields

/// The reading thread of `--jobs N`: reads, decodes and numbers every frame once (numbering
/// needs every frame, in order), hands each frame that reaches follow to the worker that owns its
/// stream (``FrameDistributor``), and does the work of its own streams itself.
///
/// `@unchecked Sendable`: built by the calling thread, then used only by the thread that calls
/// ``run(wants:local:handedOver:endingAt:stop:)``; the caller reads the results after that thread has
/// been joined (or on it).
final class JobReading: @unchecked Sendable {
    private let reader: CaptureReader
    private let settings: FollowSettings
    private let followsTCP: Bool
    private let followsUDP: Bool
    private var distributor: FrameDistributor
    /// The damage that ended the reading early, if any.
    private(set) var damage: CaptureError?
    /// Where each stream ends (for search's `--follow`, which follows one protocol).
    private(set) var lastFrames = StreamBlocksPass.LastFrames()
    /// How many incomplete IP datagrams were dropped to bound memory.
    private(set) var droppedDatagrams = 0
    /// The number of the last frame read (0 before the first).
    private var lastFrameRead: UInt64 = 0

    /// - Parameters:
    ///   - protocols: the streams worked on: TCP's, UDP's or both.
    ///   - channels: one per worker.
    ///   - dealing: how new streams are dealt to the threads.
    init(
        _ reader: CaptureReader, settings: FollowSettings, protocols: Set<FollowProtocol>, channels: [BatchChannel],
        dealing: JobDealing
    ) {
        self.reader = reader
        self.settings = settings
        followsTCP = protocols.contains(.tcp)
        followsUDP = protocols.contains(.udp)
        distributor = FrameDistributor(channels: channels, dealing: dealing)
    }

    /// Who handled each stream (complete once ``run(wants:local:handedOver:endingAt:stop:)``
    /// returns).
    var owners: StreamOwners { distributor.owners }

    /// Reads the capture to its end (or the frame limit, or until `stop` is raised), then hands
    /// every worker its last batch.
    /// - Parameters:
    ///   - wants: whether a stream is worked on at all (its frames are otherwise dropped here,
    ///     not copied for a worker that would drop them).
    ///   - local: does the work of the reading thread's own streams.
    ///   - handedOver: called after each hand-over to the workers, with the frame it reaches.
    ///   - endingAt: the streams to finish after a frame (an export's plan).
    func run(
        wants: (StreamKey) -> Bool, local: (HandedWork) -> Void, handedOver: (UInt64) -> Void = { _ in },
        endingAt: (FrameFieldView) -> ArraySlice<StreamKey> = { _ in [] }, stop: StopFlag? = nil
    ) {
        defer { distributor.close(after: lastFrameRead) }
        var frames = FrameFieldReader(reader: reader, settings: settings)
        defer { droppedDatagrams = frames.droppedDatagrams }
        do {
            while stop?.isRaised != true, try frames.next() {
                let view = frames.frame
                lastFrameRead = view.number
                if followsTCP, let frame = FollowFrameReader.Frame(view) {
                    let segment = frame.segment
                    lastFrames.note(stream: frame.stream, frame: segment.frameNumber)
                    let key = StreamKey(followed: .tcp, stream: frame.stream)
                    if wants(key) {
                        let owner = distributor.owner(of: key)
                        if owner == 0 {
                            local(.segment(stream: frame.stream, segment, frame.flags))
                        } else {
                            distributor.hand(segment, flags: frame.flags, stream: frame.stream, to: owner)
                        }
                    }
                }
                if followsUDP, view.layers.udpCount > 0 {
                    var position: UInt32 = 0
                    view.forEachUDPStream { stream in
                        lastFrames.note(stream: stream, frame: view.number)
                        let key = StreamKey(followed: .udp, stream: stream)
                        if wants(key) {
                            let owner = distributor.owner(of: key)
                            if owner == 0 {
                                local(.datagrams(stream: stream, position: position, HandedDatagrams(frame: view)))
                            } else {
                                distributor.handDatagrams(of: view, stream: stream, position: position, to: owner)
                            }
                        }
                        position += 1
                    }
                }
                for key in endingAt(view) {
                    let owner = distributor.owner(of: key)
                    if owner == 0 { local(.finish(key)) } else { distributor.handFinish(key, to: owner) }
                }
                distributor.frameRead(view.number, handedOver: handedOver)
            }
        } catch {
            damage = error
        }
    }
}
