import DisplayFilter
import PacketDecoding

/// The accumulator behind one `-z conv,tcp` or `-z conv,udp`: a row per `tcp.stream` or
/// `udp.stream`, fed one tap call at a time by the pipeline's single pass (tshark's TCP or UDP
/// conversation tap).
///
/// tshark's TCP tap sees exactly the frames that reach follow (FOLLOW-RULES R3.4, R3.6): TCP
/// headers quoted in ICMP errors, headers cut by the snap length and headers whose segment length
/// is unknown are not counted, though they may have opened the stream. Its UDP tap sees every UDP
/// header that passed the length check outside ICMP errors, one call per UDP layer. Rows are kept
/// in the order their stream was first counted, which decides the order of rows with equal frame
/// counts. A filtered table (`conv,tcp,FILTER`) is the same accumulator fed only the frames its
/// ``filter`` accepts: the caller applies it before ``record(stream:source:destination:length:time:)``.
/// - Complexity: memory is one row per counted stream plus 4 bytes per stream index.
struct ConversationTable {
    /// What the command line asked for.
    let request: ConversationRequest
    /// The rows in first-counted order.
    private(set) var rows: [ConversationRow] = []
    /// For each `tcp.stream` index, its row in ``rows``, or -1 while none.
    private var rowOfStream: [Int32] = []

    /// The compiled filter of `conv,tcp,FILTER` or `conv,udp,FILTER`: the frames it rejects are
    /// not counted.
    let filter: DisplayFilter?

    init(_ request: ConversationRequest, filter: DisplayFilter? = nil) {
        self.request = request
        self.filter = filter
    }

    /// Counts one frame of stream `stream`.
    /// - Parameters:
    ///   - length: the frame's length on the wire (`frame.len`), whatever was captured.
    ///   - time: its time relative to the capture's first frame.
    mutating func record(stream: UInt32, source: Endpoint, destination: Endpoint, length: Int, time: RelativeTime) {
        let index = Int(stream)
        if index >= rowOfStream.count {
            rowOfStream.append(contentsOf: repeatElement(-1, count: index + 1 - rowOfStream.count))
        }
        var row = Int(rowOfStream[index])
        if row < 0 {
            row = rows.count
            rowOfStream[index] = Int32(truncatingIfNeeded: row)
            rows.append(ConversationRow(source: source, destination: destination, time: time))
        }
        rows[row].count(source: source, destination: destination, length: length, time: time)
    }

    /// The rows in tshark's printing order: most frames first, rows with equal counts in the order
    /// their stream was first counted.
    var sortedRows: [ConversationRow] {
        rows.enumerated()
            .sorted { ($0.element.totalFrames, $1.offset) > ($1.element.totalFrames, $0.offset) }
            .map(\.element)
    }
}
