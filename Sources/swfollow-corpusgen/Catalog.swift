/// Every generated case, area by area (each area's table lives in `Cases/<Area>Cases.swift`).
enum Catalog {
    /// All cases, in area order.
    static func all() -> [CaseSpec] {
        pcapFormat() + link() + ip() + streamIndex() + tcpOrder() + tcpGaps() + tcpLifecycle() + output()
            + addressFilter() + commandLine() + fileErrors() + conversations() + displayFilters()
            + hostile() + malformedNetwork() + malformedLinkAndTCP() + udp()
    }
}
