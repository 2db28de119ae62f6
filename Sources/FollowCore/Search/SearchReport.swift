/// Collects what a search prints, as matches and gaps are found, in the chosen output.
///
/// Matches arrive stream by stream in capture order (a match is printed once its trailing context
/// has arrived); counts and stream lists are printed in ascending stream order at the end.
final class SearchReport {
    let output: SearchOutput
    private let verbose: Bool
    /// Whether lines name the pattern (more than one was given).
    private let namesPatterns: Bool
    /// Standard output not yet handed to ``sink``.
    private(set) var text: [UInt8] = []
    /// Where the output goes while the capture is read, in pieces of at least `threshold` bytes
    /// (``FollowPipeline/streamingChunk``, or 1 for a live search); nil keeps it all for
    /// ``finish()``.
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    private let threshold: Int
    /// Where PCRE2 first gave up, and how often, per pattern and reason, in order of appearance
    /// (with `--jobs`, the ``tag`` of the first time, to order the workers' failures as one job).
    private var failures: [(reason: String, first: String, count: Int, tag: OutputTag?)] = []
    /// Matches per stream with at least one.
    private(set) var matchCounts: [UInt32: Int] = [:]
    /// With ``SearchOutput/handlers``: where each match and each gap goes.
    var onMatch: ((SearchMatch) -> Void)?
    var onGap: ((SearchGap) -> Void)?
    /// With `--jobs`, in each thread: the tag of what is printed now (set before the run starts;
    /// the run then retags every piece). Printed output then goes to ``tagged`` (for the calling
    /// thread to merge) instead of the sink.
    var tag: OutputTag?
    /// A worker's printed output since ``takeTagged()``.
    private var tagged = TaggedOutput()

    init(
        output: SearchOutput, verbose: Bool, patternCount: Int, sink: ((UnsafeRawBufferPointer) -> Void)? = nil,
        threshold: Int = FollowPipeline.streamingChunk
    ) {
        self.output = output
        self.verbose = verbose
        self.sink = sink
        self.threshold = threshold
        namesPatterns = patternCount > 1
    }

    /// Hands the output gathered so far to the sink once there is enough of it, so that a search
    /// with many matches holds at most one piece of its output.
    private func drain() {
        if let tag {
            tagged.append(text, tag: tag)
            text.removeAll(keepingCapacity: true)
            return
        }
        if let sink { text.drain(ifAtLeast: threshold, into: sink) }
    }

    /// Whether anything matched.
    var hasMatch: Bool { !matchCounts.isEmpty }

    /// Whether the output can no longer change: `-q` after the first match.
    var isComplete: Bool { output == .quiet && hasMatch }

    /// Whether further matches in `stream` would change nothing (`-l` lists a stream once).
    func isSettled(_ stream: UInt32) -> Bool {
        (output == .list || output == .quiet) && matchCounts[stream] != nil
    }

    /// Counts and prints one match.
    func add(_ match: SearchMatch) {
        matchCounts[match.stream, default: 0] += 1
        switch output {
        case .lines: MatchLine.write(match, namesPattern: namesPatterns, to: &text)
        case .onlyMatching:
            text += match.bytes
            text.append(0x0A)
        case .json: MatchJSON.write(match, to: &text)
        case .handlers: onMatch?(match)
        case .count, .list, .quiet, .follow: return
        }
        drain()
    }

    /// Prints a gap: always in JSON, in text when it cut a possible match or with `--verbose`.
    func add(_ gap: SearchGap) {
        switch output {
        case .json: MatchJSON.write(gap, to: &text)
        case .lines where verbose || !gap.cut.isEmpty: MatchLine.write(gap, namesPattern: namesPatterns, to: &text)
        case .handlers: onGap?(gap)
        default: return
        }
        drain()
    }

    /// Notes that PCRE2 gave up (a match or depth limit, the JIT stack): the search of that
    /// direction goes on after the data searched, and the run ends with status 2.
    func matchingFailed(label: StreamLabel, pattern: Int, offset: UInt64, node: Int, message: String) {
        let reason = "pattern \(pattern + 1): \(message)"
        if let index = failures.firstIndex(where: { $0.reason == reason }) {
            failures[index].count += 1
        } else {
            failures.append((reason, "stream \(label.stream) node \(node) offset \(offset)", 1, tag))
        }
    }

    /// A worker's printed output since the last call (``tag``).
    func takeTagged() -> TaggedOutput {
        defer { tagged = TaggedOutput() }
        return tagged
    }

    /// Prints output merged from the workers, as it would have been printed here.
    func write(_ bytes: ArraySlice<UInt8>) {
        text += bytes
        drain()
    }

    /// Takes in a worker's counts and failures (its streams are its own), so that this report
    /// ends as one job's would.
    func absorb(_ worker: SearchReport) {
        matchCounts.merge(worker.matchCounts) { $0 + $1 }
        for failure in worker.failures {
            guard let index = failures.firstIndex(where: { $0.reason == failure.reason }) else {
                failures.append(failure)
                continue
            }
            failures[index].count += failure.count
            if let tag = failure.tag, failures[index].tag.map({ tag < $0 }) ?? false {
                (failures[index].first, failures[index].tag) = (failure.first, tag)
            }
        }
        failures.sort { ($0.tag ?? .finishing(0)) < ($1.tag ?? .finishing(0)) }
    }

    /// Standard error lines (without the program name): one per pattern and reason PCRE2 gave up
    /// for, where it first did, and how often; the data after each place was not searched.
    var diagnostics: [String] {
        failures.map { failure in
            let times = failure.count == 1 ? "once" : "\(failure.count) times"
            return "\(failure.reason) (\(times), first at \(failure.first)): the rest of that data was not searched"
        }
    }

    /// The end of the output not yet handed to the sink: the per-stream lines of `-c` and `-l`.
    func finish() -> [UInt8] {
        switch output {
        case .count:
            for stream in matchCounts.keys.sorted() {
                text += Array("\(stream):\(matchCounts[stream] ?? 0)\n".utf8)
            }
        case .list:
            for stream in matchCounts.keys.sorted() {
                text += Array("\(stream)\n".utf8)
            }
        default: break
        }
        return text
    }
}
