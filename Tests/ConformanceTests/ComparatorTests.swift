import ConformanceKit
import Testing

/// The three comparison levels on hand-written tshark-like outputs.
@Suite("Comparator levels")
struct ComparatorTests {
    static let raw = Invocation(name: "follow-raw-0", args: ["-r", "{capture}", "-qz", "follow,tcp,raw,0"])
    static let ascii = Invocation(name: "follow-ascii-0", args: ["-r", "{capture}", "-qz", "follow,tcp,ascii,0"])
    static let marker = Array("[5 bytes missing in capture file]".utf8) + [0]

    /// A raw-mode block with the given records (node, bytes) and endpoints.
    static func rawOutput(_ records: [(Int, [UInt8])], node0: String = "10.0.0.1:40000", node1: String = "10.0.0.2:80")
        -> [UInt8]
    {
        var text = "\n" + String(repeating: "=", count: 67) + "\nFollow: tcp,raw\nFilter: tcp.stream eq 0\n"
        text += "Node 0: \(node0)\nNode 1: \(node1)\n"
        for (node, bytes) in records {
            text += (node == 1 ? "\t" : "") + bytes.map { String(format: "%02x", $0) }.joined() + "\n"
        }
        return Array((text + String(repeating: "=", count: 67) + "\n").utf8)
    }

    static func observation(_ stdout: [UInt8], exit: Int32 = 0, stderr: String = "") -> Observation {
        Observation(stdout: stdout, exitStatus: exit, stderr: stderr)
    }

    static func mismatch(_ verdict: Verdict) -> Mismatch? {
        if case .mismatch(let mismatch) = verdict { return mismatch }
        return nil
    }

    @Test("L3 reports the exit status before anything else")
    func exitStatus() throws {
        let verdict = Comparator(level: .l3).compare(
            expected: Self.observation([1], exit: 0), actual: Self.observation([2], exit: 2), invocation: Self.ascii)
        let mismatch = try #require(Self.mismatch(verdict))
        #expect(mismatch.aspect == "exit status")
        #expect(mismatch.detail == "expected 0, got 2")
    }

    @Test("L3 finds the first differing stdout byte and cuts 16-byte windows")
    func stdoutOffset() throws {
        let expected = Array("0123456789abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var actual = expected
        actual[30] = UInt8(ascii: "#")
        let mismatch = try #require(
            Self.mismatch(
                Comparator(level: .l3).compare(
                    expected: Self.observation(expected), actual: Self.observation(actual), invocation: Self.ascii)))
        #expect(mismatch.aspect == "stdout")
        #expect(mismatch.offset == 30)
        #expect(mismatch.expected?.start == 14)
        #expect(mismatch.expected?.hex.count == 64)
        #expect(mismatch.actual?.rendered.hasPrefix("0000000e  65 66 67") == true)
        #expect(mismatch.actual?.rendered.contains("|efghijklmnopqrst#vwxyz0123456789|") == true)
    }

