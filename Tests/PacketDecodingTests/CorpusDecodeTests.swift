import Foundation
import PacketDecoding
import Testing

/// Every frame of every capture in `../shared` decodes to the TCP header tshark 4.0.17 shows for
/// it (tables recorded by `scripts/record-decode-table.py`; the biggest captures are recorded up
/// to frame 2000).
@Suite(.enabled(if: DecodeCorpus.isPresent, "../shared is absent"))
struct CorpusDecodeTests {
    @Test func everyCaptureIsRecorded() {
        #expect(DecodeCorpus.recordedCaptures.count == 163)
    }

    @Test(arguments: DecodeCorpus.recordedCaptures)
    func framesMatchTshark(capture: String) throws {
        let expected = try DecodeCorpus.recordedRows(DecodeCorpus.fixtures.appendingPathComponent(capture + ".tcp.tsv"))
        let path = DecodeCorpus.shared.appendingPathComponent(capture).path
        DecodeCorpus.expectSame(DecodeCorpus.decodedRows(path, limit: expected.count), expected, capture)
    }
}

/// The crafted probe captures (`scripts/make-decode-probes.py`) decode as tshark 4.0.17 shows
/// them, with defragmentation on (the default) and off.
struct ProbeDecodeTests {
    @Test func probesArePresent() {
        #expect(DecodeCorpus.probeCaptures.count == 22)
    }

    @Test(arguments: DecodeCorpus.probeCaptures)
    func framesMatchTshark(probe: String) throws {
        let capture = DecodeCorpus.probes.appendingPathComponent(probe)
        let expected = try DecodeCorpus.recordedRows(capture.appendingPathExtension("tcp.tsv"))
        DecodeCorpus.expectSame(DecodeCorpus.decodedRows(capture.path, limit: .max), expected, probe)
    }

    @Test(arguments: DecodeCorpus.probeCaptures)
    func framesMatchTsharkWithoutDefragmentation(probe: String) throws {
        let capture = DecodeCorpus.probes.appendingPathComponent(probe)
        let expected = try DecodeCorpus.recordedRows(capture.appendingPathExtension("nodefrag.tcp.tsv"))
        let options = PacketDecoder.Options(defragment: false, defragmentIPv6: false)
        DecodeCorpus.expectSame(DecodeCorpus.decodedRows(capture.path, options: options, limit: .max), expected, probe)
    }
}
