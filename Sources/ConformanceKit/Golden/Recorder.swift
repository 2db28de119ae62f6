import Foundation

/// Writes `Golden/` by running real tshark on every invocation: the only way goldens are made.
///
/// Refuses when the first line of `tshark -v` differs from `Golden/TSHARK_VERSION` (unless forced),
/// so goldens from another tshark release cannot slip in.
public struct Recorder: Sendable {
    /// Why recording stopped before it began.
    public enum RecordError: Error, CustomStringConvertible, Sendable {
        /// `tshark -v` printed another version.
        case versionMismatch(installed: String, expected: String)
        /// `tshark -v` could not be run or printed nothing.
        case noTshark(String)

        public var description: String {
            switch self {
            case .versionMismatch(let installed, let expected):
                "tshark -v says \"\(installed)\" but Golden/TSHARK_VERSION says \"\(expected)\" (use --force to record anyway)"
            case .noTshark(let why):
                "cannot run tshark: \(why)"
            }
        }
    }

    /// What a recording run changed.
    public struct Summary: Sendable, Hashable {
        /// Invocations whose golden was created or changed.
        public var changed: [String] = []
        /// Invocations whose golden was already identical.
        public var unchanged = 0
        /// Golden files or folders removed because no invocation produces them any more.
        public var removed: [String] = []
    }

    /// The corpus folders.
    public let layout: CorpusLayout
    /// The tshark command (a name on `PATH` or a path).
    public let tshark: String
    /// Record even when the version differs (and write the new version to `TSHARK_VERSION`).
    public let force: Bool

    /// Creates a recorder.
    public init(layout: CorpusLayout, tshark: String = "tshark", force: Bool = false) {
        self.layout = layout
        self.tshark = tshark
        self.force = force
    }

    /// The first line of `tshark -v`.
    /// - Throws: `RecordError.noTshark` when it cannot be run.
    public func installedVersion() throws -> String {
        let result = try Runner.withScratch { scratch in
            try ProcessRunner.run(
                executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", ShellQuoting.quote(tshark) + " -v"],
                directory: scratch, environment: ProcessSubject.environment(scratch: scratch), scratch: scratch)
        }
        let line = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").first.map(String.init)
        guard result.status == 0, let line, !line.isEmpty else {
            throw RecordError.noTshark("`\(tshark) -v` exited \(result.status)")
        }
        return line
    }

    /// Checks the version, then records every invocation of `cases`.
    /// - Parameters:
    ///   - cases: the cases to record.
    ///   - pruneCases: also delete golden folders of cases that no longer exist (a full recording).
    ///   - progress: called with each case id before it is recorded.
    /// - Throws: `RecordError` before anything is written, or a file-system error.
    public func record(
        _ cases: [CorpusCase], pruneCases: Bool, progress: (String) -> Void = { _ in }
    ) throws -> Summary {
        try checkVersion()
        try writeFixedFiles()
        let store = GoldenStore(layout: layout)
        let subject = ProcessSubject(template: CommandTemplate(ShellQuoting.quote(tshark) + " {args}"), name: "tshark")
        var summary = Summary()
        for testCase in cases {
            progress(testCase.id)
            for invocation in testCase.invocations {
                let observation = try Runner.withScratch { scratch in
                    try subject.run(
                        invocation, of: testCase,
                        context: SubjectContext(
                            layout: layout, caseDirectory: layout.caseDirectory(testCase.id),
                            scratchDirectory: scratch, golden: nil))
                }
                if try store.save(observation, caseID: testCase.id, invocation: invocation.name) {
                    summary.changed.append(testCase.id + "/" + invocation.name)
                } else {
                    summary.unchanged += 1
                }
            }
            summary.removed += try pruneInvocations(of: testCase)
        }
        if pruneCases { summary.removed += try pruneCaseFolders(keeping: Set(cases.map(\.id))) }
        return summary
    }

