import PCRE2Regex
import PacketDecoding

/// Searches one direction's data (or, with `--both`, one conversation's) as it is reassembled,
/// record by record, for every pattern, keeping only the bytes a match in progress needs.
///
/// Each record is searched together with the bytes carried over from the previous ones, with
/// PCRE2 hard partial matching (`pcre2partial(3)`, multi-segment matching): a search that runs
/// into the end of the data stops at the possible match's start, and the bytes from there on
/// (plus ``SearchContext/keepBehind`` before it) are carried to the next record. The result is
/// the matches a search of the whole data would find, with `--max-match` as the only limit.
///
///     data offset:  carryStart        cursor.next (a possible match)        end
///                   |-- keepBehind --|--------- undecided bytes -----------|
///                   [================ carry ================================]
struct DirectionScanner {
    /// One pattern's progress.
    private struct Cursor {
        /// Data offset where its next search starts.
        var next: UInt64 = 0
        /// Whether the search from `next` reached the end of the data: a match may start there.
        var isPartial = false
    }

    /// Data offset just past the last byte received.
    private(set) var end: UInt64 = 0
    /// Bytes from `carryStart` to `end`.
    private var carry: [UInt8] = []
    private var carryStart: UInt64 = 0
    /// The records that supplied the carried bytes, in order.
    private var origins: [RecordOrigin] = []
    /// Each pattern's progress; empty stands for "every search starts at `end`", the idle state,
    /// which costs no allocation.
    private var cursors: [Cursor] = []
    /// Matches found whose trailing context has not all arrived, in the order found.
    private var waiting: [SearchMatch] = []
    /// Whether buffers may hold more capacity than an idle scanner needs.
    private(set) var hasSpareCapacity = false

    /// Whether no match is in progress or waiting for context: nothing more is owed to the report.
    var isIdle: Bool {
        waiting.isEmpty && !cursors.contains { $0.isPartial }
    }

    /// Searches one more record of data.
    /// - Parameters:
    ///   - bytes: the record's bytes (valid during the call).
    ///   - origin: its node, frame and time (`offset` is set here).
    ///   - label: the stream and its nodes, for the report.
    mutating func feed(
        _ bytes: UnsafeRawBufferPointer, origin: RecordOrigin, label: StreamLabel, context: SearchContext
    ) {
        guard !bytes.isEmpty else { return }
        if cursors.isEmpty {
            cursors = Array(repeating: Cursor(next: end), count: context.patterns.count)
        }
        var origin = origin
        origin.offset = end
        origins.append(origin)
        end += UInt64(bytes.count)
        hasSpareCapacity = true
        supplyTrailingContext(bytes, report: context.report)
        context.scratch.removeAll(keepingCapacity: true)
        context.scratch.append(contentsOf: carry)
        context.scratch.append(contentsOf: bytes)
        context.scratch.withUnsafeBytes { subject in
            for index in cursors.indices {
                _ = advance(index, in: subject, isEndOfData: false, label: label, context: context)
            }
            keepTail(of: subject, keepBehind: context.keepBehind)
        }
    }

    /// Ends the data searched so far (a gap, or the end of the stream): settles the possible
    /// matches on the bytes at hand and prints what was waiting. The next record starts afresh.
    /// - Returns: the possible matches that found no match where they started (the gap cut them).
    mutating func endPiece(label: StreamLabel, context: SearchContext) -> [(pattern: Int, offset: UInt64)] {
        var cut: [(pattern: Int, offset: UInt64)] = []
        if cursors.contains(where: \.isPartial) {
            context.scratch.removeAll(keepingCapacity: true)
            context.scratch.append(contentsOf: carry)
            context.scratch.withUnsafeBytes { subject in
                for index in cursors.indices where cursors[index].isPartial {
                    let start = cursors[index].next
                    if !advance(index, in: subject, isEndOfData: true, label: label, context: context) {
                        cut.append((index, start))
                    }
                }
            }
        }
        releaseWaiting(report: context.report)
        carry = []
        carryStart = end
        origins = []
        cursors = []
        hasSpareCapacity = false
        return cut
    }

    /// Drops what an idle scanner does not need (only the bytes kept for lookbehind and context
    /// remain); prints matches still waiting for context (their context after then stops at the
    /// data seen so far).
    /// - Precondition: no possible match is in progress (every cursor is at `end`).
    mutating func compact(report: SearchReport) {
        releaseWaiting(report: report)
        carry = Array(carry[...])
        origins = []
        cursors = []
        hasSpareCapacity = false
    }

