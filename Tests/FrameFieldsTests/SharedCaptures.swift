import CaptureFile
import Foundation
import FrameFields
import PacketDecoding

/// The golden captures in `../shared` (next to the package root), read with ``FrameFieldReader``.
enum SharedCaptures {
    /// `../shared`, found from this file's path (`Tests/FrameFieldsTests/…`).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether the material is there.
    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("spec-cases").path)
    }

    /// The path of a capture named as the goldens name it (its file name), in the spec cases or
    /// the corpus.
    static func path(_ name: String) -> String {
        let specCase = root.appendingPathComponent("spec-cases").appendingPathComponent(name).path
        if FileManager.default.fileExists(atPath: specCase) {
            return specCase
        }
        return root.appendingPathComponent("corpus/captures").appendingPathComponent(name).path
    }

    /// Reads every frame of capture `name`, calling `body` with each while it is valid.
    static func forEachFrame(
        _ name: String, options: PacketDecoder.Options = .init(), _ body: (FrameFieldReader.Frame) throws -> Void
    ) throws {
        var frames = FrameFieldReader(reader: try CaptureReader(path: path(name)), options: options)
        while try frames.next() {
            try body(frames.frame)
        }
    }
}
