import ConformanceKit
import Foundation

/// Everything the generator writes for one case: its manifest, capture bytes and optional README.
struct CaseSpec {
    /// The first id component, e.g. `tcp-order`.
    var area: String
    /// The zero-padded number inside the area.
    var number: Int
    /// The kebab-case slug.
    var slug: String
    var summary: String
    var tags: [String]
    /// The capture's file name in the case folder.
    var captureName: String
    /// The capture's bytes; `nil` when the case is about a file that does not exist.
    var captureBytes: [UInt8]?
    var invocations: [Invocation]
    /// Why the case exists, when a summary is not enough (written as README.md).
    var readme: String?
    var divergence: [String: String]?
    /// The source file holding the generator, for `origin.generator`.
    var generatorFile: String

    /// `area/NNNN-slug`.
    var id: String {
        area + "/" + String(format: "%04d", number) + "-" + slug
    }

    /// The manifest written as `case.json`.
    var manifest: CorpusCase {
        CorpusCase(
            id: id, summary: summary, capture: captureName,
            origin: .init(kind: "generated", generator: "Sources/swfollow-corpusgen/Cases/\(generatorFile) (\(id))"),
            invocations: invocations, tags: tags, divergence: divergence)
    }
}

/// How a trace becomes file bytes.
enum CaptureFormat {
    /// Classic pcap.
    case pcap(PcapWriter.Precision = .microseconds, ByteOrder = .little)
    /// pcapng, one interface per entry (link types may differ).
    case pcapng(interfaces: [PcapngWriter.Interface], order: ByteOrder = .little)

    /// The usual file name for this format.
    var fileName: String {
        switch self {
        case .pcap: "capture.pcap"
        case .pcapng: "capture.pcapng"
        }
    }

    /// Encodes `trace` (the pcap link type comes from the trace's default link).
    func encode(_ trace: Trace) -> [UInt8] {
        switch self {
        case .pcap(let precision, let order):
            PcapWriter(linkType: trace.link.linkType, precision: precision, order: order).encode(trace.records)
        case .pcapng(let interfaces, let order):
            PcapngWriter(order: order).encode(interfaces: interfaces, records: trace.records)
        }
    }
}
