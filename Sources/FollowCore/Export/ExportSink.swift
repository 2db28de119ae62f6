import FollowOutput
import PacketDecoding
import TCPReassembly

/// Where a stream's follow records go in an export: each node's data bytes to its data file
/// (missing-data markers left out and noted as gaps), and with `--follow` the block's text to the
/// follow file, exactly as `-z follow,PROTO,MODE,N` prints it.
struct ExportSink: FollowSink {
    /// A gap: `length` bytes of `node` missing after `offset` of its data bytes.
    struct Gap {
        var node: Int
        var offset: UInt64
        var length: UInt64
    }

    private let pool: FilePool
    /// Node 0's and Node 1's data files.
    let dataFiles: [FilePool.Handle]
    /// The follow text file, with `--follow`.
    let textFile: FilePool.Handle?
    private var text: BlockRenderer?
    /// Node 0 and Node 1 as follow names them, once known.
    private(set) var nodes: (Endpoint, Endpoint)?
    /// Data bytes per node.
    private(set) var bytes: [UInt64] = [0, 0]
    /// Bytes lost to gaps per node, as the markers count them.
    private(set) var missing: [UInt64] = [0, 0]
    private(set) var gaps: [Gap] = []

    /// - Parameters:
    ///   - dataFiles: Node 0's and Node 1's files.
    ///   - text: the follow file and the request whose block it holds, with `--follow`.
    init(pool: FilePool, dataFiles: [FilePool.Handle], text: (FilePool.Handle, FollowRequest)?) {
        self.pool = pool
        self.dataFiles = dataFiles
        textFile = text?.0
        self.text = text.map { BlockRenderer(request: $0.1) }
    }

    mutating func begin(node0: Endpoint, node1: Endpoint) {
        nodes = (node0, node1)
        text?.begin(node0: node0, node1: node1)
    }

    mutating func record(node: Int, frameNumber: UInt64, timestamp: Timestamp, bytes: UnsafeRawBufferPointer) {
        self.bytes[node] += UInt64(bytes.count)
        pool.append(bytes, to: dataFiles[node])
        if text != nil {
            text?.record(node: node, frameNumber: frameNumber, timestamp: timestamp, bytes: bytes)
            drainText()
        }
    }

    mutating func gap(node: Int, missing: UInt32, frameNumber: UInt64) {
        gaps.append(Gap(node: node, offset: bytes[node], length: UInt64(missing)))
        self.missing[node] += UInt64(missing)
        text?.gap(node: node, missing: missing, frameNumber: frameNumber)
    }

    /// Moves the follow text rendered so far to its file once its header is final.
    private mutating func drainText() {
        guard let textFile, text?.isHeaderFinal == true else { return }
        text?.output.withUnsafeBytes { pool.append($0, to: textFile) }
        text?.output.removeAll(keepingCapacity: true)
    }

    /// Completes the follow text (its footer) and hands it to its file.
    mutating func finishText() {
        guard let textFile, var renderer = text else { return }
        text = nil
        renderer.finish().withUnsafeBytes { pool.append($0, to: textFile) }
    }
}
