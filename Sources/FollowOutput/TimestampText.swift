import PacketDecoding

/// The YAML `timestamp:` value exactly as tshark writes it (FOLLOW-RULES R2.10):
/// `printf("%.9f", (double)secs + (double)nsecs / 1e9)`, double rounding included
/// (1700000000.003 s is written `1700000000.003000021`).
enum TimestampText {
    /// Appends the text for `timestamp` (for example `1700000000.123456717`).
    static func write(_ timestamp: Timestamp, to out: inout [UInt8]) {
        let value = Double(timestamp.seconds) + Double(timestamp.tsharkNanoseconds) / 1e9
        FixedPointText.write(value, fractionDigits: 9, to: &out)
    }
}