    @Test("L3 treats a prefix as a difference at the shorter length")
    func stdoutPrefix() throws {
        let mismatch = try #require(
            Self.mismatch(
                Comparator(level: .l3).compare(
                    expected: Self.observation([1, 2, 3]), actual: Self.observation([1, 2]), invocation: Self.ascii)))
        #expect(mismatch.offset == 2)
        #expect(mismatch.detail.contains("expected 3 bytes, got 2"))
    }

    @Test("L3 compares canonical stderr and matches identical observations")
    func stderrAndMatch() {
        let expected = Self.observation([], exit: 1, stderr: "<tool>: follow - Invalid display mode.\n")
        let wrong = Self.observation([], exit: 1, stderr: "<tool>: follow - Invalid range.\n")
        #expect(
            Self.mismatch(Comparator(level: .l3).compare(expected: expected, actual: wrong, invocation: Self.ascii))?
                .aspect == "stderr")
        #expect(Comparator(level: .l3).compare(expected: expected, actual: expected, invocation: Self.ascii) == .match)
    }

    @Test("L2 and L1 do not apply to non-raw modes or failing goldens")
    func notApplicable() {
        let golden = Self.observation(Self.rawOutput([(0, [1])]))
        for level in [ConformanceLevel.l2, .l1] {
            if case .notApplicable = Comparator(level: level).compare(
                expected: golden, actual: golden, invocation: Self.ascii)
            {
            } else {
                Issue.record("\(level) should not apply to ascii mode")
            }
            let ranged = Invocation(name: "r", args: ["-r", "{capture}", "-qz", "follow,tcp,raw,0,2-3"])
            let rangedVerdict = Comparator(level: level).compare(expected: golden, actual: golden, invocation: ranged)
            #expect((rangedVerdict == .match) == (level == .l2))
            let failed = Self.observation([], exit: 1, stderr: "x")
            if case .notApplicable = Comparator(level: level).compare(
                expected: failed, actual: failed, invocation: Self.raw)
            {
            } else {
                Issue.record("\(level) should not apply to an error golden")
            }
        }
    }

    @Test("L2 accepts different text around the same records and rejects a merged record")
    func recordLevel() throws {
        let golden = Self.observation(Self.rawOutput([(0, [0x61, 0x62]), (0, [0x63]), (1, [0x64])]))
        var relaxed = Self.rawOutput([(0, [0x61, 0x62]), (0, [0x63]), (1, [0x64])])
        relaxed.replaceSubrange(0..<1, with: Array("header text\n".utf8))
        #expect(
            Comparator(level: .l2).compare(
                expected: golden, actual: Self.observation(relaxed, exit: 0), invocation: Self.raw) == .match)
        let merged = Self.observation(Self.rawOutput([(0, [0x61, 0x62, 0x63]), (1, [0x64])]))
        let mismatch = try #require(
            Self.mismatch(Comparator(level: .l2).compare(expected: golden, actual: merged, invocation: Self.raw)))
        #expect(mismatch.aspect == "record 1 (node 0)")
        #expect(mismatch.offset == 2)
        #expect(Comparator(level: .l1).compare(expected: golden, actual: merged, invocation: Self.raw) == .match)
    }

    @Test("L2 reports a wrong node, a missing record and different Node lines")
    func recordLevelFailures() throws {
        let golden = Self.observation(Self.rawOutput([(0, [1]), (1, [2])]))
        let swapped = Self.observation(Self.rawOutput([(1, [1]), (1, [2])]))
        #expect(
            Self.mismatch(Comparator(level: .l2).compare(expected: golden, actual: swapped, invocation: Self.raw))?
                .detail == "expected node 0, got node 1")
        let short = Self.observation(Self.rawOutput([(0, [1])]))
        #expect(
            Self.mismatch(Comparator(level: .l2).compare(expected: golden, actual: short, invocation: Self.raw))?.detail
                == "expected 2 records, got 1")
        let otherNodes = Self.observation(
            Self.rawOutput([(0, [1]), (1, [2])], node0: "10.0.0.2:80", node1: "10.0.0.1:40000"))
        #expect(
            Self.mismatch(Comparator(level: .l2).compare(expected: golden, actual: otherNodes, invocation: Self.raw))?
                .aspect == "node lines")
        let garbage = Self.observation(Array("no transcript".utf8), exit: 3)
        #expect(
            Self.mismatch(Comparator(level: .l2).compare(expected: golden, actual: garbage, invocation: Self.raw))?
                .detail == "not a raw follow transcript (exit 3)")
    }

    @Test("L1 matches directions by endpoint and ignores missing-data markers")
    func streamLevel() throws {
        let golden = Self.observation(Self.rawOutput([(0, [1, 2]), (0, Self.marker), (0, [3]), (1, [9])]))
        let swappedNodes = Self.observation(
            Self.rawOutput([(0, [9]), (1, [1, 2, 3])], node0: "10.0.0.2:80", node1: "10.0.0.1:40000"))
        #expect(Comparator(level: .l1).compare(expected: golden, actual: swappedNodes, invocation: Self.raw) == .match)
        let zeroFilled = Self.observation(Self.rawOutput([(0, [1, 2, 0, 0, 0, 0, 0, 3]), (1, [9])]))
        let mismatch = try #require(
            Self.mismatch(Comparator(level: .l1).compare(expected: golden, actual: zeroFilled, invocation: Self.raw)))
        #expect(mismatch.aspect == "stream from 10.0.0.1:40000")
        #expect(mismatch.offset == 2)
    }

    @Test("the marker detector needs the exact text and the NUL")
    func markerDetection() {
        #expect(FollowTranscript.Record(node: 0, bytes: Self.marker).isMissingDataMarker)
        #expect(!FollowTranscript.Record(node: 0, bytes: Array(Self.marker.dropLast())).isMissingDataMarker)
        #expect(
            !FollowTranscript.Record(node: 0, bytes: Array("[x bytes missing in capture file]".utf8) + [0])
                .isMissingDataMarker)
    }

    @Test("transcripts parse from raw text; non-hex lines are rejected")
    func transcriptParsing() throws {
        let transcript = try #require(FollowTranscript(rawOutput: Self.rawOutput([(0, [0xAB]), (1, [0x01, 0x02])])))
        #expect(transcript.records == [.init(node: 0, bytes: [0xAB]), .init(node: 1, bytes: [1, 2])])
        #expect(transcript.node1 == "10.0.0.2:80")
        var bad = Self.rawOutput([(0, [0xAB])])
        bad[bad.count - 70] = UInt8(ascii: "g")
        #expect(FollowTranscript(rawOutput: bad) == nil)
        #expect(FollowTranscript(rawOutput: Array("nothing".utf8)) == nil)
    }
}
