/// The `-o PREF:VALUE` preferences that swfollow knows: those that change what follow prints, and
/// those tshark accepts but that make no difference to it (FOLLOW-SPEC §5).
struct PreferenceSet {
    private(set) var analyzeSequenceNumbers = true
    private(set) var relativeSequenceNumberPreference = true
    private(set) var defragment = true

    /// Relative numbers need both TCP preferences on (R5.2).
    var relativeSequenceNumbers: Bool { analyzeSequenceNumbers && relativeSequenceNumberPreference }

    /// Preferences accepted without effect on follow (R5.2).
    private static let withoutEffect: Set = [
        "tcp.check_checksum", "tcp.desegment_tcp_streams", "tcp.reassemble_out_of_order",
        "tcp.calculate_timestamps", "tcp.no_subdissector_on_error", "tcp.try_heuristic_first",
    ]

    /// Applies one `-o` argument. tshark reads a boolean as true only for `TRUE` in any case.
    mutating func apply(_ argument: String) throws(CommandLineError) {
        guard let colon = argument.firstIndex(of: ":") else {
            throw CommandLineError("Invalid -o flag \"\(argument)\"")
        }
        let name = argument[..<colon]
        let value = argument[argument.index(after: colon)...].lowercased() == "true"
        switch name {
        case "tcp.analyze_sequence_numbers": analyzeSequenceNumbers = value
        case "tcp.relative_sequence_numbers": relativeSequenceNumberPreference = value
        case "ip.defragment": defragment = value
        case _ where Self.withoutEffect.contains(String(name)): break
        default: throw CommandLineError("-o flag \"\(argument)\" specifies unknown preference")
        }
    }
}
