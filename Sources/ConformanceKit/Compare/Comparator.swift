/// Grades one subject observation against its golden at a given level.
public struct Comparator: Sendable {
    /// The level to grade at.
    public var level: ConformanceLevel

    /// Creates a comparator.
    public init(level: ConformanceLevel) {
        self.level = level
    }

    /// Compares `actual` with `expected` for `invocation`.
    ///
    /// Both observations must already have canonical stderr. L2 and L1 apply only to invocations
    /// with a single `raw`-mode follow whose golden exited 0, and L1 only without a RANGE (it has no
    /// records to select); otherwise the verdict is `notApplicable`.
    public func compare(expected: Observation, actual: Observation, invocation: Invocation) -> Verdict {
        switch level {
        case .l3: compareExact(expected: expected, actual: actual)
        case .l2, .l1: compareTranscripts(expected: expected, actual: actual, invocation: invocation)
        }
    }

    private func compareExact(expected: Observation, actual: Observation) -> Verdict {
        if expected.exitStatus != actual.exitStatus {
            return .mismatch(
                Mismatch(aspect: "exit status", detail: "expected \(expected.exitStatus), got \(actual.exitStatus)"))
        }
        if let mismatch = Mismatch.bytes("stdout", expected: expected.stdout, actual: actual.stdout) {
            return .mismatch(mismatch)
        }
        if let mismatch = Mismatch.bytes(
            "stderr", expected: Array(expected.stderr.utf8), actual: Array(actual.stderr.utf8))
        {
            return .mismatch(mismatch)
        }
        return .match
    }

    private func compareTranscripts(expected: Observation, actual: Observation, invocation: Invocation) -> Verdict {
        let specs = invocation.followSpecs
        guard specs.count == 1, specs[0].mode == "raw", expected.exitStatus == 0,
            let golden = FollowTranscript(rawOutput: expected.stdout)
        else { return .notApplicable("\(level) grades single raw-mode follows that succeed") }
        if level == .l1, specs[0].range != nil {
            return .notApplicable("L1 has no records for a RANGE to select")
        }
        guard let subject = FollowTranscript(rawOutput: actual.stdout) else {
            var mismatch = Mismatch(aspect: "stdout", detail: "not a raw follow transcript (exit \(actual.exitStatus))")
            mismatch.expected = HexWindow(expected.stdout, around: 0)
            mismatch.actual = HexWindow(actual.stdout, around: 0)
            return .mismatch(mismatch)
        }
        let mismatch = level == .l2 ? Self.compareRecords(golden, subject) : Self.compareStreams(golden, subject)
        return mismatch.map(Verdict.mismatch) ?? .match
    }

    /// L2: node lines, then each record's node and bytes, in order.
    static func compareRecords(_ golden: FollowTranscript, _ subject: FollowTranscript) -> Mismatch? {
        if golden.node0 != subject.node0 || golden.node1 != subject.node1 {
            return Mismatch(
                aspect: "node lines",
                detail: "expected \(golden.node0) / \(golden.node1), got \(subject.node0) / \(subject.node1)")
        }
        for index in 0..<max(golden.records.count, subject.records.count) {
            let label = "record \(index + 1)"
            guard index < golden.records.count, index < subject.records.count else {
                return Mismatch(
                    aspect: label,
                    detail: "expected \(golden.records.count) records, got \(subject.records.count)")
            }
            let want = golden.records[index]
            let got = subject.records[index]
            if want.node != got.node {
                return Mismatch(aspect: label, detail: "expected node \(want.node), got node \(got.node)")
            }
            if let mismatch = Mismatch.bytes(label + " (node \(want.node))", expected: want.bytes, actual: got.bytes) {
                return mismatch
            }
        }
        return nil
    }

    /// L1: the bytes each endpoint sent, matched by endpoint text so that the Node 0 choice does not matter.
    static func compareStreams(_ golden: FollowTranscript, _ subject: FollowTranscript) -> Mismatch? {
        for node in 0...1 {
            let endpoint = golden.endpoint(ofNode: node)
            var subjectNode = node
            if subject.endpoint(ofNode: 1 - node) == endpoint, subject.endpoint(ofNode: node) != endpoint {
                subjectNode = 1 - node
            }
            let aspect = "stream from \(endpoint.isEmpty || endpoint == ":0" ? "node \(node)" : endpoint)"
            if let mismatch = Mismatch.bytes(
                aspect, expected: golden.stream(ofNode: node), actual: subject.stream(ofNode: subjectNode))
            {
                return mismatch
            }
        }
        return nil
    }
}
