/// The `tcp.stream` indices given with `--stream LIST` (`3`, `0-9,12`): the streams to search.
struct StreamSelection: Equatable {
    private var ranges: [ClosedRange<UInt32>] = []
    /// The streams `-Y` selected (nil: no `-Y`); a stream must also be in one of ``ranges``,
    /// when there are any.
    private var filtered: Set<UInt32>?

    /// Adds the items of one `--stream` argument.
    /// - Throws: a message naming the item that is neither `N` nor `N-M` with N ≤ M.
    mutating func add(_ list: String) throws(CommandLineError) {
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = item.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = bounds.first.flatMap({ UInt32($0) }),
                let last = bounds.count == 2 ? UInt32(bounds[1]) : first, first <= last
            else {
                throw CommandLineError("--stream: \"\(item)\" is not a stream index N or a range N-M", exitStatus: 2)
            }
            ranges.append(first...last)
        }
    }

    /// Keeps only `streams` of those selected so far.
    mutating func restrict(to streams: [UInt32]) {
        filtered = Set(streams)
    }

    /// At most how many streams are selected (nil: no bound, only ranges to the top).
    var upperBound: Int? {
        let ranged = ranges.isEmpty ? nil : ranges.reduce(0) { $0 + min(Int($1.count), 1 << 32) }
        switch (ranged, filtered?.count) {
        case (let ranged?, let filtered?): return min(ranged, filtered)
        case (let ranged?, nil): return ranged
        case (nil, let filtered): return filtered
        }
    }

    /// Whether `stream` is selected.
    /// - Complexity: O(number of items given).
    func contains(_ stream: UInt32) -> Bool {
        (ranges.isEmpty || ranges.contains { $0.contains(stream) }) && (filtered?.contains(stream) ?? true)
    }
}
