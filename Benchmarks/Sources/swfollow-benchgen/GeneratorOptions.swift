/// The generator's command line: `swfollow-benchgen -o FILE [--size 300M] [--connections 20000] …`,
/// or `swfollow-benchgen -o FILE --worst-case FAMILY --count N` for an adversarial capture.
struct GeneratorOptions {
    var output = ""
    /// Approximate file size in bytes.
    var size = 300_000_000
    var connections = 20_000
    /// Connections open at the same time; their packets are interleaved.
    var concurrency = 64
    var segmentSize = 1460
    var disturbance = ConnectionScript.Disturbance(reorderBasisPoints: 200, retransmitBasisPoints: 100)
    var seed: UInt64 = 1
    /// Every `markEvery`-th connection carries `PayloadMark`s (0: none).
    var markEvery = 1_000
    /// Percent of the file in UDP traffic (see `TrafficMix`; 0: none, the TCP-only capture).
    var udpShare = 0
    /// DNS-like query/response pairs in that UDP traffic, each its own `udp.stream`.
    var udpTransactions = 50_000
    /// An adversarial capture instead of the benchmark capture (the other options are ignored).
    var worstCase: WorstCase?
    /// How many frames of its kind the adversarial capture holds.
    var count = 10_000

    static let usage = """
        usage: swfollow-benchgen -o FILE [--size 300M|2G|BYTES] [--connections N] [--concurrency N]
                                 [--segment-size N] [--reorder BASIS-POINTS] [--retransmit BASIS-POINTS] [--seed N]
                                 [--mark-every N] [--udp-share PERCENT] [--udp-transactions N]
               swfollow-benchgen -o FILE --worst-case FAMILY [--count N]
                   FAMILY: \(WorstCase.allCases.map(\.rawValue).joined(separator: ", "))
        """

    /// Parses `arguments` (without the program name); nil on a usage error.
    static func parse(_ arguments: [String]) -> GeneratorOptions? {
        var options = GeneratorOptions()
        var remaining = arguments[...]
        while let name = remaining.popFirst() {
            guard let value = remaining.popFirst() else { return nil }
            switch name {
            case "-o", "--output": options.output = value
            case "--size": guard let size = parseSize(value) else { return nil }; options.size = size
            case "--connections": guard let n = Int(value), n > 0 else { return nil }; options.connections = n
            case "--concurrency": guard let n = Int(value), n > 0 else { return nil }; options.concurrency = n
            case "--segment-size":
                guard let n = Int(value), (1...65_000).contains(n) else { return nil }
                options.segmentSize = n
            case "--reorder": guard let n = Int(value) else { return nil }; options.disturbance.reorderBasisPoints = n
            case "--retransmit":
                guard let n = Int(value) else { return nil }
                options.disturbance.retransmitBasisPoints = n
            case "--seed": guard let n = UInt64(value) else { return nil }; options.seed = n
            case "--mark-every": guard let n = Int(value), n >= 0 else { return nil }; options.markEvery = n
            case "--udp-share": guard let n = Int(value), (0...90).contains(n) else { return nil }; options.udpShare = n
            case "--udp-transactions":
                guard let n = Int(value), n >= 0 else { return nil }
                options.udpTransactions = n
            case "--worst-case":
                guard let family = WorstCase(rawValue: value) else { return nil }; options.worstCase = family
            case "--count": guard let n = Int(value), n > 0 else { return nil }; options.count = n
            default: return nil
            }
        }
        return options.output.isEmpty ? nil : options
    }

    /// `300M`, `2G`, `1500K` (decimal units) or a plain byte count.
    private static func parseSize(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1_000, "M": 1_000_000, "G": 1_000_000_000]
        if let last = text.last, let unit = units[Character(last.uppercased())] {
            return Int(text.dropLast()).map { $0 * unit }
        }
        return Int(text)
    }
}