    /// Searches pattern `index` from its cursor until it needs more data (or, at the end of the
    /// data, until nothing is left).
    /// - Returns: whether a match started where the cursor was on entry.
    private mutating func advance(
        _ index: Int, in subject: UnsafeRawBufferPointer, isEndOfData: Bool, label: StreamLabel,
        context: SearchContext
    ) -> Bool {
        let pattern = context.patterns[index]
        let entry = cursors[index].next
        var matchedAtEntry = false
        var cursor = cursors[index]
        defer { cursors[index] = cursor }
        while true {
            let start = Int(cursor.next - carryStart)
            switch pattern.streamingMatch(
                in: subject, startingAt: start, isEndOfData: isEndOfData, context: context.matchSettings)
            {
            case .complete(let range) where !range.isEmpty:
                matchedAtEntry = matchedAtEntry || carryStart + UInt64(range.lowerBound) == entry
                found(range, pattern: index, in: subject, isEndOfData: isEndOfData, label: label, context: context)
                cursor = Cursor(next: carryStart + UInt64(range.upperBound))
            case .complete where start < subject.count:
                cursor = Cursor(next: cursor.next + 1)
            case .partial(let from):
                cursor = Cursor(next: carryStart + UInt64(from), isPartial: true)
                guard end - cursor.next >= UInt64(context.maxMatchLength) else { return matchedAtEntry }
                if let matchEnd = settle(index, at: from, in: subject, label: label, context: context) {
                    matchedAtEntry = matchedAtEntry || cursor.next == entry
                    cursor = Cursor(next: matchEnd)
                } else {
                    cursor = Cursor(next: cursor.next + 1)
                }
            case .failed(_, let message):
                context.report.matchingFailed(
                    label: label, pattern: index, offset: cursor.next, node: origins.last?.node ?? 0,
                    message: message)
                cursor = Cursor(next: end)
                return matchedAtEntry
            case .complete, .none:
                cursor = Cursor(next: end)
                return matchedAtEntry
            }
        }
    }

    /// Decides a possible match that is still open `--max-match` bytes after its start, on those
    /// bytes alone, as if the data ended there.
    /// - Returns: the data offset just past the match starting at `from`, or nil when none does.
    private mutating func settle(
        _ index: Int, at from: Int, in subject: UnsafeRawBufferPointer, label: StreamLabel, context: SearchContext
    ) -> UInt64? {
        let window = UnsafeRawBufferPointer(rebasing: subject[..<(from + context.maxMatchLength)])
        let outcome = context.patterns[index].streamingMatch(
            in: window, startingAt: from, isEndOfData: true, isAnchored: true, context: context.matchSettings)
        guard case .complete(let range) = outcome, !range.isEmpty else { return nil }
        found(range, pattern: index, in: subject, isEndOfData: false, label: label, context: context)
        return carryStart + UInt64(range.upperBound)
    }

    /// Records a match at `range` of `subject`, with its context and origins.
    private mutating func found(
        _ range: Range<Int>, pattern: Int, in subject: UnsafeRawBufferPointer, isEndOfData: Bool,
        label: StreamLabel, context: SearchContext
    ) {
        let offset = carryStart + UInt64(range.lowerBound)
        let afterEnd = min(subject.count, range.upperBound + context.contextBytes)
        let match = SearchMatch(
            stream: label.stream, pattern: pattern, nodes: label.nodes, offset: offset,
            bytes: Array(subject[range]),
            before: Array(subject[max(0, range.lowerBound - context.contextBytes)..<range.lowerBound]),
            after: Array(subject[range.upperBound..<afterEnd]),
            afterNeeded: isEndOfData ? 0 : context.contextBytes - (afterEnd - range.upperBound),
            start: origin(of: offset), end: origin(of: carryStart + UInt64(range.upperBound - 1)))
        if match.afterNeeded == 0 && waiting.isEmpty {
            context.report.add(match)
        } else {
            waiting.append(match)
        }
    }

    /// The record holding the byte at `offset` (one of the carried records).
    private func origin(of offset: UInt64) -> RecordOrigin {
        var low = 0
        var high = origins.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if origins[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return origins[low]
    }

    /// Gives new bytes to the matches waiting for trailing context; prints those now complete.
    private mutating func supplyTrailingContext(_ bytes: UnsafeRawBufferPointer, report: SearchReport) {
        guard !waiting.isEmpty else { return }
        for index in waiting.indices where waiting[index].afterNeeded > 0 {
            let count = min(waiting[index].afterNeeded, bytes.count)
            waiting[index].after += bytes[..<count]
            waiting[index].afterNeeded -= count
        }
        let ready = waiting.prefix { $0.afterNeeded == 0 }.count
        for match in waiting[..<ready] { report.add(match) }
        waiting.removeFirst(ready)
    }

    /// Prints every waiting match with the context it has.
    private mutating func releaseWaiting(report: SearchReport) {
        for match in waiting { report.add(match) }
        waiting = []
    }

    /// Keeps the end of `subject` from `keepBehind` bytes before the earliest cursor.
    private mutating func keepTail(of subject: UnsafeRawBufferPointer, keepBehind: Int) {
        let earliest = cursors.reduce(end) { min($0, $1.next) }
        let keepFrom = max(carryStart, earliest - min(earliest, UInt64(keepBehind)))
        let dropped = Int(keepFrom - carryStart)
        let kept = subject.count - dropped
        if carry.capacity > 4096 && kept * 4 < carry.capacity {
            carry = []
        } else {
            carry.removeAll(keepingCapacity: true)
        }
        carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: subject[dropped...]))
        carryStart = keepFrom
        let stale = origins.dropFirst().prefix { $0.offset <= keepFrom }.count
        origins.removeFirst(stale)
    }
}

/// The stream a scanner belongs to, as the report names it.
struct StreamLabel {
    var stream: UInt32
    var nodes: (Endpoint, Endpoint)
}
