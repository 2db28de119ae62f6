import ConformanceKit
import Foundation

/// `list`: the cases (and their invocations), as text or JSON.
struct ListCommand {
    let options: Options

    /// Prints the selected cases.
    func run() throws -> Int32 {
        let corpus = try Corpus(layout: options.layout())
        let cases = corpus.cases(matching: options.cases)
        if options.json {
            let entries = cases.map {
                ["id": $0.id, "summary": $0.summary, "invocations": $0.invocations.map(\.name).joined(separator: " ")]
            }
            Console.out(String(decoding: try StableJSON.encode(entries), as: UTF8.self))
            return 0
        }
        for item in cases {
            Console.out("\(item.id)  \(item.summary)\n")
            if !options.quiet {
                for invocation in item.invocations {
                    Console.out("    \(invocation.name): \(invocation.args.joined(separator: " "))\n")
                }
            }
        }
        Console.out("\(cases.count) cases, \(cases.reduce(0) { $0 + $1.invocations.count }) invocations\n")
        return 0
    }
}
