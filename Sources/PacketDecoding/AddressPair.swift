/// The network-layer source and destination that a transport header inside inherits.
///
/// `destination` is the *final* destination when a source route is still in progress (an IPv4
/// LSRR/SSRR option or an IPv6 routing header with segments left), which is the address tshark
/// gives the TCP conversation.
package struct AddressPair: Hashable, Sendable {
    package var source: IPAddress
    package var destination: IPAddress

    package init(source: IPAddress, destination: IPAddress) {
        self.source = source
        self.destination = destination
    }

    /// A placeholder: both addresses 0.0.0.0.
    static let unspecified = AddressPair(source: .v4(0), destination: .v4(0))
}
