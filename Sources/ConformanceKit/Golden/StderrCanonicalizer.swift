/// Makes stderr comparable across tools: the only rewriting the kit ever does (stdout is never touched).
///
/// Rules, applied line by line:
/// 1. A line starting with `Running as user ` (tshark's warning when run as root) is dropped.
/// 2. A line starting with `<program>: ` for a known program name starts with `<tool>: ` instead.
public struct StderrCanonicalizer: Sendable, Hashable {
    /// The text that replaces a program name.
    public static let placeholder = "<tool>"

    /// Program names whose `name: ` prefix is replaced.
    public var programNames: [String]

    /// Creates a canonicaliser.
    /// - Parameter programNames: names to replace; `tshark` and `swfollow` are always included.
    public init(programNames: [String] = []) {
        var names = ["tshark", "swfollow"]
        for name in programNames where !name.isEmpty && !names.contains(name) { names.append(name) }
        self.programNames = names
    }

    /// Applies the rules to `text`.
    public func canonicalize(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Running as user ") { continue }
            lines.append(replacingProgramName(in: line))
        }
        return lines.joined(separator: "\n")
    }

    private func replacingProgramName(in line: Substring) -> Substring {
        for name in programNames where line.hasPrefix(name + ": ") {
            return Substring(Self.placeholder) + line.dropFirst(name.count)
        }
        return line
    }
}
