import Testing

@testable import DisplayFilter

/// Names tshark 4.0.17 knows but swfollow does not compute. Where tshark rejects the filter,
/// the recorded goldens check its message; these are filters tshark accepts (checked by hand
/// with `tshark -Y`), which swfollow refuses with its own message at the first such name, and
/// two that only a field's value names could decide (tshark rejects them: `ip.dsfield.dscp == foo`,
/// `ip.flags.df == yes`), which swfollow refuses at once.
@Suite("Protocols and fields swfollow does not compute")
struct UncomputedFieldTests {
    @Test(arguments: [
        ("29west", "FT_PROTOCOL"), ("zvt.trace_number", "FT_STRING"), ("http.host", "FT_STRING"),
        ("udp.port", "FT_UINT16"), ("tcp.analysis", "FT_NONE"), ("ssl", "FT_PROTOCOL"),
        ("ssl.record.length", "FT_UINT16"), ("bootp.option.type", "FT_UINT8"),
    ])
    func registryKnowsName(_ name: String, _ type: String) {
        #expect(TsharkRegistry.field(named: name)?.type.name == type)
    }

    /// Decodes the whole front-coded list and looks up every 1009th name, and a word just after
    /// it in byte order (the name and a control character), which is never a name.
    @Test func registryFindsSampledNames() {
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
        var count = 0
        var name: [UInt8] = []
        TsharkFieldNames.blob.withUTF8Buffer { blob in
            for line in blob.split(separator: 0x0A) {
                let typeAt = line.startIndex + ("+~^".utf8.contains(line.last!) ? line.count - 2 : line.count - 1)
                name.removeSubrange(digits.firstIndex(of: line.first!)!...)
                name.append(contentsOf: line[(line.startIndex + 1)..<typeAt])
                count += 1
                guard count % 1009 == 0 else { continue }
                let text = String(decoding: name, as: UTF8.self)
                let type = TsharkFieldNames.types[digits.firstIndex(of: line[typeAt])!].name
                #expect(TsharkRegistry.field(named: text, followingAliases: false)?.type.name == type, "\(text)")
                #expect(TsharkRegistry.field(named: text + "\u{1}", followingAliases: false) == nil, "\(text)")
            }
        }
        #expect(count == 236_475)
    }

    @Test(arguments: [
        ("udp.port", TsharkValueNames.none), ("ip.dsfield.dscp", .named), ("ip.flags.df", .named),
        ("ieee1722.subtype", .ranges), ("alljoyn.message.typeid", .custom), ("2dparityfec.d", .none),
        ("http.host", .none),
    ])
    func registryKnowsValueNames(_ name: String, _ valueNames: TsharkValueNames) {
        #expect(TsharkRegistry.field(named: name)?.valueNames == valueNames)
    }

    @Test(arguments: ["", "TCP", "foo.bar", "http.hos", "http.hostt", "zzz", "0", "ssl.nope", "29wes"])
    func registryLacksName(_ name: String) {
        #expect(TsharkRegistry.field(named: name) == nil)
    }

    @Test(arguments: [
        ("sctp", "sctp", "protocol", 0, 4),
        ("not sctp and tcp", "sctp", "protocol", 4, 4),
        ("tcp == sctp", "sctp", "protocol", 7, 4),
        ("http.host == \"x\"", "http.host", "field", 0, 9),
        ("http.host matches \"x\"", "http.host", "field", 0, 9),
        ("tcp.port == sctp.port", "sctp.port", "field", 12, 9),
        ("sctp.port in {53, 80}", "sctp.port", "field", 0, 9),
        ("tcp.payload[0:2] == http", "http", "protocol", 20, 4),
        (".http.host == \"x\"", "http.host", "field", 0, 10),
        ("http.host#1 == \"x\"", "http.host", "field", 0, 9),
        ("eth.src == wlan.sa", "wlan.sa", "field", 11, 7),
        ("len(http.host) == 1", "http.host", "field", 4, 9),
        ("ssl.record", "ssl.record", "field", 0, 10),
        ("http.content_length == 5", "http.content_length", "field", 0, 19),
        // A boolean without true/false names of its own takes tshark's default ones.
        ("2dparityfec.d == true", "2dparityfec.d", "field", 0, 13),
        // Only the field's value names (which swfollow does not ship) could tell.
        ("ip.dsfield.dscp == foo", "ip.dsfield.dscp", "field", 0, 15),
        ("ip.flags.df == yes", "ip.flags.df", "field", 0, 11),
        ("tcp.len + http.content_length == 1", "http.content_length", "field", 10, 19),
        ("tcp.port == ${sctp.port}", "sctp.port", "field", 14, 9),
    ])
    func refusedWithSwfollowMessage(_ filter: String, _ name: String, _ kind: String, _ start: Int, _ length: Int) {
        do {
            _ = try DisplayFilter(compiling: filter)
            Issue.record("compiled")
        } catch {
            #expect(error.message == "\(name) is a tshark \(kind) that swfollow does not compute.")
            #expect(error.range == SourceRange(start: start, length: length))
            #expect(error.isSwfollowRefusal)
        }
    }
}
