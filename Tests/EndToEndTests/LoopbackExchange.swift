import Foundation
import Glibc

/// A TCP server and client on 127.0.0.1 that exchange known bytes: the client sends ``request``
/// in several writes, the server answers ``response``, and both close.
struct LoopbackExchange {
    /// The bytes the client sends (node 0 of the stream, which opens it).
    let request: [UInt8]
    /// The bytes the server answers.
    let response: [UInt8]
    /// The server's listening socket, bound to a free port before the capture starts.
    private let listener: Int32
    /// The port the server listens on.
    let port: UInt16

    /// Binds a listener to a free port of 127.0.0.1 and makes up the bytes.
    init(requestLength: Int = 5000, responseLength: Int = 3000) throws {
        request = (0..<requestLength).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        response = (0..<responseLength).map { UInt8(truncatingIfNeeded: $0 &* 17 &+ 3) }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = Self.loopback(port: 0)
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, size) }
        }
        guard descriptor >= 0, bound == 0, listen(descriptor, 1) == 0 else { throw ExchangeError.socket(errno) }
        var length = size
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Connects (``connectPair()``, which closes the listener), sends the request in 1000-byte
    /// writes, reads it on the server side, answers, and closes both ends.
    func run() throws {
        let (client, server) = try connectPair()
        for start in stride(from: 0, to: request.count, by: 1000) {
            try Self.send(Array(request[start..<min(start + 1000, request.count)]), on: client)
            usleep(20_000)
        }
        _ = try Self.receive(request.count, on: server)
        try Self.send(response, on: server)
        _ = try Self.receive(response.count, on: client)
        close(client)
        close(server)
    }

    /// Connects a client and accepts it: (client, server) descriptors, for a test that sends
    /// its own bytes over time and closes them itself.
    func connectPair() throws -> (client: Int32, server: Int32) {
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = Self.loopback(port: port)
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, size) }
        }
        guard connected == 0 else { throw ExchangeError.socket(errno) }
        let server = accept(listener, nil, nil)
        guard server >= 0 else { throw ExchangeError.socket(errno) }
        close(listener)
        return (client, server)
    }

    /// Sends `bytes` on a descriptor of ``connectPair()``.
    func send(_ bytes: [UInt8], on descriptor: Int32) throws {
        try Self.send(bytes, on: descriptor)
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    private static func send(_ bytes: [UInt8], on descriptor: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, 0) }
            guard sent > 0 else { throw ExchangeError.socket(errno) }
            offset += sent
        }
    }

    private static func receive(_ count: Int, on descriptor: Int32) throws -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.count < count {
            let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard got > 0 else { throw ExchangeError.socket(errno) }
            received += buffer[..<got]
        }
        return received
    }
}

/// A socket call of the exchange failed, with its errno.
enum ExchangeError: Error {
    case socket(Int32)
}
