/// One packet as a capture file stores it: when, on which interface, and which bytes.
public struct CaptureRecord: Sendable, Hashable {
    /// Whole seconds since the Unix epoch.
    public var seconds: UInt64
    /// Nanoseconds within the second (0..<1_000_000_000).
    public var nanoseconds: UInt32
    /// The captured bytes, starting with the link-layer header.
    public var data: [UInt8]
    /// The length of the packet on the wire; at least `data.count` unless a case wants otherwise.
    public var originalLength: Int
    /// The pcapng interface index (ignored by pcap).
    public var interface: Int

    /// Creates a record.
    /// - Parameters:
    ///   - seconds: whole seconds since the epoch.
    ///   - nanoseconds: fraction of the second in nanoseconds.
    ///   - data: the captured bytes.
    ///   - originalLength: the wire length; `nil` means `data.count` (nothing cut).
    ///   - interface: the pcapng interface index.
    public init(seconds: UInt64, nanoseconds: UInt32, data: [UInt8], originalLength: Int? = nil, interface: Int = 0) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.data = data
        self.originalLength = originalLength ?? data.count
        self.interface = interface
    }

    /// The timestamp as one count of nanoseconds since the epoch.
    public var totalNanoseconds: UInt64 {
        seconds &* 1_000_000_000 &+ UInt64(nanoseconds)
    }
}
