import Foundation
import Glibc
import Testing

/// Live capture on the loopback (`-i lo`), with a client and server the test runs on 127.0.0.1:
/// what swfollow follows is what was sent, `-w` saves what tshark and swfollow then read back the
/// same, and the stops (`-a`, `-c`, SIGINT, SIGTERM) and failures behave as tshark's.
///
/// Capturing needs root or CAP_NET_RAW: without them these tests are skipped, and say why.
@Suite(
    "live capture", .serialized,
    .enabled(if: CapturePermission.isGranted, "capturing needs root or CAP_NET_RAW (see README, Live)"))
struct LiveCaptureTests {
    /// A fresh path for a `-w` file.
    private static func temporaryCapture() -> String {
        NSTemporaryDirectory() + "swfollow-live-\(UUID().uuidString).pcapng"
    }

    @Test("-a duration with -w: the bytes sent are followed, and -r of the file prints the same")
    func durationAndSavedFile() throws {
        let exchange = try LoopbackExchange()
        let file = Self.temporaryCapture()
        defer { unlink(file) }
        let statistics = ["-q", "-z", "follow,tcp,raw,0", "-z", "conv,tcp"]
        let live = try LiveProcess(
            ["-i", "lo", "-f", "tcp port \(exchange.port)", "-a", "duration:5", "-w", file] + statistics)
        #expect(live.waitForStandardError(containing: "Capturing on 'Loopback: lo'\n"))
        try exchange.run()
        let result = live.finish()
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix("Capturing on 'Loopback: lo'\n"))
        #expect(result.standardError.hasSuffix(" packets captured\n"))
        let nodes = RawFollowBlock(result.standardOutput)
        #expect(nodes.node0 == exchange.request)
        #expect(nodes.node1 == exchange.response)
        let reread = try SwfollowProcess.run(["-r", file] + statistics, in: SharedMaterial.packageRoot)
        #expect(reread.standardOutput == result.standardOutput)
        if let tshark = CapturePermission.tshark {
            let theirs = try SwfollowProcess.run(
                ["-r", file] + statistics, in: SharedMaterial.packageRoot, executable: tshark)
            #expect(theirs.standardOutput == result.standardOutput)
        }
    }

    @Test(
        "SIGINT and SIGTERM stop the capture: the blocks print, the count follows, exit 0",
        arguments: [SIGINT, SIGTERM])
    func signalStops(_ signal: Int32) throws {
        let exchange = try LoopbackExchange(requestLength: 100, responseLength: 50)
        let live = try LiveProcess(["-i", "lo", "-f", "tcp port \(exchange.port)", "-q", "-z", "follow,tcp,raw,0"])
        #expect(live.waitForStandardError(containing: "Capturing on"))
        try exchange.run()
        usleep(300_000)
        live.send(signal)
        let result = live.finish()
        #expect(result.status == 0)
        #expect(RawFollowBlock(result.standardOutput).node0 == exchange.request)
        #expect(result.standardError.range(of: #"\n\d+ packets captured\n$"#, options: .regularExpression) != nil)
    }

    @Test("--live: each record prints while the capture still runs, before the stream ends")
    func liveRecords() throws {
        let exchange = try LoopbackExchange()
        let live = try LiveProcess(
            [
                "-i", "lo", "-f", "tcp port \(exchange.port)", "-a", "duration:20", "--live", "-q", "-z",
                "follow,tcp,ascii,0",
            ])
        #expect(live.waitForStandardError(containing: "Capturing on"))
        let (client, server) = try exchange.connectPair()
        try exchange.send(Array("first record\n".utf8), on: client)
        #expect(live.waitForStandardOutput(containing: "first record\n"))
        try exchange.send(Array("second record\n".utf8), on: server)
        #expect(live.waitForStandardOutput(containing: "\t14\nsecond record\n"))
        close(client)
        close(server)
        live.send(SIGINT)
        let result = live.finish()
        #expect(result.status == 0)
        #expect(String(decoding: result.standardOutput, as: UTF8.self).hasSuffix("=\n"))
    }

    @Test("search --interface: a match split over two segments prints within a second, while capturing")
    func liveSearch() throws {
        let exchange = try LoopbackExchange()
        let live = try LiveProcess([
            "search", "--interface", "lo", "-f", "tcp port \(exchange.port)", "-e", #"PASS \S+"#, "-a", "duration:20",
        ])
        #expect(live.waitForStandardError(containing: "Capturing on"))
        let (client, server) = try exchange.connectPair()
        try exchange.send(Array("USER bob\r\nPA".utf8), on: client)
        usleep(200_000)
        try exchange.send(Array("SS hunter2\r\n".utf8), on: client)
        #expect(live.waitForStandardOutput(containing: "[PASS hunter2]\n", seconds: 1))
        close(client)
        close(server)
        live.send(SIGINT)
        let result = live.finish()
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix("Capturing on 'Loopback: lo'\n"))
    }

    @Test("-c N stops after N packets")
    func packetCount() throws {
        let exchange = try LoopbackExchange(requestLength: 100, responseLength: 50)
        let live = try LiveProcess(["-i", "lo", "-f", "tcp port \(exchange.port)", "-c", "3", "-q", "-z", "conv,tcp"])
        #expect(live.waitForStandardError(containing: "Capturing on"))
        try exchange.run()
        let result = live.finish()
        #expect(result.status == 0)
        #expect(result.standardError == "Capturing on 'Loopback: lo'\n3 packets captured\n")
    }

    @Test("a capture filter libpcap rejects: tshark's words on one line, exit 1, nothing on stdout")
    func badFilter() throws {
        let result = try SwfollowProcess.run(
            ["-i", "lo", "-f", "tcp prot 80", "-q", "-z", "follow,tcp,raw,0"], in: SharedMaterial.packageRoot)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError
                == "swfollow: Invalid capture filter \"tcp prot 80\" for interface 'Loopback'. That string isn't a valid"
                + " capture filter (can't parse filter expression: syntax error).\n")
    }

    @Test("an unknown interface name or number: tshark's words, exit 1")
    func unknownInterface() throws {
        let cases: [(String, String)] = [
            ("swfollow-nosuch0", "swfollow: There is no device named \"swfollow-nosuch0\". (No such device exists)\n"),
            ("0", "swfollow: There is no interface with that adapter index\n"),
            ("9999", "swfollow: There is no interface with that adapter index\n"),
            ("-1", "swfollow: The specified adapter index is a negative number\n"),
        ]
        for (interface, message) in cases {
            let result = try SwfollowProcess.run(["-i", interface, "-q"], in: SharedMaterial.packageRoot)
            #expect(result.status == 1)
            #expect(result.standardError == message)
        }
    }

    @Test(
        "an interface that goes away mid-capture: dumpcap's words, the count, exit 2",
        .enabled(if: CapturePermission.isRoot && ipTool != nil, "making a veth pair needs root and ip(8)"))
    func interfaceGoesAway() throws {
        let name = "swf\(getpid() % 100_000)"
        guard try Self.ip(["link", "add", name, "type", "veth", "peer", "name", name + "p"]) == 0 else {
            withKnownIssue("this kernel cannot make a veth pair") { Issue.record("veth unavailable") }
            return
        }
        defer { _ = try? Self.ip(["link", "del", name]) }
        _ = try Self.ip(["link", "set", name, "up"])
        let live = try LiveProcess(["-i", name, "-q", "-z", "conv,tcp"])
        #expect(live.waitForStandardError(containing: "Capturing on '\(name)'"))
        _ = try Self.ip(["link", "del", name])
        let result = live.finish()
        #expect(result.status == 2)
        #expect(
            result.standardError.contains(
                "swfollow: The network adapter \"\(name)\" is no longer attached; the capture has stopped.\n"))
        #expect(result.standardError.hasSuffix(" captured\n"))
    }

    @Test(
        "no permission to capture: tshark's first words and what to do, on one line, exit 1",
        .enabled(
            if: CapturePermission.isRoot && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "dropping privileges needs root and setpriv(1)"))
    func noPermission() throws {
        let arguments = [
            "--reuid=65534", "--regid=65534", "--clear-groups", SharedMaterial.binary.path, "-i", "lo", "-q",
        ]
        let result = try SwfollowProcess.run(
            arguments, in: SharedMaterial.packageRoot, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        let text = result.standardError
        #expect(result.status == 1)
        #expect(text.hasPrefix("swfollow: You do not have permission to capture on device \"lo\". ("))
        #expect(text.contains("CAP_NET_RAW and CAP_NET_ADMIN"))
        #expect(text.filter { $0 == "\n" }.count == 1)
    }

    /// ip(8), when installed.
    static let ipTool = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs `ip ARGUMENTS` quietly; its exit status.
    private static func ip(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ipTool ?? "/sbin/ip")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// The bytes of each node in a `follow,tcp,raw` block: one hex line per record, node 1's
/// indented with a tab.
struct RawFollowBlock {
    var node0: [UInt8] = []
    var node1: [UInt8] = []

    init(_ output: Data) {
        let text = String(decoding: output, as: UTF8.self)
        guard let block = text.components(separatedBy: "Follow: tcp,raw\n").last else { return }
        var inRecords = false
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Node 1:") {
                inRecords = true
            } else if line.hasPrefix("====") {
                if inRecords { break }
            } else if inRecords {
                let isNode1 = line.hasPrefix("\t")
                let bytes = Self.bytes(ofHex: line.drop(while: { $0 == "\t" }))
                if isNode1 { node1 += bytes } else { node0 += bytes }
            }
        }
    }

    private static func bytes(ofHex hex: Substring) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), index != hex.endIndex {
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }
}
