import FollowOutput
import Foundation

/// The tshark outputs of one followed stream, per mode, as recorded in `../shared`.
struct GoldenStream {
    /// `spec` (spec-cases) or `corpus` (corpus goldens).
    var set: String
    /// The capture file name (key of the frame-time fixture).
    var capture: String
    /// A readable name: the spec label stem or the corpus capture plus arguments.
    var name: String
    /// Paths under `../shared` of tshark's stdout for each mode recorded.
    var outputs: [FollowMode: String] = [:]
}

/// A two-block corpus golden (`-z follow,tcp,A,X -z follow,tcp,B,Y`): tshark prints the last `-z`
/// first, so the expected file is stream Y's B block followed by stream X's A block.
struct TwoBlockGolden {
    var path: String
    var blocks: [(stream: String, mode: FollowMode)]
}

/// All follow goldens of `../shared`, grouped by stream.
struct GoldenCatalogue {
    var streams: [String: GoldenStream] = [:]
    var twoBlock: [TwoBlockGolden] = []

    /// Reads `spec-cases/out/INDEX.txt` and every `corpus/golden/*.cases`.
    init() {
        loadSpecCases()
        loadCorpus()
    }

    /// Spec labels `<case>.s<N>.<mode>` (command `tshark -r CAPTURE -q -z follow,tcp,MODE,N`).
    private mutating func loadSpecCases() {
        guard let index = SharedFolder.text("spec-cases/out/INDEX.txt") else { return }
        for line in index.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let label = fields[0].split(separator: ".")
            guard label.count >= 3, let mode = FollowMode(rawValue: String(label[label.count - 1])),
                label[label.count - 2].hasPrefix("s"), Int(label[label.count - 2].dropFirst()) != nil
            else { continue }
            let words = fields[1].split(separator: " ")
            guard words.count > 2, words[1] == "-r" else { continue }
            let key = "spec " + label.dropLast().joined(separator: ".")
            streams[key, default: GoldenStream(set: "spec", capture: String(words[2]), name: key)]
                .outputs[mode] = "spec-cases/out/\(fields[0]).stdout"
        }
    }

    /// Corpus `NAME.cases` lines `args<TAB>exit<TAB>file` with exit 0.
    private mutating func loadCorpus() {
        guard let shared = SharedFolder.url,
            let names = try? FileManager.default.contentsOfDirectory(atPath: shared.path + "/corpus/golden"),
            let captures = try? FileManager.default.contentsOfDirectory(atPath: shared.path + "/corpus/captures")
        else { return }
        for file in names.sorted() where file.hasSuffix(".cases") {
            let name = String(file.dropLast(6))
            guard let capture = captures.first(where: { $0.hasPrefix(name + ".pcap") }),
                let lines = SharedFolder.text("corpus/golden/\(file)")
            else { continue }
            for line in lines.split(separator: "\n") {
                let fields = line.split(separator: "\t")
                guard fields.count == 3, fields[1] == "0" else { continue }
                let path = "corpus/golden/\(fields[2])"
                add(corpusArguments: String(fields[0]), name: name, capture: capture, path: path)
            }
        }
    }

    /// Files one corpus golden under its stream (or as a two-block golden).
    private mutating func add(corpusArguments: String, name: String, capture: String, path: String) {
        let specs = corpusArguments.components(separatedBy: " -z ").dropFirst().compactMap(Self.modeAndFilter)
        let keys = specs.map { "corpus \(name): follow,tcp,MODE,\($0.filter)" }
        if specs.count == 1, let spec = specs.first, let key = keys.first {
            streams[key, default: GoldenStream(set: "corpus", capture: capture, name: key)].outputs[spec.mode] = path
        } else if specs.count > 1 {
            let blocks = zip(keys, specs.map(\.mode)).reversed().map { ($0, $1) }
            twoBlock.append(TwoBlockGolden(path: path, blocks: blocks))
        }
    }

    /// Splits `follow,tcp,MODE,REST` into the mode and the rest.
    private static func modeAndFilter(_ argument: String) -> (mode: FollowMode, filter: String)? {
        let parts = argument.split(separator: ",", maxSplits: 3)
        guard parts.count == 4, parts[0] == "follow", parts[1] == "tcp",
            let mode = FollowMode(rawValue: String(parts[2]))
        else { return nil }
        return (mode, String(parts[3]))
    }
}
