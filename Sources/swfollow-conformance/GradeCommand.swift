import ConformanceKit
import Foundation

/// `run` and `verify`: grade a subject and print the report.
struct GradeCommand {
    let options: Options

    /// The subject and level the options describe.
    func subject() throws -> (ProcessSubject, ConformanceLevel) {
        if options.command == "verify" {
            guard let template = options.subject else {
                throw Options.UsageError(message: "verify needs --subject TEMPLATE")
            }
            let subject = ProcessSubject(
                template: CommandTemplate(template), name: options.name, timeout: options.timeout)
            return (subject, options.level ?? .l3)
        }
        // Cases run in their own folders, so a relative --binary is made absolute first.
        let binary = options.binary.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            ?? Self.siblingBinary().path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Options.UsageError(message: "no swfollow binary at \(binary); build it or pass --binary")
        }
        let subject = ProcessSubject(
            template: CommandTemplate(ShellQuoting.quote(binary) + " {args}"), name: "swfollow",
            timeout: options.timeout)
        return (subject, options.level ?? .l3)
    }

    /// `swfollow` in the folder of this executable (the build products folder).
    static func siblingBinary() -> URL {
        let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return me.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("swfollow")
    }

    /// Grades every selected case; returns the exit status (0 only if nothing failed).
    func run() throws -> Int32 {
        let layout = try options.layout()
        let corpus = try Corpus(layout: layout)
        let (subject, level) = try subject()
        let runner = Runner(layout: layout, subject: subject, level: level)
        let text = TextReport(listPasses: !options.quiet)
        let report = runner.grade(corpus.cases(matching: options.cases)) { result in
            guard !options.json, !options.quiet || result.status != .pass else { return }
            Console.out(text.caseLines(result).joined(separator: "\n") + "\n")
        }
        if options.json {
            Console.out(String(decoding: try report.jsonData(), as: UTF8.self))
        } else {
            Console.out(
                "\n" + text.summaryTable(report).joined(separator: "\n") + "\n" + text.closingLine(report.total) + "\n")
        }
        if options.saveScore {
            try ScoreCard(report: report, template: subject.template.text).save(layout: layout)
        }
        return report.succeeded ? 0 : 1
    }
}
