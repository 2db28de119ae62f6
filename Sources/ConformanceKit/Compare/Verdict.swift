/// The outcome of grading one invocation.
public enum Verdict: Sendable, Hashable {
    /// The subject matched the golden at the requested level.
    case match
    /// The subject differed; the first difference is described.
    case mismatch(Mismatch)
    /// The level does not apply to this invocation (for example L2 on an error case).
    case notApplicable(String)
}
