import Foundation

/// POSIX shell quoting for values substituted into command templates.
public enum ShellQuoting {
    /// Wraps `word` in single quotes unless it consists only of safe characters.
    public static func quote(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./:=,+@%".contains($0)) }
        if safe && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