    private func checkVersion() throws {
        let installed = try installedVersion()
        let file = layout.goldenDirectory.appendingPathComponent("TSHARK_VERSION")
        let recorded = (try? String(contentsOf: file, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if let recorded, recorded != installed, !force {
            throw RecordError.versionMismatch(installed: installed, expected: recorded)
        }
        try FileManager.default.createDirectory(at: layout.goldenDirectory, withIntermediateDirectories: true)
        _ = try GoldenStore.writeIfChanged(Array((installed + "\n").utf8), to: file)
    }

    private func writeFixedFiles() throws {
        let readme = """
            # Golden/

            What tshark printed for every invocation of every case in `Conformance/cases/`.
            Recorded by `swfollow-conformance record --with tshark`; never edited by hand.

            * `<case id>/<invocation>.stdout`: tshark's standard output, raw bytes.
            * `<case id>/<invocation>.status.json`: `{"exit": N, "stderr": "…"}`; stderr without the
              `Running as user` line and with the leading `tshark:` replaced by `<tool>:`.
            * `TSHARK_VERSION`: the first line of `tshark -v` of the recording tshark.
            * `corpus-fields/<capture>.fields.gz`: tshark 4.0.17's `-T fields -E header=y` output (gzip -n)
              for every capture of the optional reference corpus (its `corpus/captures`; see the README's
              Quick start), with every field swfollow can print
              (tcp.payload, udp.payload, `eth` and the hex-named protocols left out); `STATUS.txt` lists
              captures tshark did not read cleanly. Recorded by `scripts/record-fields-goldens.sh`.
            * `corpus-conv/<capture>.txt`: tshark's `-q -z conv,udp -z conv,tcp` output (both tables) for the same captures.
              Recorded by `scripts/record-conv-goldens.sh`.

            """
        let editorconfig =
            "# Goldens are raw bytes: keep trailing spaces, CRs and missing final newlines.\n"
            + "[*]\ntrim_trailing_whitespace = false\ninsert_final_newline = false\ncharset = unset\nend_of_line = unset\n"
        _ = try GoldenStore.writeIfChanged(
            Array(readme.utf8), to: layout.goldenDirectory.appendingPathComponent("README.md"))
        _ = try GoldenStore.writeIfChanged(
            Array(editorconfig.utf8), to: layout.goldenDirectory.appendingPathComponent(".editorconfig"))
    }

    /// Removes golden files of `testCase` that no invocation names any more.
    private func pruneInvocations(of testCase: CorpusCase) throws -> [String] {
        let directory = layout.goldenDirectory(testCase.id)
        let keep = Set(testCase.invocations.flatMap { [$0.name + ".stdout", $0.name + ".status.json"] })
        var removed: [String] = []
        for file in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        where !keep.contains(file) {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(file))
            removed.append(testCase.id + "/" + file)
        }
        return removed
    }

    /// Golden folders written by the `scripts/record-*-goldens.sh` scripts, not by `record`: never pruned.
    private static let scriptRecordedPrefix = "corpus-"

    /// Removes `Golden/<area>/<slug>` folders whose case is gone (script-recorded folders are left alone).
    private func pruneCaseFolders(keeping ids: Set<String>) throws -> [String] {
        let manager = FileManager.default
        var removed: [String] = []
        for area in (try? manager.contentsOfDirectory(atPath: layout.goldenDirectory.path)) ?? [] {
            let areaURL = layout.goldenDirectory.appendingPathComponent(area)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: areaURL.path, isDirectory: &isDirectory), isDirectory.boolValue,
                !area.hasPrefix(Self.scriptRecordedPrefix)
            else { continue }
            for slug in (try? manager.contentsOfDirectory(atPath: areaURL.path)) ?? []
            where !ids.contains(area + "/" + slug) {
                try manager.removeItem(at: areaURL.appendingPathComponent(slug))
                removed.append(area + "/" + slug)
            }
        }
        return removed
    }
}
