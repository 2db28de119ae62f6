import Foundation

/// Something that can be graded: it runs one invocation of one case and reports what it printed.
///
/// Every implementation, tshark included, is a subject; the kit never links a reassembler's code.
public protocol Subject: Sendable {
    /// The name used in reports and looked up in `case.json` `divergence`.
    var name: String { get }

    /// Runs one invocation.
    /// - Returns: the output, with stderr already canonical.
    /// - Throws: when the subject could not be started at all.
    func run(_ invocation: Invocation, of testCase: CorpusCase, context: SubjectContext) throws -> Observation
}

/// What a subject may need besides the invocation: where the case is, and what tshark printed.
public struct SubjectContext: Sendable {
    /// The repository layout.
    public var layout: CorpusLayout
    /// The case folder; subjects run with it as the working directory.
    public var caseDirectory: URL
    /// An empty folder the subject may write to (per-direction files of flow-splitting tools).
    public var scratchDirectory: URL
    /// The golden of this invocation, if recorded: adapters read the node endpoints from it.
    public var golden: Observation?

    /// Creates a context.
    public init(layout: CorpusLayout, caseDirectory: URL, scratchDirectory: URL, golden: Observation?) {
        self.layout = layout
        self.caseDirectory = caseDirectory
        self.scratchDirectory = scratchDirectory
        self.golden = golden
    }
}
