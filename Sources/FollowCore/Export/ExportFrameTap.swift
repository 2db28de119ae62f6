import FrameFields

/// Where a per-stream writer beside the data files (`--pcap`) plugs into an export: it is shown
/// every frame that carries part of an exported stream, in capture order, and told when the
/// stream is finished, with the name its files take, or dropped (`--min-bytes`, `--max-bytes`).
protocol ExportFrameTap {
    /// `frame` carries part of `stream` (its bytes are valid during the call only).
    mutating func frame(_ frame: FrameFieldView, belongsTo stream: StreamKey)
    /// `stream` is finished: its files are named `baseName` plus a suffix, or, when `baseName`
    /// is nil, it is not exported and its files are to be removed.
    mutating func finish(_ stream: StreamKey, baseName: String?)
}
