/// Reads options one at a time the way musl's `getopt_long` does, over the options of a
/// ``GetoptTable``. For tshark's table (``OptionTable``) this, not swift-argument-parser, is the
/// specification of swfollow's command line, because a drop-in must split arguments exactly as
/// tshark 4.0.17 does:
///
/// * Options stop at the first argument that does not start with `-`, or is `-` alone, unless
///   the table permutes operands (then such arguments are set aside as operands and reading
///   goes on); `--` is consumed and stops the options. What is left are the operands.
/// * Short options cluster (`-qz ARG`, `-nqr FILE`); an option taking an argument takes the rest
///   of its cluster (`-rFILE`) or else the next argument, whatever it is (`-c -q` gives `-q`).
/// * Long options are `--name`, `--name=value` or `--name value`; a unique prefix of a name is
///   accepted (`--ver`), an exact name always wins, and a prefix of several is ambiguous.
/// * Short option characters are Unicode scalars, as musl decodes them in a UTF-8 locale.
/// * The table's ``GetoptTable/exactLong`` options (swfollow's own) match only in full.
struct GetoptScanner<Table: GetoptTable> {
    /// One recognised option: how it was written (`-c`, `--help`), its table entry and argument.
    struct Option: Hashable {
        var spelling: String
        var entry: GetoptEntry<Table.Meaning>
        var argument: String?
    }

    private let arguments: [String]
    /// The next argument to look at.
    private var index = 0
    /// Operands set aside before ``index`` (only when the table permutes operands).
    private var setAside: [String] = []
    /// The rest of a short-option cluster being read (after its leading `-`).
    private var cluster: Substring.UnicodeScalarView = Substring("").unicodeScalars

    /// - Parameter arguments: the command line without the program name.
    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    /// The arguments that are not options, in order: valid once ``next()`` has returned nil.
    var operands: [String] { setAside + arguments[index...] }

    /// The next option, or nil when the options have ended.
    /// - Throws: getopt's errors (unrecognized, ambiguous, missing or unexpected argument).
    mutating func next() throws(CommandLineError) -> Option? {
        if cluster.isEmpty {
            guard let scalars = nextOptionArgument() else { return nil }
            if scalars.dropFirst().first == "-" { return try longOption(Substring(scalars.dropFirst(2))) }
            cluster = scalars.dropFirst()
        }
        return try shortOption()
    }

    /// The next argument that holds options (consumed), or nil when the options have ended;
    /// operands passed on the way are set aside when the table permutes them.
    private mutating func nextOptionArgument() -> Substring.UnicodeScalarView? {
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                index += 1
                return nil
            }
            // Byte-wise tests, as in C: `-` followed by a combining mark is still an option.
            let scalars = Substring(argument).unicodeScalars
            if scalars.first == "-", scalars.count > 1 {
                index += 1
                return scalars
            }
            guard Table.permutesOperands else { return nil }
            setAside.append(argument)
            index += 1
        }
        return nil
    }

    /// The next character of the current cluster.
    private mutating func shortOption() throws(CommandLineError) -> Option {
        let character = cluster.removeFirst()
        guard let entry = Table.short(character) else { throw .unrecognizedOption(String(character)) }
        var option = Option(spelling: "-\(character)", entry: entry, argument: nil)
        guard entry.takesArgument else { return option }
        if !cluster.isEmpty {
            option.argument = String(cluster)
            cluster = Substring("").unicodeScalars
        } else if index < arguments.count {
            option.argument = arguments[index]
            index += 1
        } else {
            throw .missingArgument(String(character))
        }
        return option
    }

    /// A `--name[=value]` argument (`text` is what follows `--`).
    private mutating func longOption(_ text: Substring) throws(CommandLineError) -> Option {
        let scalars = text.unicodeScalars
        let equals = scalars.firstIndex(of: "=")
        let name = Substring(scalars[..<(equals ?? scalars.endIndex)])
        let attached = equals.map { String(scalars[scalars.index(after: $0)...]) }
        let candidates = Table.long.filter { $0.name.utf8.starts(with: name.utf8) }
        let match =
            Table.exactLong.first { $0.name.utf8.elementsEqual(name.utf8) }
            ?? candidates.first { $0.name.utf8.elementsEqual(name.utf8) }
            ?? (candidates.count == 1 ? candidates[0] : nil)
        guard let match else {
            throw candidates.isEmpty ? .unrecognizedOption(String(text)) : .ambiguousOption(String(text))
        }
        var option = Option(spelling: "--\(match.name)", entry: match.entry, argument: attached)
        if !match.entry.takesArgument {
            guard attached == nil else { throw .unexpectedArgument(match.name) }
        } else if attached == nil {
            guard index < arguments.count else { throw .missingArgument(match.name) }
            option.argument = arguments[index]
            index += 1
        }
        return option
    }
}
