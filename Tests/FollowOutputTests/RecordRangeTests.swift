import FollowOutput
import Testing

/// The RANGE: records counted from 1 across both nodes; skipped ones still advance hex offsets
/// (FOLLOW-SPEC R2.12).
struct RecordRangeTests {
    private let records = [
        TestRecord(0, "0123456789", frame: 4), TestRecord(1, "reply", frame: 5),
        TestRecord(0, "abcdefg", frame: 6), TestRecord(1, "more", frame: 7),
    ]

    @Test func skippedRecordsAdvanceTheirNodesOffset() {
        let expected = specHeader("hex")
            + "\t00000000  72 65 70 6c 79                                    reply\n"
            + "0000000A  61 62 63 64 65 66 67                              abcdefg\n"
            + separator
        #expect(renderBlock(.hex, records, range: RecordRange(first: 2, last: 3)) == expected)
    }

    @Test func rangePastTheEndPrintsAnEmptyBlock() {
        let hundred = RecordRange(first: 100, last: 100)
        let maximum = RecordRange(first: .max, last: .max)
        #expect(renderBlock(.ascii, records, range: hundred) == specHeader("ascii") + separator)
        #expect(renderBlock(.raw, records, range: maximum) == specHeader("raw") + separator)
    }

    @Test func yamlHonoursTheRange() {
        let text = renderBlock(.yaml, records, range: RecordRange(first: 4, last: 4))
        let entry = "  - packet: 7\n    peer: 1\n    timestamp: 0.000000000\n    data: !!binary |\n      bW9yZQ==\n"
        #expect(text.hasSuffix("packets:\n" + entry))
    }

    @Test func asciiRangeSelectsAcrossNodes() {
        let expected = specHeader("ascii") + "\t5\nreply\n7\nabcdefg\n" + separator
        #expect(renderBlock(.ascii, records, range: RecordRange(first: 2, last: 3)) == expected)
    }
}
