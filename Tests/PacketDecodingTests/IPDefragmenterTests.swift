import TestSupport
import Testing

@testable import PacketDecoding

/// The defragmenter on its own: completion, tshark's overlap rules and the memory bounds.
struct IPDefragmenterTests {
    private let key = FragmentKey.v6(source: .v6(high: 1, low: 1), destination: .v6(high: 1, low: 2), identification: 7)
    private let output = ReassemblyBuffer()

    /// Adds `text` at `offset`; returns the datagram as text when it completed.
    private func add(_ defragmenter: inout IPDefragmenter, _ offset: Int, _ text: String, last: Bool = false) -> String?
    {
        let bytes = Array(text.utf8)
        let length = bytes.withUnsafeBytes { data in
            defragmenter.add(key, offset: offset, isLast: last, data: data, into: output)
        }
        return length.map { String(decoding: output.prefix($0), as: UTF8.self) }
    }

    @Test func completesInAnyOrderOnTheFragmentThatFillsTheLastHole() {
        var defragmenter = IPDefragmenter()
        #expect(add(&defragmenter, 16, "CCCC", last: true) == nil)
        #expect(add(&defragmenter, 0, "AAAAAAAA") == nil)
        #expect(defragmenter.pendingCount == 1)
        #expect(add(&defragmenter, 8, "BBBBBBBB") == "AAAAAAAABBBBBBBBCCCC")
        #expect(defragmenter.pendingCount == 0)
    }

    @Test func lowestOffsetWinsOverlapsWhateverTheArrivalOrder() {
        var defragmenter = IPDefragmenter()
        #expect(add(&defragmenter, 8, "bbbbbbbbbbbbbbbb") == nil)
        #expect(add(&defragmenter, 0, "AAAAAAAAAAAAAAAA") == nil)
        #expect(add(&defragmenter, 24, "CC", last: true) == "AAAAAAAAAAAAAAAAbbbbbbbbCC")
    }

    @Test func atEqualOffsetsTheFirstArrivalWins() {
        var defragmenter = IPDefragmenter()
        #expect(add(&defragmenter, 0, "aaaaaaaa") == nil)
        #expect(add(&defragmenter, 0, "AAAAAAAAAAAAAAAA") == nil)
        #expect(add(&defragmenter, 16, "C", last: true) == "aaaaaaaaAAAAAAAAC")
    }

    @Test func theFirstLastFragmentFixesTheLengthAndLaterBytesAreDropped() {
        var defragmenter = IPDefragmenter()
        #expect(add(&defragmenter, 8, "BBBBBBBB", last: true) == nil)
        #expect(add(&defragmenter, 16, "CCCCCCCC", last: true) == nil)
        #expect(add(&defragmenter, 0, "AAAAAAAA") == "AAAAAAAABBBBBBBB")
    }

    @Test func aFragmentAfterCompletionStartsANewDatagram() {
        var defragmenter = IPDefragmenter()
        #expect(add(&defragmenter, 0, "AAAAAAAA") == nil)
        #expect(add(&defragmenter, 8, "B", last: true) == "AAAAAAAAB")
        #expect(add(&defragmenter, 8, "B", last: true) == nil)
        #expect(defragmenter.pendingCount == 1)
    }

    @Test func theOldestIncompleteDatagramsAreDroppedFirst() {
        var defragmenter = IPDefragmenter(maximumDatagrams: 2, maximumStoredBytes: 20)
        let data: [UInt8] = Array("AAAAAAAA".utf8)
        data.withUnsafeBytes { bytes in
            for identification in UInt32(0)..<3 {
                let key = FragmentKey.v4(source: 1, destination: 2, identification: identification)
                #expect(defragmenter.add(key, offset: 0, isLast: false, data: bytes, into: output) == nil)
            }
            #expect(defragmenter.pendingCount == 2)
            // Datagram 0 was dropped: its tail no longer completes it; datagram 2's still does.
            let tail = FragmentKey.v4(source: 1, destination: 2, identification: 0)
            #expect(defragmenter.add(tail, offset: 8, isLast: true, data: bytes, into: output) == nil)
            let other = FragmentKey.v4(source: 1, destination: 2, identification: 2)
            #expect(defragmenter.add(other, offset: 8, isLast: true, data: bytes, into: output) == 16)
            // Dropped so far: datagram 0, then datagram 1 when 0's tail opened a new one.
            #expect(defragmenter.droppedDatagrams == 2)
        }
    }

    @Test func completedDatagramsDoNotCountAsDroppedAndTheOrderStaysSmall() {
        var defragmenter = IPDefragmenter(maximumDatagrams: 3, maximumStoredBytes: 1 << 20)
        let data = [UInt8](repeating: 0x41, count: 8)
        data.withUnsafeBytes { bytes in
            for identification in UInt32(0)..<10_000 {
                let key = FragmentKey.v4(source: 1, destination: 2, identification: identification)
                _ = defragmenter.add(key, offset: 0, isLast: false, data: bytes, into: output)
                #expect(defragmenter.add(key, offset: 8, isLast: true, data: bytes, into: output) == 16)
            }
        }
        #expect(defragmenter.droppedDatagrams == 0 && defragmenter.pendingCount == 0)
    }

    @Test func tooManyStoredBytesDropOldDatagrams() {
        var defragmenter = IPDefragmenter(maximumDatagrams: 100, maximumStoredBytes: 20)
        let data = [UInt8](repeating: 0x41, count: 8)
        data.withUnsafeBytes { bytes in
            for identification in UInt32(0)..<5 {
                let key = FragmentKey.v4(source: 1, destination: 2, identification: identification)
                _ = defragmenter.add(key, offset: 0, isLast: false, data: bytes, into: output)
            }
        }
        #expect(defragmenter.pendingCount == 2)
    }

    @Test("random fragments, overlaps and copies: the same completion and bytes as sorting them all", arguments: 0..<8)
    func againstSortedFragments(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var defragmenter = IPDefragmenter()
        var arrived: [(offset: Int, bytes: [UInt8])] = []
        var total: Int?
        for arrival in 0..<1_000 {
            let offset = 8 * random.next(upTo: 200)
            let bytes = (0..<(1 + random.next(upTo: 40))).map { _ in UInt8(truncatingIfNeeded: arrival) }
            let isLast = random.next(upTo: 50) == 0
            arrived.append((offset, bytes))
            if isLast && total == nil { total = offset + bytes.count }
            let length = bytes.withUnsafeBytes { defragmenter.add(key, offset: offset, isLast: isLast, data: $0, into: output) }
            let expected = total.flatMap { Self.sortedAssembly(arrived, total: $0) }
            #expect(length.map { Array(output.prefix($0)) } == expected, "seed \(seed) arrival \(arrival)")
            if length != nil || expected != nil {
                arrived = []
                total = nil
            }
        }
    }

    /// The datagram from every fragment at once, the plain way: a stable sort by offset, each
    /// fragment adding the bytes past those before it; nil while a hole is left before `total`.
    private static func sortedAssembly(_ fragments: [(offset: Int, bytes: [UInt8])], total: Int) -> [UInt8]? {
        var datagram: [UInt8] = []
        for fragment in fragments.enumerated().sorted(by: { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) })
            .map(\.element)
        {
            guard fragment.offset <= datagram.count else { break }
            let end = min(fragment.offset + fragment.bytes.count, total)
            if end > datagram.count { datagram += fragment.bytes[(datagram.count - fragment.offset)..<(end - fragment.offset)] }
        }
        return datagram.count >= total ? datagram : nil
    }
}
