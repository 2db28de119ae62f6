import CaptureFile
import DisplayFilter
import PacketDecoding
import TCPReassembly

/// Reads a capture and decodes, TCP-numbers (`tcp.stream`, relative sequence numbers:
/// FOLLOW-RULES R3, R4.1b) and describes every frame.
///
/// The one decode-and-number loop: follow, search and display filters all read frames through
/// it. The current frame is updated in place, so reading a frame copies nothing big:
///
/// ```swift
/// while try frames.next() {
///     if filter.matches(frames.frame) { … frames.frame.segment … }
/// }
/// ```
@usableFromInline package struct FrameFieldReader {
    /// One frame: its number, timestamp, TCP header (`segment`, possibly quoted in an ICMP
    /// error) and stream (`assignment`), and its display-filter fields.
    package typealias Frame = FrameFieldView

    /// The frame the last successful ``next()`` read; its bytes are valid until the next call.
    @usableFromInline package private(set) var frame: FrameFieldView
    /// The record the last successful ``next()`` read, as the capture file holds it (what a
    /// writer copying frames needs); its bytes are valid until the next call.
    package private(set) var captured = CapturedFrame(
        linkType: .ethernet, timestamp: .zero, originalLength: 0, bytes: UnsafeRawBufferPointer(start: nil, count: 0))
    /// When the capture's first frame (of any protocol) was captured: tshark's reference for
    /// relative times. Nil before the first frame.
    package private(set) var firstTimestamp: Timestamp?
    private let reader: CaptureReader
    private let frameLimit: UInt64?
    /// `-2 -R`: the frames it rejects are skipped, the others renumbered (FOLLOW-RULES R1.11).
    private let readFilter: DisplayFilter?
    /// How many frames have been read, kept or not (what `-c` limits).
    private var framesRead: UInt64 = 0
    /// How many frames the read filter has kept.
    private var keptCount: UInt64 = 0
    private var decoder: PacketDecoder
    private var streams = StreamTable()
    private var udpStreams = UDPStreamTable()
    /// The directions of each stream that sent an SCPS capabilities option (bit 0: direction 0,
    /// bit 1: direction 1), which tshark keeps per connection. Empty unless SCPS is seen.
    private var scpsCapable: [UInt32: UInt8] = [:]

    /// How many incomplete IP datagrams were dropped so far to bound memory (tshark keeps them).
    package var droppedDatagrams: Int { decoder.droppedDatagrams }

    /// - Parameters:
    ///   - reader: the capture.
    ///   - options: the decoder's defragmentation preferences.
    ///   - relativeSequenceNumbers: `tcp.relative_sequence_numbers`.
    ///   - frameLimit: `-c`: how many frames to read at most.
    ///   - readFilter: `-2 -R`: frames it rejects are numbered into their TCP streams (tshark's
    ///     first pass sees them) but not handed out, and the frames handed out are numbered
    ///     1, 2, 3 …; the filter itself sees the original frame numbers.
    package init(
        reader: CaptureReader, options: PacketDecoder.Options = .init(), relativeSequenceNumbers: Bool = true,
        frameLimit: UInt64? = nil, readFilter: DisplayFilter? = nil
    ) {
        self.reader = reader
        self.frameLimit = frameLimit
        self.readFilter = readFilter
        decoder = PacketDecoder(options: options)
        frame = FrameFieldView(
            number: 0, timestamp: .zero, originalLength: 0, layers: LayerTrail(), segment: nil, assignment: nil,
            relativeSequenceNumbers: relativeSequenceNumbers)
    }

    /// Reads, decodes and numbers the next frame (the next one the read filter keeps) into ``frame``.
    /// - Returns: false after the last frame (or the frame limit).
    /// - Throws: the reader's error for a damaged capture; the frames before it were valid.
    @usableFromInline package mutating func next() throws(CaptureError) -> Bool {
        while frameLimit.map({ framesRead < $0 }) ?? true, let captured = try reader.nextFrame() {
            framesRead += 1
            self.captured = captured
            if firstTimestamp == nil { firstTimestamp = captured.timestamp }
            frame.timestamp = captured.timestamp
            frame.originalLength = captured.originalLength
            updateInterface(captured.interfaceID, direction: captured.direction)
            let segment = decoder.decode(
                linkType: captured.linkType, bytes: captured.bytes, originalLength: captured.originalLength,
                frameNumber: framesRead)
            if let segment {
                frame.assignment = streams.assign(segment)
            } else {
                frame.assignment = nil
            }
            frame.segment = segment
            // Raw values, not `==` or OptionSet's generic members: this runs for every frame.
            frame.isTCPMalformed = false
            if let segment, segment.reachesTCPTap {
                if segment.optionVerdict.rawValue != TCPOptionVerdict.wellFormed.rawValue {
                    frame.isTCPMalformed = frame.hasThrowingOption
                }
                if segment.scpsOptions.rawValue != 0 || !scpsCapable.isEmpty {
                    judgeSCPS(segment)
                }
            }
            frame.layers = decoder.layers
            frame.udpStreams.removeAll()
            if frame.layers.udpCount > 0 {
                numberUDP(frame.layers)
            }
            frame.number = framesRead
            guard let readFilter else { return true }
            guard readFilter.matches(frame) else { continue }
            keptCount += 1
            frame.number = keptCount
            return true
        }
        return false
    }

    /// Whether the capture is pcapng (``CaptureReader/isPcapng``).
    package var isPcapng: Bool { reader.isPcapng }

    /// The capture's interfaces read so far (``CaptureReader/interfaces``).
    package var interfaces: [CaptureInterface] { reader.interfaces }

    /// Interface `index` of the capture (``CaptureReader/interface(at:)``).
    package func interface(at index: Int) -> CaptureInterface? {
        reader.interface(at: index)
    }

    /// Numbers each UDP layer of the frame just decoded that passes the length check.
    private mutating func numberUDP(_ layers: LayerTrail) {
        for index in 0..<layers.count where layers[index].kind.isUDP {
            let datagram = layers.udpDatagram(at: index)
            if let datagram, datagram.hasStream {
                frame.udpStreams.append(udpStreams.assign(source: datagram.source, destination: datagram.destination))
            } else {
                frame.udpStreams.append(nil)
            }
        }
    }

    /// Applies tshark's per-connection SCPS state to the frame just numbered (``SCPSOptions``).
    private mutating func judgeSCPS(_ segment: TCPSegment) {
        guard let assignment = frame.assignment else { return }
        var capable = scpsCapable[assignment.stream] ?? 0
        let sender: UInt8 = assignment.direction == 0 ? 1 : 2
        let options = segment.scpsOptions
        let extendedThrows = options.contains(.extendedOverruns) && capable & sender != 0
        if extendedThrows {
            frame.isTCPMalformed = true
        }
        if options.contains(.offersCapabilities)
            || (options.contains(.offersCapabilitiesLater) && !extendedThrows)
        {
            capable |= sender
        }
        // verify_scps: a SYN/ACK that reached the end of the TCP dissector keeps the flags only
        // when both directions offered SCPS.
        if segment.flags.contains([.syn, .ack]) && capable != 0 && capable != 3 && !frame.isTCPMalformed {
            capable = 0
        }
        if capable != 0 || scpsCapable[assignment.stream] != nil {
            scpsCapable[assignment.stream] = capable
        }
    }

    /// Sets ``frame``'s interface for `id` and the packet's direction; the name is looked up
    /// only when the id changes.
    private mutating func updateInterface(_ id: Int?, direction: PacketDirection?) {
        guard let id else {
            frame.interface = nil
            return
        }
        if frame.interface?.id != id {
            frame.interface = FrameInterface(name: reader.interfaceName(id), id: id)
        }
        frame.interface?.direction = direction
    }
}
