/// POSIX/GNU getopt over an argument list, as tshark uses it: short options may be combined
/// (`-qz ARG`), a value may be attached (`-rfile`) or follow as the next argument, `--` ends the
/// options, and `--help`/`--version` are the long options. Operands are collected, not parsed.
struct GetoptReader {
    private let arguments: [String]
    private let valueOptions: Set<Character>
    private let flagOptions: Set<Character>
    private var index = 0
    private var pendingFlags: Substring = ""
    /// Arguments that are not options, in order.
    private(set) var operands: [String] = []

    init(arguments: [String], valueOptions: String, flagOptions: String) {
        self.arguments = arguments
        self.valueOptions = Set(valueOptions)
        self.flagOptions = Set(flagOptions)
    }

    /// The next option and its value (nil for a flag), or nil when the options are done.
    /// - Throws: `unrecognized option: X` or `option requires an argument: X`, with the usage.
    mutating func next() throws(CommandLineError) -> (option: String, value: String?)? {
        if pendingFlags.isEmpty {
            guard let argument = nextOptionArgument() else { return nil }
            if argument.hasPrefix("--") {
                let name = String(argument.dropFirst(2))
                guard name == "help" || name == "version" else { throw .usage("unrecognized option: \(name)") }
                return (name, nil)
            }
            pendingFlags = argument.dropFirst()
        }
        let option = pendingFlags.removeFirst()
        if flagOptions.contains(option) {
            return (String(option), nil)
        }
        guard valueOptions.contains(option) else { throw .usage("unrecognized option: \(option)") }
        if !pendingFlags.isEmpty {
            defer { pendingFlags = "" }
            return (String(option), String(pendingFlags))
        }
        guard index < arguments.count else { throw .usage("option requires an argument: \(option)") }
        index += 1
        return (String(option), arguments[index - 1])
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
