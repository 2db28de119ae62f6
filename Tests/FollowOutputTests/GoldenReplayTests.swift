import FollowOutput
import Testing

/// Renders every stream of every spec case and corpus golden (those with a raw output, or an empty
/// ascii block) in each recorded mode and compares byte for byte with tshark's file.
@Suite(.enabled(if: SharedFolder.isPresent, "needs ../shared (spec cases and corpus goldens)"))
struct GoldenReplayTests {
    private static let catalogue = GoldenCatalogue()
    private static let times = FrameTimes()

    @Test("tshark goldens are reproduced byte for byte", arguments: ["spec", "corpus"])
    func replay(set: String) throws {
        var identical = 0
        var compared = 0
        var failures: [String] = []
        var replays: [String: GoldenReplay] = [:]
        let streams = Self.catalogue.streams.values.filter { $0.set == set }.sorted { $0.name < $1.name }
        for stream in streams where stream.outputs[.raw] != nil || stream.outputs[.ascii] != nil {
            do {
                let replay = try GoldenReplay(stream, times: Self.times)
                replays[stream.name] = replay
                for (mode, path) in stream.outputs.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    compared += 1
                    if replay.render(mode) == SharedFolder.bytes(path) {
                        identical += 1
                    } else {
                        failures.append("\(stream.name) \(mode)")
                    }
                }
            } catch {
                compared += stream.outputs.count
                failures.append(error.description)
            }
        }
        for golden in Self.catalogue.twoBlock where set == "corpus" {
            let parts = golden.blocks.map { replays[$0.stream]?.render($0.mode) }
            guard parts.allSatisfy({ $0 != nil }) else { continue }
            compared += 1
            if parts.compactMap({ $0 }).joined().elementsEqual(SharedFolder.bytes(golden.path) ?? []) {
                identical += 1
            } else {
                failures.append(golden.path)
            }
        }
        let unusable = streams.filter { $0.outputs[.raw] == nil && $0.outputs[.ascii] == nil }
        let withoutRaw = unusable.reduce(0) { $0 + $1.outputs.count }
        print("FollowOutput golden replay (\(set)): \(identical) of \(compared) files identical; "
            + "\(replays.count) streams; \(withoutRaw) files skipped (no raw or ascii output)")
        #expect(compared > 0)
        #expect(failures.isEmpty, "\(failures.count) differ, e.g. \(failures.prefix(10))")
    }
}

/// The spec's RANGE labels (`fmt_multi.range.*`: `follow,tcp,MODE,0,RANGE`), rendered from the
/// records of `fmt_multi.s0` with the range applied.
@Suite(.enabled(if: SharedFolder.isPresent, "needs ../shared (spec cases)"))
struct GoldenRangeTests {
    @Test(arguments: [
        ("2", FollowMode.hex, RecordRange(first: 2, last: 2)), ("2-4", .hex, RecordRange(first: 2, last: 4)),
        ("4-4", .hex, RecordRange(first: 4, last: 4)), ("9-100", .hex, RecordRange(first: 9, last: 100)),
        ("100", .hex, RecordRange(first: 100, last: 100)), ("-1", .hex, RecordRange(first: .max, last: .max)),
        ("yaml2", .yaml, RecordRange(first: 2, last: 2)), ("ascii3-4", .ascii, RecordRange(first: 3, last: 4)),
    ])
    func specRange(label: String, mode: FollowMode, range: RecordRange) throws {
        let stream = try #require(GoldenCatalogue().streams["spec fmt_multi.s0"])
        let replay = try GoldenReplay(stream, times: FrameTimes())
        let expected = SharedFolder.bytes("spec-cases/out/fmt_multi.range.\(label).stdout")
        #expect(replay.render(mode, range: range) == expected)
    }
}
