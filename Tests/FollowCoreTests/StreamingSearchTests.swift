import Foundation
import PCRE2Regex
import PacketDecoding
import TestSupport
import Testing

@testable import FollowCore

/// The segmentation-invariance verifier: the same data cut into records in many random ways (and
/// split by gaps) must give exactly the matches of a search of each gap-free piece as a whole.
@Suite("search: segmentation invariance")
struct StreamingSearchTests {
    /// Patterns whose matches depend on what comes next or before: hard partial matching, anchors,
    /// lookaround, word boundaries, lazy and greedy repeats, alternatives of different lengths.
    static let patterns = [
        "ab", "a+b", "a+", "(a|ab)(c|bcd)?", "abc|a", "^a", "b$", "(?m)^x", "(?m)y$", "(?<=a)b", "\\bxy",
        "a.*?b", "x{2,5}", "(?s)a.{3}b", "[ab]+\\n", "\\Aab", "y\\z", "a(?=b)", "(?<!x)y", "(?<=ab\\n)x+",
        "b\\B", "\\n\\n", "(x|y)*b",
    ]

    @Test("random cuts and gaps give the whole-piece matches", arguments: patterns)
    func invariance(pattern: String) throws {
        var random = SplitMix64(seed: UInt64(pattern.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
        let compiled = try PCRE2Pattern(pattern)
        for _ in 0..<150 {
            let data = (0..<random.next(upTo: 120)).map { _ in Array("abxy\n".utf8)[random.next(upTo: 5)] }
            var cuts = Set((0..<random.next(upTo: 12)).map { _ in random.next(upTo: data.count + 1) })
            let gaps = Set(cuts.filter { _ in random.next(upTo: 6) == 0 })
            cuts.formUnion(gaps)
            let found = try streamed(pattern, data: data, cuts: cuts.sorted(), gaps: gaps)
            let expected = whole(compiled, data: data, gaps: gaps.sorted())
            #expect(
                found == expected,
                "data \(String(decoding: data, as: UTF8.self).debugDescription) cuts \(cuts.sorted()) gaps \(gaps.sorted())"
            )
        }
    }

    @Test("a possible match longer than --max-match is decided on its first N bytes")
    func maxMatch() throws {
        let data = Array(("BEGIN" + String(repeating: ".", count: 100) + "END").utf8)
        let pattern = "(?s)BEGIN.*END"
        #expect(
            try streamed(pattern, data: data, cuts: [30, 60, 90], gaps: [], maxMatch: 65536)
                == [Found(offset: 0, bytes: data)])
        #expect(
            try streamed(pattern, data: data, cuts: [30, 60, 90], gaps: [], maxMatch: 108)
                == [Found(offset: 0, bytes: data)])
        #expect(try streamed(pattern, data: data, cuts: [30, 60, 90], gaps: [], maxMatch: 107) == [])
        #expect(
            try streamed("(?s)BEGIN.*", data: data, cuts: [30, 60, 90], gaps: [], maxMatch: 50)
                == [Found(offset: 0, bytes: Array(data[..<50]))])
    }

    /// One match: offset and bytes.
    struct Found: Equatable, CustomStringConvertible {
        var offset: Int
        var bytes: [UInt8]
        var description: String { "\(offset):\(String(decoding: bytes, as: UTF8.self).debugDescription)" }
    }

    /// Feeds `data` to a stream scanner in records ending at `cuts`, with a gap at each offset of `gaps`.
    private func streamed(
        _ pattern: String, data: [UInt8], cuts: [Int], gaps: Set<Int>, maxMatch: Int = 65536
    ) throws -> [Found] {
        var options = SearchOptions()
        options.output = .json
        options.contextBytes = 3
        options.maxMatchLength = maxMatch
        let report = SearchReport(output: .json, verbose: false, patternCount: 1)
        let context = SearchContext(patterns: [try PCRE2Pattern(pattern)], report: report, options: options)
        var scanner = StreamScanner(stream: 0, context: context)
        let endpoint = Endpoint(address: .v4(1), port: 1)
        scanner.begin(node0: endpoint, node1: endpoint)
        var start = 0
        for cut in cuts + [data.count] {
            data[start..<cut].withUnsafeBytes {
                scanner.record(node: 0, frameNumber: 1, timestamp: .zero, bytes: $0)
            }
            if gaps.contains(cut) { scanner.gap(node: 0, missing: 1, frameNumber: 1) }
            start = cut
        }
        scanner.finish()
        return try String(decoding: report.text, as: UTF8.self).split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard object?["type"] as? String == "match", let offset = object?["offset"] as? Int,
                let text = object?["match"] as? String
            else { return nil }
            return Found(offset: offset, bytes: text.unicodeScalars.map { UInt8($0.value) })
        }.sorted { $0.offset < $1.offset }
    }

    /// The non-overlapping, non-empty matches of each gap-free piece searched whole.
    private func whole(_ pattern: PCRE2Pattern, data: [UInt8], gaps: [Int]) -> [Found] {
        var found: [Found] = []
        var pieceStart = 0
        for pieceEnd in gaps + [data.count] where pieceEnd >= pieceStart {
            Array(data[pieceStart..<pieceEnd]).withUnsafeBytes { piece in
                var start = 0
                while true {
                    switch pattern.streamingMatch(in: piece, startingAt: start, isEndOfData: true) {
                    case .complete(let range) where !range.isEmpty:
                        found.append(Found(offset: pieceStart + range.lowerBound, bytes: Array(piece[range])))
                        start = range.upperBound
                    case .complete where start < piece.count:
                        start += 1
                    default:
                        return
                    }
                }
            }
            pieceStart = pieceEnd
        }
        return found
    }
}
