import FollowCore
import Testing

/// What tshark 4.0.17 accepted as a `-H` file (measured with small files): at least one line whose
/// first word is an address and which names a host.
@Test(
    "a hosts file needs one line with an address and a name",
    arguments: [
        ("10.0.0.1 foo\n", true), ("# comment\n", false), ("garbage\n10.0.0.1 foo\n", true), ("::1 foo\n", true),
        ("10.0.0.1\n", false), ("10.0.0.1 foo", true), ("300.0.0.1 foo\n", false), ("  10.0.0.1\tfoo bar\n", true),
        ("foo 10.0.0.1\n", false), ("10.0.0.1 foo # c\n", true), ("010.0.0.1 foo\n", false), ("", false),
        ("hello world this is not a pcap file at all\n", false), ("10.0.0.1 # foo\n", false),
        ("10.0.0.1 foo\r\n", true),
    ])
func hostsFileEntries(text: String, expected: Bool) {
    #expect(HostsFileProbe.containsEntry(Array(text.utf8)[...]) == expected)
}

@Test("missing files and directories have no entries")
func hostsFileOnDisk() {
    #expect(!HostsFileProbe.hasEntries("/nonexistent/hosts"))
    #expect(!HostsFileProbe.hasEntries("/"))
}
