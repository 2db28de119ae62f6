import Glibc

/// Files of the swfollow repository that fuzz targets read as fixed inputs.
package enum Repository {
    /// The repository root: `$SWFOLLOW_REPO_ROOT` when set (as for the tests), else the
    /// directory three levels above this source file (`Fuzz/Sources/FuzzSupport/`).
    package static let root: String = {
        if let root = getenv("SWFOLLOW_REPO_ROOT") { return String(cString: root) }
        var components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(4)
        return components.joined(separator: "/")
    }()

    /// The capture of conformance case `id` (`area/NNNN-slug`), as a path.
    package static func conformanceCapture(_ id: String) -> String {
        "\(root)/Conformance/cases/\(id)/capture.pcap"
    }
}
