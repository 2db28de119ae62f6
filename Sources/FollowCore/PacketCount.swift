/// The `-c` argument, checked as tshark 4.0.17 checks it (a `strtol` read of the whole text).
enum PacketCount {
    /// Parses a packet count: optional leading C white space, an optional sign, decimal digits and
    /// nothing after them; the value must be 1…2147483647.
    /// - Throws: tshark's messages, in its order: not a decimal number, negative, too large, zero.
    static func parse(_ argument: String) throws(CommandLineError) -> Int {
        var scanner = CFormatScanner(Array(argument.utf8))
        guard let number = scanner.scanDecimal(), scanner.isAtEnd else {
            throw CommandLineError("The specified packet count \"\(argument)\" isn't a decimal number")
        }
        let value = number.signed64
        guard value >= 0 else {
            throw CommandLineError("The specified packet count \"\(argument)\" is a negative number")
        }
        guard value <= Int64(Int32.max) else {
            throw CommandLineError(
                "The specified packet count \"\(argument)\" is too large (greater than \(Int32.max))"
            )
        }
        guard value > 0 else { throw CommandLineError("The specified packet count is zero") }
        return Int(value)
    }
}
