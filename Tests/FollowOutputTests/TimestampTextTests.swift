import PacketDecoding
import Testing

@testable import FollowOutput

/// `printf("%.9f", secs + nsecs / 1e9)` reproduced exactly (FOLLOW-SPEC R2.10). Expected values
/// from R2.10, `fmt_times`, and C-equivalent correctly rounded formatting (Python `'%.9f'`).
struct TimestampTextTests {
    @Test(
        arguments: [
            (1_700_000_000, 3_000_000, "1700000000.003000021"),
            (1_700_000_000, 123_456_789, "1700000000.123456717"),
            (1_700_000_000, 999_999_999, "1700000001.000000000"),
            (1_700_000_000, 123_456_000, "1700000000.123456001"),
            (0, 0, "0.000000000"),
            (0, 500_000_000, "0.500000000"),
            (0, 1, "0.000000001"),
            (1, 1, "1.000000001"),
            (1, 999_999_999, "1.999999999"),
            (4_294_967_295, 999_999_999, "4294967296.000000000"),
            (-1, 500_000_000, "-0.500000000"),
            (Int64.max, 999_999_999, "9223372036854775808.000000000"),
            // Exact ties (the double is secs + k/1024): rounded to even, down and up.
            (1_700_000_000, 976_562, "1700000000.000976562"),
            (1_700_000_000, 2_929_687, "1700000000.002929688"),
        ] as [(Int64, UInt32, String)])
    func printfRounding(seconds: Int64, nanoseconds: UInt32, expected: String) {
        var out: [UInt8] = []
        TimestampText.write(Timestamp(seconds: seconds, nanoseconds: nanoseconds), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test func nanosecondUnitsRoundsTiesToEven() {
        // Not ties: the nearest doubles to 0.5e-9, 1.5e-9, 2.5e-9 lie just above, below, above.
        #expect(FixedPointText.scaledUnits(0.5e-9, fractionDigits: 9) == 1)
        #expect(FixedPointText.scaledUnits(1.5e-9, fractionDigits: 9) == 1)
        #expect(FixedPointText.scaledUnits(2.5e-9, fractionDigits: 9) == 3)
        #expect(FixedPointText.scaledUnits(1.0 / 1024, fractionDigits: 9) == 976_562)  // 976562.5 exactly
        #expect(FixedPointText.scaledUnits(3.0 / 1024, fractionDigits: 9) == 2_929_688)  // 2929687.5 exactly
        #expect(FixedPointText.scaledUnits(.leastNonzeroMagnitude, fractionDigits: 9) == 0)
        #expect(FixedPointText.scaledUnits(0, fractionDigits: 9) == 0)
    }
}
