import FollowCore

/// What swfollow's command-line front end makes of a command line, up to opening the capture:
/// the options, then every follow argument in command-line order (FOLLOW-SPEC R1.6, R1.7).
enum FrontEndOutcome: Equatable {
    case accepted(CommandLineOptions, [FollowRequest])
    /// The whole stderr text with tshark's program name (so it compares with tshark's), and the status.
    case rejected(standardError: String, status: Int32)

    /// The first stderr line, without its newline, or nil when accepted.
    var firstErrorLine: String? {
        guard case .rejected(let text, _) = self else { return nil }
        return String(text.prefix { $0 != "\n" })
    }

    var status: Int32 {
        if case .rejected(_, let status) = self { return status }
        return 0
    }
}

enum FrontEnd {
    /// Parses `arguments` (tshark's, without the program name) as swfollow's main would.
    static func run(_ arguments: [String]) -> FrontEndOutcome {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments, hostsFileCheck: SpecCases.hostsFileCheck)
        } catch {
            return .rejected(standardError: error.standardErrorText(programName: "tshark"), status: error.exitStatus)
        }
        guard options.action == .run else { return .accepted(options, []) }
        var requests: [FollowRequest] = []
        for case .follow(let text) in options.statistics {
            do {
                requests.append(try FollowRequest.parse(text))
            } catch {
                return .rejected(standardError: "tshark: \(error.message)\n", status: error.exitStatus)
            }
        }
        return .accepted(options, requests)
    }
}
