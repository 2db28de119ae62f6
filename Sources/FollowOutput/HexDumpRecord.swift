/// One record in hex mode (FOLLOW-RULES R2.8), 16 bytes a line:
///
///     [TAB]OOOOOOOO  hh hh hh hh hh hh hh hh  hh hh hh hh hh hh hh hh  aaaaaaaa aaaaaaaa
///          0         10                       35                       60
///
/// The offset is the node's running byte count (`%08X`, per line +16). Unused byte positions
/// are spaces up to column 59; the ASCII column starts at 60 with a space after its 8th
/// character. If the last character of a line is a space, that one space is dropped.
enum HexDumpRecord {
    /// Bytes per dump line.
    private static let bytesPerLine = 16
    /// Column of the ASCII part, not counting the TAB.
    private static let asciiColumn = 60
    /// The longest line: TAB, 60 columns, 16 characters, the group space and LF.
    private static let maxLineLength = 1 + asciiColumn + bytesPerLine + 1 + 1

    /// Appends the dump of `bytes`, whose first byte is at `offset` in its node's byte stream.
    static func write(bytes: UnsafeRawBufferPointer, offset: UInt32, indented: Bool, to out: inout [UInt8]) {
        ByteTables.upperHexDigits.withUnsafeBufferPointer { upper in
            ByteTables.lowerHexDigits.withUnsafeBufferPointer { lower in
                ByteTables.hexDumpText.withUnsafeBufferPointer { text in
                    let tables = Tables(upper: upper, lower: lower, text: text)
                    writeLines(bytes: bytes, offset: offset, indented: indented, tables: tables, to: &out)
                }
            }
        }
    }

    /// The lookup tables a line needs, taken once per record.
    private struct Tables {
        var upper: UnsafeBufferPointer<UInt8>
        var lower: UnsafeBufferPointer<UInt8>
        var text: UnsafeBufferPointer<UInt8>
    }

    /// Dumps `bytes` line by line with the tables taken.
    private static func writeLines(
        bytes: UnsafeRawBufferPointer, offset: UInt32, indented: Bool, tables: Tables, to out: inout [UInt8]
    ) {
        LineStaging.writeLines(of: bytes, bytesPerLine: bytesPerLine, maxLineLength: maxLineLength, to: &out) {
            line, start, target in
            storeLine(line, offset: offset &+ UInt32(truncatingIfNeeded: start), indented: indented, tables: tables,
                      at: target)
        }
    }

    /// Stores one line (1–16 bytes) at `target`, LF included; returns the position after it.
    private static func storeLine(
        _ line: UnsafeRawBufferPointer, offset: UInt32, indented: Bool, tables: Tables,
        at target: UnsafeMutablePointer<UInt8>
    ) -> UnsafeMutablePointer<UInt8> {
        var row = target
        if indented {
            row.pointee = 0x09
            row += 1
        }
        for index in 0..<8 {  // %08X
            row[index] = tables.upper[Int((offset >> UInt32(28 - 4 * index)) & 0xF)]
        }
        (row + 8).initialize(repeating: 0x20, count: asciiColumn - 8)
        var cursor = row + asciiColumn
        for (index, byte) in line.enumerated() {
            let column = 10 + 3 * index + (index >= 8 ? 1 : 0)
            row[column] = tables.lower[Int(byte >> 4)]
            row[column + 1] = tables.lower[Int(byte & 0xF)]
            cursor.pointee = tables.text[Int(byte)]
            cursor += 1
            if index == 7 {
                cursor.pointee = 0x20
                cursor += 1
            }
        }
        if (cursor - 1).pointee == 0x20 { cursor -= 1 }
        cursor.pointee = 0x0A
        return cursor + 1
    }
}
