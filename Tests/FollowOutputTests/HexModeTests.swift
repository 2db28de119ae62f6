import FollowOutput
import Testing

/// hex mode layout, per-node offsets and the trailing-space rule (FOLLOW-SPEC R2.8).
struct HexModeTests {
    @Test func offsetsRunPerNodeAndNode1LinesAreIndented() {
        let records = [
            TestRecord(0, "0123456789"), TestRecord(0, "abcdefg"), TestRecord(0, "ABCDEFGHIJKLMNOPQRST"),
            TestRecord(1, "ABCDEFGHIJKLMNOPQ"),
        ]
        let expected = specHeader("hex")
            + "00000000  30 31 32 33 34 35 36 37  38 39                    01234567 89\n"
            + "0000000A  61 62 63 64 65 66 67                              abcdefg\n"
            + "00000011  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  ABCDEFGH IJKLMNOP\n"
            + "00000021  51 52 53 54                                       QRST\n"
            + "\t00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  ABCDEFGH IJKLMNOP\n"
            + "\t00000010  51                                                Q\n"
            + separator
        #expect(renderBlock(.hex, records) == expected)
    }

    @Test func oneTrailingSpaceIsDropped() {
        let records = [
            TestRecord(0, "ends with space "), TestRecord(0, "1234567 "), TestRecord(0, "ab "),
            TestRecord(0, "12345678"), TestRecord(0, [0x09, 0x20, 0x7F, 0x80]), TestRecord(0, "123456789 "),
        ]
        let expected = specHeader("hex")
            + "00000000  65 6e 64 73 20 77 69 74  68 20 73 70 61 63 65 20  ends wit h space\n"
            + "00000010  31 32 33 34 35 36 37 20                           1234567 \n"
            + "00000018  61 62 20                                          ab\n"
            + "0000001B  31 32 33 34 35 36 37 38                           12345678\n"
            + "00000023  09 20 7f 80                                       . ..\n"
            + "00000027  31 32 33 34 35 36 37 38  39 20                    12345678 9\n"
            + separator
        #expect(renderBlock(.hex, records) == expected)
    }

    @Test func crAndLFShowAsDotsAndOffsetsAreUpperCase() {
        let record = TestRecord(0, Array(repeating: 0x0D, count: 171) + [0x0A])
        let lines = renderBlock(.hex, [record]).split(separator: "\n")
        #expect(lines[5] == "00000000  0d 0d 0d 0d 0d 0d 0d 0d  0d 0d 0d 0d 0d 0d 0d 0d  ........ ........")
        #expect(lines[15].hasPrefix("000000A0  0d 0d 0d 0d 0d 0d 0d 0d  0d 0d 0d 0a "))
        #expect(lines[15].hasSuffix("  ........ ...."))
    }
}
