import FrameFields

/// Where a per-stream writer beside the data files (`--pcap`) plugs into an export
/// (``ExportPass/tap``): it is shown, in capture order, every frame that reaches follow for an
/// exported stream (for UDP, every frame with a UDP header of the stream), and told when the
/// stream is finished, with the name its files take, or dropped (`--min-bytes`, `--max-bytes`).
/// Frames that carry part of a stream without reaching follow (IP fragments before the last)
/// are the writer's to find; with a plan, a stream is finished at its last frame that reaches
/// follow.
protocol ExportFrameTap {
    /// `frame` carries part of `stream` (its bytes are valid during the call only).
    mutating func frame(_ frame: FrameFieldView, belongsTo stream: StreamKey)
    /// `stream` is finished: its files are named `baseName` plus a suffix, or, when `baseName`
    /// is nil, it is not exported and its files are to be removed.
    mutating func finish(_ stream: StreamKey, baseName: String?)
}
