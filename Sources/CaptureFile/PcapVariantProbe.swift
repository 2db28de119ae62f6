/// tshark's guess of the pcap variant when the magic number leaves a choice: read up to three
/// records as each candidate would, stop at the first record that looks wrong and count its
/// problems ("figure of merit"), then take the first candidate with none, else the one with
/// the fewest.
///
/// The records are only looked at in the read buffer, never consumed.
enum PcapVariantProbe {
    /// How many records each candidate reads at most.
    private static let recordsToTry = 3
    /// An original length above this (128 MiB) counts as a problem.
    private static let largestLikelyOriginalLength: UInt32 = 128 * 1024 * 1024

    /// Picks the variant among `candidates` for records starting at `buffer.cursor`.
    /// - Throws: only read or decompression errors.
    static func choose(
        among candidates: [PcapVariant], header: PcapFileHeader, buffer: ReadBuffer
    ) throws(CaptureError) -> PcapVariant {
        var best: (variant: PcapVariant, problems: Int)?
        for candidate in candidates {
            let problems = try countProblems(as: candidate, header: header, buffer: buffer)
            if problems == 0 { return candidate }
            if problems < best?.problems ?? .max {
                best = (candidate, problems)
            }
        }
        return best?.variant ?? .standard
    }

    /// The problems of the first record that has any, read as `variant` (0: none).
    private static func countProblems(
        as variant: PcapVariant, header: PcapFileHeader, buffer: ReadBuffer
    ) throws(CaptureError) -> Int {
        var offset = 0
        for _ in 0..<recordsToTry {
            let headerEnd = offset + variant.recordHeaderSize
            guard let records = try buffer.window(headerEnd),
                let fields = FieldReader(bytes: records, swapped: header.swapped).suffix(from: offset)
            else {
                return buffer.available > offset ? 1 : 0  // a cut header, or the end of the file
            }
            let record = PcapRecordHeader(fields, lengthOrder: header.lengthOrder)
            var problems = 0
            if record.fraction >= 1_000_000 { problems += 1 }
            if record.captureLength > header.linkType.maximumCaptureLength { problems += 1 }
            if record.originalLength > largestLikelyOriginalLength { problems += 1 }
            if record.captureLength > header.snapshotLength { problems += 1 }
            if record.captureLength > record.originalLength { problems += 1 }
            if problems > 0 { return problems }
            offset = headerEnd + Int(record.captureLength)
            guard try buffer.request(offset) else { return 1 }
        }
        return 0
    }
}
