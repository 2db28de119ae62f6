import ConformanceKit

/// Shorthand for writing one area's case table: fills in the area, the generator file and defaults.
struct AreaBuilder {
    let area: String
    let file: String

    /// A case built from one default flow (10.0.0.1:40000 → 10.0.0.2:80, ISNs 1000/5000).
    /// - Parameters:
    ///   - streams: streams followed in all four modes (ignored when `invocations` is given).
    ///   - extra: invocations added after the default ones.
    ///   - invocations: replaces the default invocations.
    func flow(
        _ number: Int, _ slug: String, _ summary: String, tags: [String] = [], streams: [Int] = [0],
        format: CaptureFormat = .pcap(), link: LinkLayer = .ethernet, extra: [Invocation] = [],
        invocations: [Invocation]? = nil, readme: String? = nil, divergence: [String: String]? = nil,
        _ build: (Flow) -> Void
    ) -> CaseSpec {
        trace(
            number, slug, summary, tags: tags, streams: streams, format: format, link: link, extra: extra,
            invocations: invocations, readme: readme, divergence: divergence
        ) { trace in build(Flow(trace)) }
    }

    /// A case built from a whole trace (several flows, hand-made frames).
    func trace(
        _ number: Int, _ slug: String, _ summary: String, tags: [String] = [], streams: [Int] = [0],
        format: CaptureFormat = .pcap(), link: LinkLayer = .ethernet, extra: [Invocation] = [],
        invocations: [Invocation]? = nil, readme: String? = nil, divergence: [String: String]? = nil,
        _ build: (Trace) -> Void
    ) -> CaseSpec {
        let trace = Trace(link: link)
        build(trace)
        return file(
            number, slug, summary, tags: tags, captureName: format.fileName, bytes: format.encode(trace),
            invocations: (invocations ?? Invocations.follow(streams: streams)) + extra, readme: readme,
            divergence: divergence)
    }

    /// A case whose capture bytes are given directly (or absent, for a missing file).
    func file(
        _ number: Int, _ slug: String, _ summary: String, tags: [String] = [], captureName: String, bytes: [UInt8]?,
        invocations: [Invocation], readme: String? = nil, divergence: [String: String]? = nil
    ) -> CaseSpec {
        CaseSpec(
            area: area, number: number, slug: slug, summary: summary, tags: tags, captureName: captureName,
            captureBytes: bytes, invocations: invocations, readme: readme, divergence: divergence,
            generatorFile: file)
    }
}
