/// One side of a TCP conversation: an address and a port.
package struct Endpoint: Hashable, Sendable {
    package var address: IPAddress
    package var port: UInt16

    package init(address: IPAddress, port: UInt16) {
        self.address = address
        self.port = port
    }
}
