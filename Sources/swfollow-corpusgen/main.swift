import ConformanceKit
import Foundation

/// `swfollow-corpusgen [--root DIR] [--check]`: writes (or checks) every generated case.
struct CorpusGenCommand {
    var root = FileManager.default.currentDirectoryPath
    var check = false

    /// Parses the command line; exits with usage on anything unknown.
    init(arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--check": check = true
            case "--root": root = rest.popFirst() ?? root
            default:
                FileHandle.standardError.write(Data("usage: swfollow-corpusgen [--root DIR] [--check]\n".utf8))
                exit(64)
            }
        }
    }

    /// Generates into the corpus, or into a temporary folder and compares.
    func run() throws -> Int32 {
        let layout = CorpusLayout(root: URL(fileURLWithPath: root))
        let specs = Catalog.all()
        let duplicates = Dictionary(grouping: specs, by: \.id).filter { $0.value.count > 1 }.keys.sorted()
        if !duplicates.isEmpty {
            FileHandle.standardError.write(Data("duplicate case ids: \(duplicates)\n".utf8))
            return 1
        }
        let writer = CorpusWriter(casesDirectory: layout.casesDirectory)
        if check {
            let problems = try writer.check(specs)
            for problem in problems { print(problem) }
            print(problems.isEmpty ? "\(specs.count) generated cases match" : "\(problems.count) differences")
            return problems.isEmpty ? 0 : 1
        }
        try writer.write(specs)
        print("wrote \(specs.count) cases to \(layout.casesDirectory.path)")
        return 0
    }
}

do {
    exit(try CorpusGenCommand(arguments: Array(CommandLine.arguments.dropFirst())).run())
} catch {
    FileHandle.standardError.write(Data("swfollow-corpusgen: \(error)\n".utf8))
    exit(1)
}
