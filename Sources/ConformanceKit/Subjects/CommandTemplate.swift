/// A shell command with `{placeholder}` slots, expanded once per invocation.
///
/// | placeholder | value |
/// |---|---|
/// | `{args}` | the invocation's arguments, `{capture}` resolved, each shell-quoted |
/// | `{capture}` | the capture file name (relative to the case folder, the working directory) |
/// | `{mode}` `{stream}` `{filter}` `{range}` | pieces of the first `-z follow,tcp,…` argument |
/// | `{node0}` `{node1}` | the endpoints the golden names (`10.0.0.1:40000`, `[2001:db8::1]:80`, `:0`) |
/// | `{root}` | the repository root; `{scratch}` an empty folder; `{case}` the case id |
///
/// Every value is substituted already shell-quoted; unknown `{names}` are left as written.
public struct CommandTemplate: Sendable, Hashable {
    /// The template text.
    public var text: String

    /// Creates a template.
    public init(_ text: String) {
        self.text = text
    }

    /// The placeholder values for one invocation, unquoted (`args` is already a quoted list).
    public static func values(
        invocation: Invocation, testCase: CorpusCase, context: SubjectContext
    ) -> [String: String] {
        let spec = invocation.followSpecs.first
        let nodes = context.golden.flatMap { NodeEndpoints.parse($0.stdout) }
        let quotedArgs = invocation.resolvedArguments(capture: testCase.capture).map(ShellQuoting.quote)
        return [
            "args": quotedArgs.joined(separator: " "),
            "capture": testCase.capture,
            "mode": spec?.mode ?? "",
            "stream": spec?.stream ?? "",
            "filter": spec?.filter ?? "",
            "range": spec?.range ?? "",
            "node0": nodes?.node0 ?? "",
            "node1": nodes?.node1 ?? "",
            "root": context.layout.root.path,
            "scratch": context.scratchDirectory.path,
            "case": testCase.id,
        ]
    }

    /// Replaces every known `{name}` with its value, shell-quoted (except `args`).
    public func expand(_ values: [String: String]) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            let tail = rest[rest.index(after: open)...]
            if let close = tail.firstIndex(of: "}"), let value = values[String(tail[..<close])] {
                let name = String(tail[..<close])
                output += name == "args" ? value : ShellQuoting.quote(value)
                rest = tail[tail.index(after: close)...]
            } else {
                output += "{"
                rest = tail
            }
        }
        return output + rest
    }

    /// The first word of the template without its folder and extension (`tcpflow` for `…/tcpflow.sh {…}`).
    public var defaultSubjectName: String {
        let first = text.split(separator: " ").first.map(String.init) ?? "subject"
        let base = first.split(separator: "/").last.map(String.init) ?? first
        return base.split(separator: ".").first.map(String.init) ?? base
    }
}
