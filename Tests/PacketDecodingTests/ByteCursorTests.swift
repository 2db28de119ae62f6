import PacketDecoding
import Testing

/// The bounds-checked reads every layer relies on.
struct ByteCursorTests {
    private let bytes: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09]

    @Test func readsBigEndianValuesInsideTheCapture() {
        bytes.withUnsafeBytes { raw in
            let cursor = ByteCursor(bytes: raw, reportedLength: 20)
            #expect(cursor.uint8(at: 8) == 0x09)
            #expect(cursor.uint16(at: 0) == 0x0102)
            #expect(cursor.uint32(at: 1) == 0x0203_0405)
            #expect(cursor.uint64(at: 1) == 0x0203_0405_0607_0809)
        }
    }

    @Test func readsPastTheCaptureOrBeforeTheStartGiveNil() {
        bytes.withUnsafeBytes { raw in
            let cursor = ByteCursor(bytes: raw, reportedLength: 20)
            #expect(cursor.uint8(at: 9) == nil)
            #expect(cursor.uint8(at: -1) == nil)
            #expect(cursor.uint16(at: 8) == nil)
            #expect(cursor.uint32(at: 6) == nil)
            #expect(cursor.uint64(at: 2) == nil)
            #expect(cursor.uint16(at: Int.max) == nil)
        }
    }

    @Test func droppingKeepsTheReportedLengthAndMayLeaveNothingCaptured() throws {
        try bytes.withUnsafeBytes { raw in
            let cursor = ByteCursor(bytes: raw, reportedLength: 20)
            let inner = try #require(cursor.dropping(4))
            #expect(inner.capturedLength == 5 && inner.reportedLength == 16 && inner.uint8(at: 0) == 0x05)
            let beyond = try #require(cursor.dropping(12))
            #expect(beyond.capturedLength == 0 && beyond.reportedLength == 8 && beyond.uint8(at: 0) == nil)
            #expect(cursor.dropping(21) == nil)
            #expect(cursor.dropping(-1) == nil)
        }
    }

    @Test func limitingCutsTheCaptureToo() {
        bytes.withUnsafeBytes { raw in
            let cursor = ByteCursor(bytes: raw, reportedLength: 20)
            let short = cursor.limited(to: 3)
            #expect(short.capturedLength == 3 && short.reportedLength == 3 && short.uint8(at: 3) == nil)
            #expect(cursor.limited(to: 50).reportedLength == 20)
            #expect(ByteCursor(bytes: raw, reportedLength: 4).capturedLength == 4)
        }
    }
}
