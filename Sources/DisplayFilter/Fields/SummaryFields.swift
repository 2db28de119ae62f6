/// The fields protocol summaries are made of, looked up once in the registry.
struct SummaryFields: Sendable {
    var frameNumber, frameLength, captureLength: FieldID?
    var ethernetSource, ethernetDestination: FieldID?
    var ipv4Source, ipv4Destination, ipv6Source, ipv6Destination: FieldID?
    var sourcePort, destinationPort, stream, sequence, acknowledgment, segmentLength, flags: FieldID?
    var udpSourcePort, udpDestinationPort: FieldID?

    init(_ registry: FieldRegistry) {
        frameNumber = registry.field(named: "frame.number")
        frameLength = registry.field(named: "frame.len")
        captureLength = registry.field(named: "frame.cap_len")
        ethernetSource = registry.field(named: "eth.src")
        ethernetDestination = registry.field(named: "eth.dst")
        ipv4Source = registry.field(named: "ip.src")
        ipv4Destination = registry.field(named: "ip.dst")
        ipv6Source = registry.field(named: "ipv6.src")
        ipv6Destination = registry.field(named: "ipv6.dst")
        sourcePort = registry.field(named: "tcp.srcport")
        destinationPort = registry.field(named: "tcp.dstport")
        stream = registry.field(named: "tcp.stream")
        sequence = registry.field(named: "tcp.seq")
        acknowledgment = registry.field(named: "tcp.ack")
        segmentLength = registry.field(named: "tcp.len")
        flags = registry.field(named: "tcp.flags")
        udpSourcePort = registry.field(named: "udp.srcport")
        udpDestinationPort = registry.field(named: "udp.dstport")
    }
}

extension FieldProvider {
    /// The `index`-th value (0 = first) of `field`, for values that own their data (not bytes).
    func value(of field: FieldID?, at index: Int) -> FieldValue? {
        guard let field else { return nil }
        var seen = 0
        var found: FieldValue?
        forEachValue(of: field) { value, _ in
            if seen == index {
                found = value
                return false
            }
            seen += 1
            return true
        }
        return found
    }

    /// The `index`-th value of an unsigned field.
    func unsigned(_ field: FieldID?, at index: Int) -> UInt32? {
        if case .unsigned(let number) = value(of: field, at: index) { return number }
        return nil
    }
}
