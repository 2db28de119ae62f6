import ConformanceKit
import Foundation
import Testing

/// Invocation parsing, command templates and shell quoting.
@Suite("Invocations and templates")
struct TemplateTests {
    @Test("follow specs from -qz, -z and joined -zSPEC; other options ignored")
    func followSpecs() {
        let invocation = Invocation(
            name: "x",
            args: [
                "-r", "{capture}", "-qz", "follow,tcp,raw,3,2-4", "-z", "conv,tcp",
                "-zfollow,tcp,hex,10.0.0.1:1,10.0.0.2:2",
            ])
        let specs = invocation.followSpecs
        #expect(specs.count == 2)
        #expect(specs[0].mode == "raw")
        #expect(specs[0].stream == "3")
        #expect(specs[0].range == "2-4")
        #expect(specs[1].stream == nil)
        #expect(specs[1].filter == "10.0.0.1:1,10.0.0.2:2")
        #expect(invocation.resolvedArguments(capture: "c.pcap")[1] == "c.pcap")
    }

    @Test("placeholders expand shell-quoted; {args} is a quoted list; unknown names stay")
    func expansion() {
        let template = CommandTemplate("tool {args} --mode {mode} {node0} {unknown}")
        let expanded = template.expand(["args": "-r 'a b.pcap'", "mode": "raw", "node0": "[2001:db8::1]:80"])
        #expect(expanded == "tool -r 'a b.pcap' --mode raw '[2001:db8::1]:80' {unknown}")
        #expect(CommandTemplate("/x/Conformance/subjects/tcpflow.sh {capture}").defaultSubjectName == "tcpflow")
        #expect(CommandTemplate("tshark {args}").defaultSubjectName == "tshark")
    }

    @Test("values come from the case, the invocation and the golden's Node lines")
    func values() throws {
        let testCase = CorpusCase(
            id: "a/0001-b", summary: "", capture: "capture.pcap", origin: .init(kind: "generated", generator: nil),
            invocations: [], tags: [])
        let invocation = Invocation(name: "r", args: ["-r", "{capture}", "-qz", "follow,tcp,raw,0"])
        let golden = Observation(
            stdout: Array("\n===\nFollow: tcp,raw\nFilter: x\nNode 0: 10.0.0.1:1\nNode 1: [::1]:2\n===\n".utf8),
            exitStatus: 0, stderr: "")
        let context = SubjectContext(
            layout: CorpusLayout(root: URL(fileURLWithPath: "/repo")), caseDirectory: URL(fileURLWithPath: "/repo/c"),
            scratchDirectory: URL(fileURLWithPath: "/tmp/s"), golden: golden)
        let values = CommandTemplate.values(invocation: invocation, testCase: testCase, context: context)
        #expect(values["args"] == "-r capture.pcap -qz follow,tcp,raw,0")
        #expect(values["stream"] == "0")
        #expect(values["node0"] == "10.0.0.1:1")
        #expect(values["node1"] == "[::1]:2")
        #expect(values["root"] == "/repo")
        #expect(values["case"] == "a/0001-b")
    }

    @Test("YAML peers give the same endpoints as Node lines")
    func yamlEndpoints() throws {
        let yaml =
            "peers:\n  - peer: 0\n    host: 2001:db8::1\n    port: 40000\n  - peer: 1\n    host: 10.0.0.2\n    port: 80\npackets:\n"
        let nodes = try #require(NodeEndpoints.parse(Array(yaml.utf8)))
        #expect(nodes.node0 == "[2001:db8::1]:40000")
        #expect(nodes.node1 == "10.0.0.2:80")
        #expect(NodeEndpoints.parse(Array("error".utf8)) == nil)
    }

    @Test("shell quoting leaves safe words alone and survives single quotes")
    func quoting() {
        #expect(ShellQuoting.quote("follow,tcp,raw,0") == "follow,tcp,raw,0")
        #expect(ShellQuoting.quote("") == "''")
        #expect(ShellQuoting.quote("a b") == "'a b'")
        #expect(ShellQuoting.quote("it's") == "'it'\\''s'")
        #expect(ShellQuoting.quote("[::1]:80") == "'[::1]:80'")
    }

    @Test("a process subject runs in the case folder and canonicalises stderr")
    func processSubject() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let testCase = CorpusCase(
            id: "x/0001-y", summary: "", capture: "file name.pcap", origin: .init(kind: "generated", generator: nil),
            invocations: [], tags: [])
        let subject = ProcessSubject(
            template: CommandTemplate("printf '%s|' {args}; echo 'demo: bad' >&2; exit 3"), name: "demo")
        let observation = try Runner.withScratch { scratch in
            try subject.run(
                Invocation(name: "i", args: ["-r", "{capture}"]), of: testCase,
                context: SubjectContext(
                    layout: CorpusLayout(root: folder), caseDirectory: folder, scratchDirectory: scratch, golden: nil))
        }
        #expect(observation.stdout == Array("-r|file name.pcap|".utf8))
        #expect(observation.exitStatus == 3)
        #expect(observation.stderr == "<tool>: bad\n")
    }
}
