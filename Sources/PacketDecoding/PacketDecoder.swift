/// Decodes captured frames down to their TCP header, the way tshark 4.0's dissectors see it.
///
/// The only state kept between frames is IP defragmentation (tshark reassembles IPv4 and IPv6
/// fragments by default). Layers understood, outermost first:
///
/// * link: Ethernet (802.3/LLC-SNAP too), 802.1Q/802.1ad/QinQ tags, Linux SLL v1/v2, BSD NULL,
///   OpenBSD LOOP, raw IP (101, 12, 14, 228, 229), PPP (9, 50), Cisco HDLC (104), PPPoE, MPLS;
/// * network: IPv4 (options, TSO length 0, source routes, fragments), IPv6 (extension headers,
///   Jumbo Payload, routing headers, fragments), AH;
/// * tunnels tshark follows to an inner TCP: IP-in-IP, GRE (IP, IPv6, Ethernet, ERSPAN, PPP, MPLS),
///   and over UDP GTP-U, VXLAN, VXLAN-GPE, GENEVE and Teredo;
/// * ICMP and ICMPv6 errors, whose quoted TCP header is reported with `isQuotedInICMP`.
///
/// Never traps on malformed input and allocates nothing per frame, except to store and assemble
/// IP fragments.
package struct PacketDecoder {
    /// Options that change what counts as TCP (tshark's `ip.defragment` and `ipv6.defragment`).
    package struct Options: Sendable {
        /// Reassemble IPv4 fragments before TCP sees them (`ip.defragment`, default true).
        package var defragment: Bool
        /// Reassemble IPv6 fragments before TCP sees them (`ipv6.defragment`, default true).
        package var defragmentIPv6: Bool

        package init(defragment: Bool = true, defragmentIPv6: Bool = true) {
            self.defragment = defragment
            self.defragmentIPv6 = defragmentIPv6
        }
    }

    let options: Options
    /// IP fragments waiting for the rest of their datagram.
    var defragmenter = IPDefragmenter()
    /// Where a completed datagram is assembled; segments point into it until the next decode.
    var reassembled = ReassemblyBuffer()
    /// Whether the last decode completed a datagram into `reassembled`: only then does the next
    /// decode reset it (a reset per frame would cost every frame the buffer's access checks).
    var hasReassembled = false
    /// The number the caller gave the frame being decoded, kept with its IP fragments.
    var frameNumber: UInt64 = 0
    /// Where decoding writes down the layers it passes through.
    var recorder = LayerRecorder()
    /// The layers the last ``decode(linkType:bytes:originalLength:frameNumber:)`` passed through, whether or
    /// not it found TCP: a UDP or ARP frame still has its Ethernet, VLAN and IP layers here.
    /// Valid until the next decode. (It reads `recorder`, and changes only with it.)
    package private(set) var layers: LayerTrail

    /// The defragmenter's memory bounds: incomplete datagrams held at most, and fragment bytes
    /// held at most over all of them. Past either, the oldest incomplete datagram is dropped.
    package static let defragmentationLimits = (datagrams: 4096, bytes: 64 << 20)

    /// How many incomplete IP datagrams the defragmenter dropped to bound its memory (tshark
    /// keeps them all; see ``IPDefragmenter``).
    package var droppedDatagrams: Int { defragmenter.droppedDatagrams }

    package init(options: Options = Options()) {
        self.options = options
        layers = LayerTrail(record: recorder.record)
    }

    /// Decodes one frame.
    ///
    /// - Parameters:
    ///   - linkType: The capture's link-layer header type for this frame.
    ///   - bytes: The captured bytes.
    ///   - originalLength: The frame's length on the wire; lengths tshark takes from "the rest of
    ///     the frame" (an IPv4 total length of 0, a length field past the end) use it.
    /// - Returns: The TCP segment the frame carries: possibly one completed by defragmentation
    ///   (its payload then lives in the decoder, valid until the next call), or one quoted in an
    ///   ICMP error. Nil when tshark would not see a TCP header of at least 16 bytes.
    ///   Either way, ``layers`` then lists the layers passed through.
    package mutating func decode(
        linkType: LinkType, bytes: UnsafeRawBufferPointer, originalLength: Int, frameNumber: UInt64 = 0
    ) -> TCPSegment? {
        self.frameNumber = frameNumber
        if !isKnownUniquelyReferenced(&reassembled) {
            reassembled = ReassemblyBuffer()
        }
        if hasReassembled {
            reassembled.reset()
            hasReassembled = false
        }
        if !isKnownUniquelyReferenced(&recorder) {
            recorder = LayerRecorder()
            layers = LayerTrail(record: recorder.record)
        }
        recorder.record.pointee.reset(frame: bytes)
        let frame = ByteCursor(bytes: bytes, reportedLength: max(originalLength, bytes.count))
        return dissectLinkLayer(linkType, frame, DissectionContext())
    }

    /// Dispatches on the link-layer header type, as wiretap maps `LINKTYPE_*` values.
    @inline(__always)
    private mutating func dissectLinkLayer(
        _ linkType: LinkType, _ frame: ByteCursor, _ context: DissectionContext
    ) -> TCPSegment? {
        switch linkType.rawValue {
        case LinkType.ethernet.rawValue:
            return dissectEthernet(frame, context)
        case LinkType.linuxSLL.rawValue:
            return dissectLinuxSLL(frame, context)
        case LinkType.linuxSLL2.rawValue:
            return dissectLinuxSLL2(frame, context)
        case LinkType.null.rawValue:
            return dissectNull(frame, context)
        case LinkType.loop.rawValue:
            return dissectLoop(frame, context)
        case LinkType.raw.rawValue, LinkType.ipv4.rawValue, 12, 14:
            // DLT_RAW is 12 or 14 on some platforms; wiretap reads both as raw IP. Raw IP and
            // LINKTYPE_IPV4 alike go by the version nibble, so an IPv6 packet is still IPv6.
            return dissectIP(frame, context)
        case LinkType.ipv6.rawValue:
            return dissectIPv6(frame, context)
        case 9, 50:
            // LINKTYPE_PPP and LINKTYPE_PPP_HDLC.
            return dissectPPP(frame, context, allowsAddressAndControl: true)
        case 104:
            return dissectCiscoHDLC(frame, context)
        default:
            return nil
        }
    }

    /// Notes that decoding passed through a `kind` layer whose bytes, header first, are `span`
    /// (`reportedLength` long on the wire, when the snap length cut them).
    @inline(__always)
    func recordLayer(
        _ kind: DecodedLayer.Kind, _ span: UnsafeRawBufferPointer, headerLength: Int, reportedLength: Int = 0,
        _ context: DissectionContext
    ) {
        recorder.record.pointee.add(
            kind, span: span, headerLength: headerLength, reportedLength: reportedLength,
            isReassembled: context.isInReassembledData, isQuoted: context.isInErrorPacket)
    }
}
