/// POSIX/GNU getopt over an argument list, as tshark uses it: short options may be combined
/// (`-qz ARG`), a value may be attached (`-rfile`) or follow as the next argument, `--` ends the
/// options, and long options are `--name`, `--name=value` or `--name value` (tshark's are `--help`
/// and `--version`). Operands are collected, not parsed.
struct GetoptReader {
    private let arguments: [String]
    private let valueOptions: Set<Character>
    private let flagOptions: Set<Character>
    private let longFlags: Set<String>
    private let longValueOptions: Set<String>
    /// The usage lines printed after a complaint.
    private let usageSummary: String
    private var index = 0
    private var pendingFlags: Substring = ""
    /// Arguments that are not options, in order.
    private(set) var operands: [String] = []

    init(
        arguments: [String], valueOptions: String, flagOptions: String,
        longFlags: Set<String> = ["help", "version"], longValueOptions: Set<String> = [],
        usageSummary: String
    ) {
        self.arguments = arguments
        self.valueOptions = Set(valueOptions)
        self.flagOptions = Set(flagOptions)
        self.longFlags = longFlags
        self.longValueOptions = longValueOptions
        self.usageSummary = usageSummary
    }

    /// The next option and its value (nil for a flag), or nil when the options are done.
    /// - Throws: `unrecognized option: X` or `option requires an argument: X`, with the usage.
    mutating func next() throws(CommandLineError) -> (option: String, value: String?)? {
        if pendingFlags.isEmpty {
            guard let argument = nextOptionArgument() else { return nil }
            if argument.hasPrefix("--") {
                return try longOption(argument.dropFirst(2))
            }
            pendingFlags = argument.dropFirst()
        }
        let option = pendingFlags.removeFirst()
        if flagOptions.contains(option) {
            return (String(option), nil)
        }
        guard valueOptions.contains(option) else { throw usage("unrecognized option: \(option)") }
        if !pendingFlags.isEmpty {
            defer { pendingFlags = "" }
            return (String(option), String(pendingFlags))
        }
        guard index < arguments.count else { throw usage("option requires an argument: \(option)") }
        index += 1
        return (String(option), arguments[index - 1])
    }

    /// getopt's complaint, followed by the short usage, as tshark prints it.
    private func usage(_ complaint: String) -> CommandLineError {
        CommandLineError(complaint + "\n\n" + usageSummary)
    }

    /// `--name`, `--name=value` or `--name value`.
    private mutating func longOption(_ text: Substring) throws(CommandLineError) -> (option: String, value: String?) {
        let name = String(text.prefix { $0 != "=" })
        let attached = text.firstIndex(of: "=").map { String(text[text.index(after: $0)...]) }
        if longFlags.contains(name) {
            guard attached == nil else { throw usage("option '--\(name)' doesn't allow an argument") }
            return (name, nil)
        }
        guard longValueOptions.contains(name) else { throw usage("unrecognized option: \(name)") }
        if let attached { return (name, attached) }
        guard index < arguments.count else { throw usage("option requires an argument: \(name)") }
        index += 1
        return (name, arguments[index - 1])
    }

    /// The next argument that starts options, collecting operands on the way (GNU permutation).
    private mutating func nextOptionArgument() -> String? {
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                operands += arguments[index...]
                index = arguments.count
                return nil
            }
            if argument.hasPrefix("-") && argument.count > 1 {
                return argument
            }
            operands.append(argument)
        }
        return nil
    }
}
