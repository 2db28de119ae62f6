/// What the walk over IPv6 extension headers remembers about the packet it is inside.
struct ExtensionChain {
    /// Source and (possibly rerouted) destination for the transport layer.
    var addresses: AddressPair
    /// False when the headers follow an IPv4 header, where tshark skips a Fragment header
    /// without reassembling and ignores routing.
    var isInsideIPv6: Bool
    /// Whether every byte the IPv6 payload length declares was captured (a fragment must be, to
    /// be reassembled).
    var isCapturedWhole: Bool
}
