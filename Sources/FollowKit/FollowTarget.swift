import FollowCore
import FollowOutput

/// TCP or UDP.
public enum TransportProtocol: String, Hashable, Sendable, CaseIterable {
    /// TCP: bytes reassembled in sequence order, as Wireshark's Follow TCP Stream shows them.
    case tcp
    /// UDP (and UDP-Lite): each datagram's payload is one record, in capture order.
    case udp

    var followed: FollowProtocol { self == .tcp ? .tcp : .udp }
}

/// A stream: its protocol and its Wireshark index (`tcp.stream` or `udp.stream`).
public struct StreamID: Hashable, Sendable, CustomStringConvertible {
    /// TCP or UDP.
    public var transport: TransportProtocol
    /// The `tcp.stream` or `udp.stream` index.
    public var index: UInt32

    /// The stream `index` of `transport`.
    public init(_ transport: TransportProtocol, _ index: UInt32) {
        self.transport = transport
        self.index = index
    }

    /// `tcp.stream eq 3`, the display filter that selects it.
    public var description: String { "\(transport.rawValue).stream eq \(index)" }
}

/// What one follow takes, in the two forms tshark's `-z follow` accepts.
public enum FollowTarget: Hashable, Sendable {
    /// One stream by its index: `-z follow,tcp,MODE,3`.
    case stream(StreamID)
    /// Every frame between two endpoints, in either direction, whatever its stream:
    /// `-z follow,tcp,MODE,10.0.0.1:80,10.0.0.2:5000`. A reused 4-tuple's streams are followed
    /// as one, as tshark does.
    case endpoints(TransportProtocol, Endpoint, Endpoint)

    /// Stream `index` of TCP.
    public static func tcp(_ index: UInt32) -> Self { .stream(StreamID(.tcp, index)) }
    /// Stream `index` of UDP.
    public static func udp(_ index: UInt32) -> Self { .stream(StreamID(.udp, index)) }

    /// TCP or UDP.
    public var transport: TransportProtocol {
        switch self {
        case .stream(let id): id.transport
        case .endpoints(let transport, _, _): transport
        }
    }

    /// The request a `-z follow` argument with this target makes.
    func request(mode: FollowOutput.FollowMode, range: RecordRange?) -> FollowRequest {
        switch self {
        case .stream(let id):
            FollowRequest(followed: id.transport.followed, mode: mode, filter: .stream(id.index), range: range)
        case .endpoints(let transport, let first, let second):
            FollowRequest(
                followed: transport.followed, mode: mode, filter: .addressPair(first.decoding, second.decoding),
                range: range)
        }
    }
}
