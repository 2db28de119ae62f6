import ConformanceKit
import Foundation

/// The parsed command line of `swfollow-conformance` (hand-parsed: the target depends on ConformanceKit only).
struct Options {
    /// A command-line mistake; printed with the usage text, exit 64.
    struct UsageError: Error {
        var message: String
    }

    var command = ""
    var root: String?
    var binary: String?
    var subject: String?
    var name: String?
    var level: ConformanceLevel?
    var cases: [String] = []
    var json = false
    var quiet = false
    var saveScore = false
    var recordWith: String?
    var tshark = "tshark"
    var force = false
    var timeout = 120.0

    static let usage = """
        usage: swfollow-conformance <command> [options]

        commands:
          run     [--binary PATH]                   grade swfollow (default: next to this program) at L3
          verify  --subject TEMPLATE [--name N] [--level L1|L2|L3] [--save-score]
                                                    grade another tool; TEMPLATE placeholders:
                                                    {args} {capture} {mode} {stream} {filter} {range}
                                                    {node0} {node1} {root} {scratch} {case}
          record  --with tshark [--tshark PATH] [--force]
                                                    rewrite Golden/ from real tshark (version-checked)
          list                                      list cases and invocations
          readme                                    regenerate the case list and score table of Conformance/README.md

        common options:
          --case PREFIX     only cases whose id starts with PREFIX (repeatable)
          --root DIR        repository root (default: found from the current directory)
          --json            machine-readable report (run, verify, list)
          --quiet           list only failing cases
          --timeout SEC     per-invocation time limit (default 120)

        """

    /// Parses `arguments` (without the program name).
    /// - Throws: `UsageError` on an unknown option or a missing value.
    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        guard let command = rest.popFirst() else { throw UsageError(message: "missing command") }
        self.command = command
        func value(_ option: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError(message: "\(option) needs a value") }
            return next
        }
        while let option = rest.popFirst() {
            switch option {
            case "--root": root = try value(option)
            case "--binary": binary = try value(option)
            case "--subject": subject = try value(option)
            case "--name": name = try value(option)
            case "--level":
                let text = try value(option)
                guard let parsed = ConformanceLevel(name: text) else { throw UsageError(message: "bad level \(text)") }
                level = parsed
            case "--case": cases.append(try value(option))
            case "--json": json = true
            case "--quiet": quiet = true
            case "--save-score": saveScore = true
            case "--with": recordWith = try value(option)
            case "--tshark": tshark = try value(option)
            case "--force": force = true
            case "--timeout":
                let text = try value(option)
                guard let seconds = Double(text), seconds > 0 else { throw UsageError(message: "bad timeout \(text)") }
                timeout = seconds
            default: throw UsageError(message: "unknown option \(option)")
            }
        }
    }

    /// The corpus layout from `--root` or the nearest ancestor of the current directory holding the corpus.
    func layout() throws -> CorpusLayout {
        if let root { return CorpusLayout(root: URL(fileURLWithPath: root)) }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let found = CorpusLayout.locate(from: here) else {
            throw UsageError(message: "no Conformance/cases above \(here.path); use --root")
        }
        return found
    }
}
