/// Streams frames out of a pcap or pcapng file (optionally gzip-compressed) or standard input.
/// PLACEHOLDER: the capture helper replaces this file.
package final class CaptureReader {
    package init(path: String) throws(CaptureError) {
        throw .notACaptureFile(path: path)
    }

    package func nextFrame() throws(CaptureError) -> CapturedFrame? {
        nil
    }
}
