/// The network-layer source and destination that a transport header inside inherits.
///
/// `destination` is the *final* destination when a source route is still in progress (an IPv4
/// LSRR/SSRR option or an IPv6 routing header with segments left), which is the address tshark
/// gives the TCP conversation.
struct AddressPair {
    var source: IPAddress
    var destination: IPAddress
}
