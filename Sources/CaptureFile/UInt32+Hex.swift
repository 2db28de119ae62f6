extension UInt32 {
    /// The value as 8 lower-case hex digits, as C's `%08x` prints it in tshark's messages.
    var hex8: String {
        let digits = String(self, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
