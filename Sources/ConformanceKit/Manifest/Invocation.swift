import Foundation

/// One command line of a case: a name (the golden file stem) and tshark-style arguments.
///
/// Arguments may contain `{capture}`, replaced by the case's capture file name when run.
public struct Invocation: Codable, Sendable, Hashable {
    /// The golden file stem, e.g. `follow-ascii-0`.
    public var name: String
    /// The arguments after the program name.
    public var args: [String]

    /// Creates an invocation.
    public init(name: String, args: [String]) {
        self.name = name
        self.args = args
    }

    /// The arguments with `{capture}` replaced.
    /// - Parameter capture: the capture path to substitute.
    public func resolvedArguments(capture: String) -> [String] {
        args.map { $0.replacingOccurrences(of: "{capture}", with: capture) }
    }

    /// The `-z follow,…` arguments, in command-line order.
    ///
    /// Recognises `-z X`, `-zX` and bundled short options ending in `z` (`-qz X`, `-nqz X`).
    public var followSpecs: [FollowSpec] {
        var specs: [FollowSpec] = []
        var index = 0
        while index < args.count {
            let arg = args[index]
            var value: String?
            if arg.hasPrefix("-"), !arg.hasPrefix("--"), let z = arg.firstIndex(of: "z") {
                let rest = arg[arg.index(after: z)...]
                if !rest.isEmpty {
                    value = String(rest)
                } else if index + 1 < args.count {
                    value = args[index + 1]
                    index += 1
                }
            }
            if let value, let spec = FollowSpec(value) { specs.append(spec) }
            index += 1
        }
        return specs
    }
}
