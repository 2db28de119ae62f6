/// Reads the two endpoints a follow output names, whatever its mode, for adapter placeholders.
///
/// Text modes print `Node 0: …` / `Node 1: …`; YAML prints `peers:` entries with `host:` and `port:`.
public enum NodeEndpoints {
    /// The endpoints of the first follow block in `stdout`, as `addr:port` or `[v6]:port`.
    /// - Returns: `nil` if the output names no nodes (an error, or no follow block).
    public static func parse(_ stdout: [UInt8]) -> (node0: String, node1: String)? {
        let lines = String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.firstIndex(where: { $0.hasPrefix("Node 0: ") }), index + 1 < lines.count,
            lines[index + 1].hasPrefix("Node 1: ")
        {
            return (String(lines[index].dropFirst(8)), String(lines[index + 1].dropFirst(8)))
        }
        let hosts = lines.filter { $0.hasPrefix("    host: ") }.map { String($0.dropFirst(10)) }
        let ports = lines.filter { $0.hasPrefix("    port: ") }.map { String($0.dropFirst(10)) }
        guard hosts.count >= 2, ports.count >= 2 else { return nil }
        return (endpoint(hosts[0], ports[0]), endpoint(hosts[1], ports[1]))
    }

    /// Formats a YAML host and port the way text modes do (`:0` for an unknown stream).
    static func endpoint(_ host: String, _ port: String) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
