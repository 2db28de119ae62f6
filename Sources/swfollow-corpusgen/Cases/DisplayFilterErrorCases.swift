import ConformanceKit

extension Catalog {
    /// The display-filter area's error cases: tshark's message, filter line and caret line (exit 2) for
    /// filters it rejects, the capture-filter note, and the option errors around filters.
    static func displayFilterErrors() -> [CaseSpec] {
        let area = AreaBuilder(area: "display-filters", file: "DisplayFilterErrorCases.swift")
        let follow = ["-qz", "follow,tcp,ascii,0"]
        func display(_ name: String, _ filter: String) -> Invocation {
            Invocations.custom(name, ["-r", "{capture}", "-q", "-Y", filter] + follow)
        }
        return [
            area.file(
                10, "filter-errors",
                "Filters tshark rejects: unknown field, bad literals, unbalanced parenthesis, bad regex, a dangling "
                    + "operator, and capture filters given as display filters (the note).",
                tags: ["display-filter", "errors"], captureName: "capture.pcap", bytes: Scenarios.basicCapture(),
                invocations: [
                    display("y-unknown-field", "tcp.nosuchfield == 1"),
                    display("y-bad-ipv4-literal", "ip.addr == 10.0.0.300"),
                    display("y-string-for-integer", "tcp.port == \"x\""),
                    display("y-unbalanced-parenthesis", "(tcp.port == 80"),
                    display("y-bad-regex", "tcp.payload matches \"(a\""),
                    display("y-dangling-and", "tcp and"),
                    display("y-capture-filter-host", "host 10.0.0.1"),
                    display("y-capture-filter-port", "tcp port 80"),
                ]),
            area.file(
                11, "filter-option-errors",
                "-R without -2, a bad read filter, a bad conversation filter, unknown -e fields and a bad -E value.",
                tags: ["display-filter", "errors"], captureName: "capture.pcap", bytes: Scenarios.basicCapture(),
                invocations: [
                    Invocations.custom("r-without-2", ["-r", "{capture}", "-R", "tcp"] + follow),
                    Invocations.custom("2-r-unknown-field", ["-r", "{capture}", "-2", "-R", "tcp.bogus"] + follow),
                    Invocations.custom("2-r-capture-filter", ["-r", "{capture}", "-2", "-R", "port 80"] + follow),
                    Invocations.z("conv,tcp,tcp.bogus==1", name: "conv-unknown-field"),
                    Invocations.z("conv,tcp,(tcp.port", name: "conv-unbalanced"),
                    Invocations.custom(
                        "fields-unknown",
                        ["-r", "{capture}", "-T", "fields", "-e", "tcp.bogus", "-e", "frame.number", "-e", "ip.bogus"]),
                    Invocations.custom(
                        "fields-bad-occurrence",
                        ["-r", "{capture}", "-T", "fields", "-e", "frame.number", "-E", "occurrence=x"]),
                ]),
        ]
    }
}
