import Foundation

/// The display-filter goldens recorded by `scripts/record-filter-goldens.sh` with tshark 4.0.17.
package struct FilterGolden: Decodable, Sendable, CustomStringConvertible {
    /// The filter exactly as passed to `tshark -Y`.
    package var filter: String
    /// tshark's exit status when it rejected the filter.
    package var status: Int32?
    /// tshark's stderr when it rejected the filter (the root warning line removed).
    package var stderr: String?
    /// The frames tshark kept, per capture file name, as "1-3,7".
    package var frames: [String: String]?

    package var description: String { filter }

    /// Frame numbers from "1-3,7" notation.
    package static func frameNumbers(_ text: String) -> [Int] {
        text.split(separator: ",").flatMap { part -> [Int] in
            let bounds = part.split(separator: "-").compactMap { Int($0) }
            guard let first = bounds.first else { return [] }
            return Array(first...(bounds.last ?? first))
        }
    }
}

/// Locations of the fixtures (they hold tshark's outputs, so no capture or tshark is needed).
package enum FixturePaths {
    /// `Tests/DisplayFilterTests/Fixtures`.
    package static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("DisplayFilterTests/Fixtures")

    /// Every golden, in file order.
    package static func goldens() -> [FilterGolden] {
        let url = fixtures.appendingPathComponent("filter-goldens.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { try? decoder.decode(FilterGolden.self, from: Data($0.utf8)) }
    }
}
