/// Reads options one at a time the way tshark 4.0.17's `getopt_long` does (musl semantics, with
/// tshark's leading `+` in the option string). This, not swift-argument-parser, is the
/// specification of swfollow's command line, because a drop-in must split arguments exactly
/// as tshark does:
///
/// * Options stop at the first argument that does not start with `-`, or is `-` alone (no
///   permutation); `--` is consumed and also stops them. What is left are the operands.
/// * Short options cluster (`-qz ARG`, `-nqr FILE`); an option taking an argument takes the rest
///   of its cluster (`-rFILE`) or else the next argument, whatever it is (`-c -q` gives `-q`).
/// * Long options are `--name`, `--name=value` or `--name value`; a unique prefix of a name is
///   accepted (`--ver`), an exact name always wins, and a prefix of several is ambiguous.
/// * Short option characters are Unicode scalars, as musl decodes them in a UTF-8 locale.
/// * swfollow's own long options (``OptionTable/extensionLong``) match only in full.
struct GetoptScanner {
    /// One recognised option: how it was written (`-c`, `--help`), its table entry and argument.
    struct Option: Hashable {
        var spelling: String
        var entry: OptionTable.Entry
        var argument: String?
    }

    private let arguments: [String]
    /// The next argument to look at.
    private var index = 0
    /// The rest of a short-option cluster being read (after its leading `-`).
    private var cluster: Substring.UnicodeScalarView = Substring("").unicodeScalars

    /// - Parameter arguments: the command line without the program name.
    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    /// The arguments after the options: valid once ``next()`` has returned nil.
    var operands: [String] { Array(arguments[index...]) }

    /// The next option, or nil when the options have ended.
    /// - Throws: tshark's getopt errors (unrecognized, ambiguous, missing or unexpected argument).
    mutating func next() throws(CommandLineError) -> Option? {
        if cluster.isEmpty {
            guard index < arguments.count else { return nil }
            let argument = arguments[index]
            if argument == "--" {
                index += 1
                return nil
            }
            // Byte-wise tests, as in C: `-` followed by a combining mark is still an option.
            let scalars = Substring(argument).unicodeScalars
            guard scalars.first == "-", scalars.count > 1 else { return nil }
            index += 1
            if scalars.dropFirst().first == "-" { return try longOption(Substring(scalars.dropFirst(2))) }
            cluster = scalars.dropFirst()
        }
        return try shortOption()
    }

    /// The next character of the current cluster.
    private mutating func shortOption() throws(CommandLineError) -> Option {
        let character = cluster.removeFirst()
        guard let entry = OptionTable.short(character) else { throw .unrecognizedOption(String(character)) }
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
        let candidates = OptionTable.long.filter { $0.name.utf8.starts(with: name.utf8) }
        let match =
            OptionTable.extensionLong.first { $0.name.utf8.elementsEqual(name.utf8) }
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
