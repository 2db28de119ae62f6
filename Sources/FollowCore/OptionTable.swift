/// tshark 4.0.17's option table as its `getopt_long` sees it, and which entries swfollow implements.
///
/// The table was measured on the binary, not taken from its help text (which names long options
/// such as `--read-file` that 4.0.17 does not accept): every short option character was tried
/// alone, and every long-option prefix was narrowed until unique. Knowing the options swfollow
/// does *not* implement matters for exactness: they still take their argument, and long-option
/// prefixes are ambiguous among all of them (`--h` could be `--help` or `--hexdump`).
enum OptionTable: GetoptTable {
    /// What an option does in swfollow; nil in an entry's `action` for tshark options swfollow lacks.
    enum Action: Hashable, Sendable {
        case twoPass, packetCount, field, fieldOption, help, hostsFile, noNameResolution, nameResolution
        case preference, quiet, readFile, readFilter, outputFormat, version, displayFilter, statistic
        /// Live capture: `-i`, `-f`, `-s`, `-p`, `-B`, `-a`, `-w`, `-D`.
        case interface, captureFilter, snapshotLength, noPromiscuous, bufferSize, autostop, writeFile
        case listInterfaces
        /// swfollow's `--streams` and `--mode` (see ``exactLong``).
        case streamsFilter, streamsMode
        /// swfollow's `--live`: the first-printed output is handed on record by record.
        case live
    }

    /// An entry's meaning: swfollow's action, or nil for a tshark option swfollow lacks.
    typealias Meaning = Action?
    /// One option: whether getopt gives it an argument, and swfollow's action for it.
    typealias Entry = GetoptEntry<Meaning>

    /// tshark's option string starts with `+`: options stop at the first operand.
    static let permutesOperands = false

    /// Short options implemented by swfollow.
    private static let supportedShort: [Unicode.Scalar: Entry] = [
        "2": Entry(takesArgument: false, action: .twoPass),
        "a": Entry(takesArgument: true, action: .autostop),
        "B": Entry(takesArgument: true, action: .bufferSize),
        "D": Entry(takesArgument: false, action: .listInterfaces),
        "f": Entry(takesArgument: true, action: .captureFilter),
        "i": Entry(takesArgument: true, action: .interface),
        "p": Entry(takesArgument: false, action: .noPromiscuous),
        "s": Entry(takesArgument: true, action: .snapshotLength),
        "w": Entry(takesArgument: true, action: .writeFile),
        "c": Entry(takesArgument: true, action: .packetCount),
        "e": Entry(takesArgument: true, action: .field),
        "E": Entry(takesArgument: true, action: .fieldOption),
        "h": Entry(takesArgument: false, action: .help),
        "H": Entry(takesArgument: true, action: .hostsFile),
        "n": Entry(takesArgument: false, action: .noNameResolution),
        "N": Entry(takesArgument: true, action: .nameResolution),
        "o": Entry(takesArgument: true, action: .preference),
        "q": Entry(takesArgument: false, action: .quiet),
        "r": Entry(takesArgument: true, action: .readFile),
        "R": Entry(takesArgument: true, action: .readFilter),
        "T": Entry(takesArgument: true, action: .outputFormat),
        "v": Entry(takesArgument: false, action: .version),
        "Y": Entry(takesArgument: true, action: .displayFilter),
        "z": Entry(takesArgument: true, action: .statistic),
    ]

    /// tshark's other short options: without an argument, then with one.
    private static let otherShortFlags = "glxILPQV"
    private static let otherShortWithArgument = "bdjtuyCFGJKMOSUWX"

    /// The entry for a short option character, or nil when tshark does not know it.
    static func short(_ character: Unicode.Scalar) -> Entry? {
        if let entry = supportedShort[character] { return entry }
        if otherShortFlags.unicodeScalars.contains(character) { return Entry(takesArgument: false, action: nil) }
        if otherShortWithArgument.unicodeScalars.contains(character) { return Entry(takesArgument: true, action: nil) }
        return nil
    }

    /// Every long option of tshark 4.0.17 (`--log-*` are handled before getopt and are not here).
    static let long: [(name: String, entry: Entry)] =
        [
            ("help", Entry(takesArgument: false, action: .help)),
            ("version", Entry(takesArgument: false, action: .version)),
            ("autostop", Entry(takesArgument: true, action: .autostop)),
            ("buffer-size", Entry(takesArgument: true, action: .bufferSize)),
            ("interface", Entry(takesArgument: true, action: .interface)),
            ("snapshot-length", Entry(takesArgument: true, action: .snapshotLength)),
            ("list-interfaces", Entry(takesArgument: false, action: .listInterfaces)),
            ("no-promiscuous-mode", Entry(takesArgument: false, action: .noPromiscuous)),
        ]
        + [
            "capture-comment", "compress-type", "disable-heuristic", "disable-protocol", "elastic-mapping-filter",
            "enable-heuristic", "enable-protocol", "export-objects", "export-tls-session-keys", "hexdump", "linktype",
            "ring-buffer", "selected-frame", "temp-dir", "time-stamp-type",
        ].map { ($0, Entry(takesArgument: true, action: nil)) }
        + [
            "color", "list-data-link-types", "list-time-stamp-types", "monitor-mode", "no-duplicate-keys", "print",
        ].map { ($0, Entry(takesArgument: false, action: nil)) }
}

extension OptionTable {
    /// swfollow's own long options. tshark rejects them, and they match only when spelled in
    /// full: as prefixes they would turn prefixes tshark reads (`--m` for `--monitor-mode`) or
    /// rejects (`--st`) into something else.
    static let exactLong: [(name: String, entry: Entry)] = [
        ("streams", Entry(takesArgument: true, action: .streamsFilter)),
        ("mode", Entry(takesArgument: true, action: .streamsMode)),
        ("live", Entry(takesArgument: false, action: .live)),
    ]
}
