/// Byte slices and lengths of values (`fvalue_slice`, `fvalue_length`).
enum Slicing {
    /// Calls `body` with the bytes `ranges` select in `value`.
    ///
    /// Ranges apply in order; the first that does not fit stops slicing and what earlier ranges
    /// gave is kept (`frame[1,99]` is `frame[1]`, `frame[99]` an empty byte string, as in tshark).
    /// One range borrows the value's bytes; several are copied into one array.
    /// - Returns: `body`'s result (true for values without bytes, which the check rules out).
    static func slice(_ value: Value, _ ranges: [SliceRange], _ body: (Value) -> Bool) -> Bool {
        value.withBytes { bytes -> Bool in
            var pieces: [Range<Int>] = []
            for range in ranges {
                guard let piece = range.bounds(in: bytes.count) else { break }
                pieces.append(piece)
            }
            guard !pieces.isEmpty else { return body(.ownedBytes([])) }
            if pieces.count == 1, let only = pieces.first {
                return body(.bytes(UnsafeRawBufferPointer(rebasing: bytes[only])))
            }
            return body(.ownedBytes(pieces.flatMap { Array(bytes[$0]) }))
        } ?? true
    }

    /// `len()` of a value with a byte form: its byte count (a protocol's header length).
    /// Types without one have a fixed length decided when checking (`FieldType.fixedLength`).
    static func length(of value: Value) -> Int {
        value.withBytes { $0.count } ?? 0
    }
}
