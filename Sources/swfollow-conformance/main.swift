import Foundation

/// Dispatches `swfollow-conformance <command>`; usage errors exit 64, other failures 2.
func main() -> Int32 {
    do {
        let options = try Options(Array(CommandLine.arguments.dropFirst()))
        switch options.command {
        case "run", "verify": return try GradeCommand(options: options).run()
        case "record": return try RecordCommand(options: options).run()
        case "list": return try ListCommand(options: options).run()
        case "readme": return try ReadmeCommand(options: options).run()
        case "help", "--help", "-h":
            Console.out(Options.usage)
            return 0
        default: throw Options.UsageError(message: "unknown command \(options.command)")
        }
    } catch let error as Options.UsageError {
        Console.error("swfollow-conformance: \(error.message)\n\n" + Options.usage)
        return 64
    } catch {
        Console.error("swfollow-conformance: \(error)")
        return 2
    }
}

exit(main())
