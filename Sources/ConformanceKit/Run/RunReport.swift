/// Everything one grading run found, ready to render as text or JSON.
public struct RunReport: Sendable, Hashable, Codable {
    /// Counts of each status, for one area or the whole run.
    public struct Tally: Sendable, Hashable, Codable {
        public var pass = 0
        public var fail = 0
        public var xfail = 0
        public var skip = 0

        /// Creates an empty tally.
        public init() {}

        /// Adds one case.
        public mutating func add(_ status: CaseStatus) {
            switch status {
            case .pass: pass += 1
            case .fail: fail += 1
            case .xfail: xfail += 1
            case .skip: skip += 1
            }
        }

        /// Cases that ran.
        public var total: Int { pass + fail + xfail + skip }
    }

    /// The subject's name.
    public var subject: String
    /// The level graded.
    public var level: ConformanceLevel
    /// One result per case, in id order.
    public var cases: [CaseResult]

    /// Creates a report.
    public init(subject: String, level: ConformanceLevel, cases: [CaseResult]) {
        self.subject = subject
        self.level = level
        self.cases = cases
    }

    /// Tallies per area, in first-seen (id) order.
    public var areas: [(area: String, tally: Tally)] {
        var order: [String] = []
        var tallies: [String: Tally] = [:]
        for result in cases {
            if tallies[result.area] == nil { order.append(result.area) }
            tallies[result.area, default: Tally()].add(result.status)
        }
        return order.map { ($0, tallies[$0] ?? Tally()) }
    }

    /// The tally of the whole run.
    public var total: Tally {
        var tally = Tally()
        for result in cases { tally.add(result.status) }
        return tally
    }

    /// Whether nothing failed (XFAIL and SKIP are not failures).
    public var succeeded: Bool { total.fail == 0 }
}
