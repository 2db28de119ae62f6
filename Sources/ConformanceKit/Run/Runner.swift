import Foundation

/// Grades a subject against the goldens, case by case.
public struct Runner: Sendable {
    /// The corpus folders.
    public let layout: CorpusLayout
    /// What is graded.
    public let subject: any Subject
    /// How strictly.
    public let level: ConformanceLevel
    private let store: GoldenStore

    /// Creates a runner.
    public init(layout: CorpusLayout, subject: any Subject, level: ConformanceLevel) {
        self.layout = layout
        self.subject = subject
        self.level = level
        store = GoldenStore(layout: layout)
    }

    /// Grades every case, calling `progress` after each.
    public func grade(_ cases: [CorpusCase], progress: (CaseResult) -> Void = { _ in }) -> RunReport {
        var results: [CaseResult] = []
        for testCase in cases {
            let result = grade(testCase)
            progress(result)
            results.append(result)
        }
        return RunReport(subject: subject.name, level: level, cases: results)
    }

    /// Grades one case: every invocation, then the status from the case's divergence for this subject.
    public func grade(_ testCase: CorpusCase) -> CaseResult {
        let results = testCase.invocations.map { grade($0, of: testCase) }
        return CaseResult(
            id: testCase.id, area: testCase.area, invocations: results,
            divergence: testCase.divergenceReason(for: subject.name))
    }

    /// Runs and grades one invocation.
    public func grade(_ invocation: Invocation, of testCase: CorpusCase) -> InvocationResult {
        let golden: Observation
        do {
            guard let loaded = try store.load(caseID: testCase.id, invocation: invocation.name) else {
                return InvocationResult(name: invocation.name, outcome: .error, note: "no golden recorded")
            }
            golden = loaded
        } catch {
            return InvocationResult(name: invocation.name, outcome: .error, note: "unreadable golden: \(error)")
        }
        let comparator = Comparator(level: level)
        if case .notApplicable(let why) = comparator.compare(expected: golden, actual: golden, invocation: invocation) {
            return InvocationResult(name: invocation.name, outcome: .notApplicable, note: why)
        }
        do {
            let actual = try Self.withScratch { scratch in
                try subject.run(invocation, of: testCase, context: context(testCase, scratch: scratch, golden: golden))
            }
            switch comparator.compare(expected: golden, actual: actual, invocation: invocation) {
            case .match: return InvocationResult(name: invocation.name, outcome: .match)
            case .mismatch(let mismatch):
                return InvocationResult(name: invocation.name, outcome: .mismatch, mismatch: mismatch)
            case .notApplicable(let why):
                return InvocationResult(name: invocation.name, outcome: .notApplicable, note: why)
            }
        } catch {
            return InvocationResult(name: invocation.name, outcome: .error, note: "could not run subject: \(error)")
        }
    }

    private func context(_ testCase: CorpusCase, scratch: URL, golden: Observation?) -> SubjectContext {
        SubjectContext(
            layout: layout, caseDirectory: layout.caseDirectory(testCase.id), scratchDirectory: scratch, golden: golden)
    }

    /// Calls `body` with a fresh empty folder, removed afterwards (with its `.runner` sibling).
    public static func withScratch<T>(_ body: (URL) throws -> T) throws -> T {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "swfollow-conformance-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: base)
            try? FileManager.default.removeItem(atPath: base.path + ".runner")
        }
        return try body(base)
    }
}
