/// How a case came out for one subject.
public enum CaseStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every graded invocation matched.
    case pass = "PASS"
    /// An invocation differed (or a recorded divergence no longer happens).
    case fail = "FAIL"
    /// An invocation differed, as `case.json` `divergence` says it would for this subject.
    case xfail = "XFAIL"
    /// The level applies to none of the case's invocations.
    case skip = "SKIP"
}

/// The grading of one invocation.
public struct InvocationResult: Sendable, Hashable, Codable {
    /// What happened.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// Matched at the requested level.
        case match
        /// Differed; `mismatch` says where.
        case mismatch
        /// The level does not apply; `note` says why.
        case notApplicable = "not-applicable"
        /// No golden was recorded, or the subject could not be run; `note` says which.
        case error
    }

    /// The invocation name (golden file stem).
    public var name: String
    /// The outcome.
    public var outcome: Outcome
    /// The first difference, for `mismatch`.
    public var mismatch: Mismatch?
    /// Extra text for `notApplicable` and `error`.
    public var note: String?

    /// Creates a result.
    public init(name: String, outcome: Outcome, mismatch: Mismatch? = nil, note: String? = nil) {
        self.name = name
        self.outcome = outcome
        self.mismatch = mismatch
        self.note = note
    }

    /// Whether this invocation counts against the case.
    public var isFailure: Bool {
        outcome == .mismatch || outcome == .error
    }
}

/// The grading of one case: its status and each invocation's result.
public struct CaseResult: Sendable, Hashable, Codable {
    /// The case id.
    public var id: String
    /// The case's area (first id component).
    public var area: String
    /// The overall status.
    public var status: CaseStatus
    /// The divergence reason (XFAIL) or why a PASS became a FAIL (stale divergence).
    public var reason: String?
    /// Per-invocation results, in manifest order.
    public var invocations: [InvocationResult]

    /// Derives the status from the invocation results and the case's divergence for the subject.
    public init(id: String, area: String, invocations: [InvocationResult], divergence: String?) {
        self.id = id
        self.area = area
        self.invocations = invocations
        let failed = invocations.contains(where: \.isFailure)
        let graded = invocations.contains { $0.outcome != .notApplicable }
        switch (failed, divergence) {
        case (true, nil):
            status = .fail
        case (true, let reason?):
            status = .xfail
            self.reason = reason
        case (false, _) where !graded:
            status = .skip
        case (false, nil):
            status = .pass
        case (false, let reason?):
            status = .fail
            self.reason = "unexpected pass: case.json divergence is stale (\(reason))"
        }
    }
}
