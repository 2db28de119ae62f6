/// One conformance case: the `case.json` manifest of a folder `Conformance/cases/<area>/<NNNN-slug>/`.
///
/// The manifest describes inputs only; what tshark printed lives apart, under `Golden/<id>/`.
/// ```json
/// { "summary": "…", "capture": "capture.pcap",
///   "origin": { "kind": "generated", "generator": "…" },
///   "invocations": [ { "name": "follow-raw-0", "args": ["-r", "{capture}", "-qz", "follow,tcp,raw,0"] } ],
///   "tags": ["reorder"], "divergence": { "tcpflow": "why it differs" } }
/// ```
public struct CorpusCase: Codable, Sendable, Hashable, Identifiable {
    /// Where a capture came from.
    public struct Origin: Codable, Sendable, Hashable {
        /// `generated` (by `swfollow-corpusgen`) or `handmade`.
        public var kind: String
        /// The generator that wrote the capture (a source file and case), if generated.
        public var generator: String?

        /// Creates an origin.
        public init(kind: String, generator: String?) {
            self.kind = kind
            self.generator = generator
        }
    }

    /// `area/NNNN-slug`: the folder path below `Conformance/cases/`. Not stored in the file.
    public var id: String = ""
    /// One sentence saying what the case exercises.
    public var summary: String
    /// The capture's file name inside the case folder (it may be absent on purpose, for file errors).
    public var capture: String
    /// Who made the capture.
    public var origin: Origin
    /// The command lines to run, in order.
    public var invocations: [Invocation]
    /// Free-form labels (`reorder`, `gap`, `libnids-2a`, …).
    public var tags: [String]
    /// Known, accepted differences: subject name → reason. The runner reports XFAIL for them.
    public var divergence: [String: String]?

    private enum CodingKeys: String, CodingKey {
        case summary, capture, origin, invocations, tags, divergence
    }

    /// Creates a manifest.
    public init(
        id: String, summary: String, capture: String, origin: Origin,
        invocations: [Invocation], tags: [String], divergence: [String: String]? = nil
    ) {
        self.id = id
        self.summary = summary
        self.capture = capture
        self.origin = origin
        self.invocations = invocations
        self.tags = tags
        self.divergence = divergence
    }

    /// The first path component of the id (`tcp-order` in `tcp-order/0001-swapped-pair`).
    public var area: String {
        String(id.split(separator: "/").first ?? "")
    }

    /// The reason recorded for `subject`, if the case is expected to differ for it.
    public func divergenceReason(for subject: String) -> String? {
        divergence?[subject]
    }
}
