import ConformanceKit
import FollowKit
import Foundation

/// The conformance goldens a library user can reproduce: single `-z follow` invocations with no
/// other option, which tshark answered with status 0.
struct GoldenFollow: CustomStringConvertible, Sendable {
    var caseID: String
    var capture: URL
    var golden: URL
    var mode: FollowMode
    var target: FollowTarget
    var records: ClosedRange<UInt32>?

    var description: String { "\(caseID) \(golden.lastPathComponent)" }

    /// The package root, two levels above this file's folder.
    static let layout = CorpusLayout(
        root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent())

    /// Every such invocation of the committed corpus.
    static let all: [GoldenFollow] = {
        guard let corpus = try? Corpus(layout: layout) else { return [] }
        return corpus.cases.flatMap { testCase in
            testCase.invocations.compactMap { invocation in
                GoldenFollow(testCase: testCase, invocation: invocation)
            }
        }
    }()

    init?(testCase: CorpusCase, invocation: Invocation) {
        let args = invocation.args
        guard args.count == 4, args[0] == "-r", args[2] == "-qz" || args[2] == "-q -z", testCase.divergence == nil
        else { return nil }
        let golden = Self.layout.goldenDirectory(testCase.id).appendingPathComponent(invocation.name + ".stdout")
        let status = golden.deletingPathExtension().appendingPathExtension("status.json")
        guard let statusText = try? String(contentsOf: status, encoding: .utf8), statusText.contains("\"exit\":0"),
            let parsed = Self.parse(args[3])
        else { return nil }
        caseID = testCase.id
        capture = Self.layout.caseDirectory(testCase.id).appendingPathComponent(testCase.capture)
        self.golden = golden
        (mode, target, records) = parsed
    }

    /// `follow,PROTO,MODE,N[,RANGE]` or `follow,PROTO,MODE,A:P,B:Q[,RANGE]`, in their plain
    /// spellings only (tshark's C-style quirks are the command line's business).
    static func parse(_ argument: String) -> (FollowMode, FollowTarget, ClosedRange<UInt32>?)? {
        let items = argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard items.count >= 4, items[0] == "follow", let transport = TransportProtocol(rawValue: items[1]),
            let mode = FollowMode(name: items[2])
        else { return nil }
        var rest = items.dropFirst(3)
        let target: FollowTarget
        if let index = UInt32(rest.first ?? ""), String(index) == rest.first {
            target = .stream(StreamID(transport, index))
            rest = rest.dropFirst()
        } else if rest.count >= 2, let first = endpoint(rest.first!), let second = endpoint(rest.dropFirst().first!) {
            target = .endpoints(transport, first, second)
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        guard rest.count <= 1 else { return nil }
        guard let rangeText = rest.first else { return (mode, target, nil) }
        let bounds = rangeText.split(separator: "-").compactMap { UInt32($0) }
        guard (1...2).contains(bounds.count), bounds[0] >= 1, bounds.last! >= bounds[0] else { return nil }
        return (mode, target, bounds[0]...bounds.last!)
    }

    /// `10.0.0.1:80` or `[2001:db8::1]:80`.
    static func endpoint(_ text: String) -> Endpoint? {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
            return nil
        }
        var address = String(text[..<colon])
        if address.hasPrefix("["), address.hasSuffix("]") {
            address = String(address.dropFirst().dropLast())
        }
        return IPAddress(address).map { Endpoint(address: $0, port: port) }
    }
}
