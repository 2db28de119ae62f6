import Testing

@testable import DisplayFilter

/// `-e` and `-E` checks, with tshark 4.0.17's messages.
struct FieldColumnsTests {
    @Test(
        "Unknown -e names are listed last first, repeats kept",
        arguments: [
            (["foo.bar"], "Some fields aren't valid:\n\tfoo.bar"),
            (["ip.src", "nope"], "Some fields aren't valid:\n\tnope"),
            (["aa", "zz", "mm", "bb"], "Some fields aren't valid:\n\tbb\n\tmm\n\tzz\n\taa"),
            (["zz", "aa", "zz"], "Some fields aren't valid:\n\tzz\n\taa\n\tzz"),
            (["Tcp.port", " tcp.port", ""], "Some fields aren't valid:\n\t\n\t tcp.port\n\tTcp.port"),
            // Names tshark knows count as valid; aliases do not (`ssl` is `tls` only in filters).
            (["http.host", "foo.bar", "ssl.record"], "Some fields aren't valid:\n\tssl.record\n\tfoo.bar"),
            (
                ["http.host", "_ws.col.Info", "ip.src", "sctp"],
                "Some fields are known to tshark but not computed by swfollow:\n\thttp.host\n\t_ws.col.Info\n\tsctp"
            ),
        ])
    func invalidNames(names: [String], message: String) {
        #expect(throws: FieldOutputError(message)) { try FieldColumns(names: names) }
    }

    @Test("Every registry field, tcp.flags.str and the protocols are accepted")
    func supportedNames() throws {
        let names = FieldRegistry.standard.fields.map(\.name) + ["tcp.flags.str"]
        let columns = try FieldColumns(names: names)
        #expect(columns.names == names)
        #expect(columns.contents.last == .flagString(try #require(FieldRegistry.standard.field(named: "tcp.flags"))))
        #expect(columns.contents.contains(.summary(.tcp)))
    }

    @Test("eth needs -n: tshark's summary has vendor names")
    func ethernetWithResolution() throws {
        #expect(throws: FieldOutputError.ethernetNeedsVendorNames) {
            try FieldColumns(names: ["eth"], resolvesMACNames: true)
        }
        #expect(throws: FieldOutputError.invalidFields(["nope"])) {
            try FieldColumns(names: ["eth", "nope"], resolvesMACNames: true)
        }
        _ = try FieldColumns(names: ["eth.src"], resolvesMACNames: true)
    }

    @Test(
        "-E header and bom: only the first byte counts",
        arguments: [
            ("header=y", true, false), ("header=yes", true, false), ("header=nope", false, false),
            ("bom=y", false, true), ("bom=n", false, false),
        ])
    func flags(argument: String, header: Bool, byteOrderMark: Bool) throws {
        var options = FieldOutputOptions()
        try options.apply(argument)
        #expect(options.header == header)
        #expect(options.byteOrderMark == byteOrderMark)
    }

    @Test(
        "-E separator, aggregator, quote and occurrence values",
        arguments: [
            ("separator=/t", 0x09, 0x2C), ("separator=/s", 0x20, 0x2C), ("separator=/x", 0x5C, 0x2C),
            ("separator=/", 0x5C, 0x2C), ("separator=ab", 0x61, 0x2C), ("separator=é", 0xC3, 0x2C),
            ("aggregator=/s", 0x09, 0x20), ("aggregator=/t", 0x09, 0x5C), ("aggregator=;", 0x09, 0x3B),
            ("==separator=x", 0x72, 0x2C),
        ])
    func bytes(argument: String, separator: UInt8, aggregator: UInt8) throws {
        var options = FieldOutputOptions()
        try options.apply(argument)
        #expect(options.separator == separator)
        #expect(options.aggregator == aggregator)
    }

    @Test("-E quote and occurrence")
    func quoteAndOccurrence() throws {
        var options = FieldOutputOptions()
        try options.apply("quote=dd")
        #expect(options.quote == 0x22)
        try options.apply("quote=s")
        #expect(options.quote == 0x27)
        try options.apply("quote=n")
        #expect(options.quote == nil)
        try options.apply("occurrence=first")
        #expect(options.occurrence == .first)
        try options.apply("occurrence=l")
        #expect(options.occurrence == .last)
    }

    @Test(
        "-E arguments tshark rejects, and the name its message shows",
        arguments: [
            ("header=Y", "header"), ("header=", "header"), ("header", "header"), ("header==y", "header"),
            ("separator=", "separator"), ("aggregator=", "aggregator"), ("occurrence=x", "occurrence"),
            ("quote=x", "quote"), ("bom=x", "bom"), ("escape=y", "escape"), ("escape=n", "escape"), ("foo=y", "foo"),
            ("foo", "foo"), ("=y", "=y"), ("", ""), ("=header=y", "=header"), ("==header=yy", "==header"),
            ("===bom=y", "===bom"), ("=separator=x", "=separator"),
        ])
    func rejected(argument: String, shown: String) {
        var options = FieldOutputOptions()
        #expect(throws: FieldOutputError.invalidOption(shown)) { try options.apply(argument) }
    }

    @Test("The rejection text is tshark's, list included (12 lines, a space ends the quote line)")
    func rejectionText() {
        let lines = FieldOutputError.invalidOption("header").message.split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 12)
        #expect(lines.first == #""header" is not a valid field output option=value pair."#)
        #expect(lines.dropFirst().first == #"TShark: The available options for field output "E" are:"#)
        #expect(lines.contains("quote=d|s|n   Print either d: double-quotes, s: single quotes or "))
        #expect(lines.last == "     n: no quotes around field values (def: n: none)")
        #expect(!lines.contains { $0.contains("escape") })
    }
}
