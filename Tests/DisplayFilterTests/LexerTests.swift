import Testing

@testable import DisplayFilter

/// The scanner cuts text as tshark 4.0's flex scanner does (longest match, keyword on ties).
@Suite("Lexer")
struct LexerTests {
    /// Kind names and texts of every token of `filter` (the end token left out).
    private func tokens(_ filter: String) throws -> [String] {
        var lexer = Lexer(Array(filter.utf8), fields: .standard)
        return try lexer.all().dropLast().map { token in
            switch token.kind {
            case .unparsed: "w:" + token.text
            case .literal: "l:" + token.text
            case .identifier: "id:" + token.text
            case .string(let value): "s:" + String(decoding: value, as: UTF8.self)
            case .charConstant(let value): "c:\(value)"
            case .rangeNode: "r:" + token.text
            default: token.text
            }
        }
    }

    @Test(arguments: [
        ("tcp.port==80", ["w:tcp.port", "==", "w:80"]),
        ("a eq b and not c", ["w:a", "eq", "w:b", "and", "not", "w:c"]),
        ("android or in_x", ["w:android", "or", "w:in_x"]),
        ("x !== y ~= z", ["w:x", "!==", "w:y", "~=", "w:z"]),
        ("1.2.3.4/24 1.2.3.4/123", ["l:1.2.3.4/24", "l:1.2.3.4/12", "w:3"]),
        ("1.2.3.256", ["w:1.2.3.256"]),
        ("fe80::1/64 ::ffff:1.2.3.4", ["l:fe80::1/64", "l:::ffff:1.2.3.4"]),
        ("1:2:3:4:5:6:7:8:9", ["l:1:2:3:4:5:6:7:8", "l::9"]),
        ("aa:bb:cc:dd:ee:ff:00 aa-bb-cc-dd-ee-ff", ["l:aa:bb:cc:dd:ee:ff:00", "l:aa-bb-cc-dd-ee-ff"]),
        ("47:4 :47 :0a.0b", ["w:47", "l::4", "l::47", "l::0a.0b"]),
        ("0x1G 1.5e3 tcp.port-1 9p", ["w:0x1G", "w:1.5e3", "w:tcp.port-1", "w:9p"]),
        (".tcp.port", ["id:.tcp.port"]),
        ("a..b", ["w:a", "..", "w:b"]),
        ("-x/2", ["-", "w:x", "/", "w:2"]),
        ("f[ 0:1, -2-]#3", ["w:f", "[", "r: 0:1", ",", "r: -2-", "]", "#", "3"]),
        ("ip.addr#[1:]", ["w:ip.addr", "#", "[", "r:1:", "]"]),
    ])
    func cutsLikeFlex(filter: String, expected: [String]) throws {
        #expect(try tokens(filter) == expected)
    }

    @Test func decodesStringsAndCharConstants() throws {
        #expect(try tokens(#""a\x41\101\n" r"a\x41\"""#) == ["s:aAA\n", #"s:a\x41\""#])
        #expect(try tokens(#""\u00e9""#) == ["s:é"])
        #expect(try tokens(#"'a' '\x41' '\101' '\'' '\\'"#) == ["c:97", "c:65", "c:65", "c:39", "c:92"])
    }

    @Test(arguments: [
        ("frame == \"abc", "The final quote was missing from a quoted string.", 13),
        ("frame == 'a", "The final quote was missing from a character constant.", 11),
        ("frame[0:1", "The right bracket was missing from a slice.", 9),
        ("frame == ''", "Empty character constant.", 9),
        ("frame == 'ab'", "'ab' is too long to be a valid character constant.", 9),
        ("frame == '\\n'", "'\\n' is too long to be a valid character constant.", 9),
        ("frame == \"\\q\"", "\\q is not a valid character escape sequence", 10),
        ("frame == \"\\777\"", "\\777 is larger than 255.", 10),
        ("frame == \"\\u0041\"", "\\u0041 is not a valid universal character name", 10),
        ("ip.addr#x", "Expected digit or \"[\", not \"x\"", 8),
        ("frame @", "\"@\" was unexpected in this context.", 6),
        ("frame \u{1}", "Non-printable ASCII characters may only appear inside double-quotes.", 6),
        (".foo == 1", "\"foo\" is not a valid protocol or protocol field.", 0),
    ])
    func lexicalErrors(filter: String, message: String, column: Int) {
        var lexer = Lexer(Array(filter.utf8), fields: .standard)
        #expect(throws: FilterDiagnostic.self) { _ = try lexer.all() }
        do {
            var again = Lexer(Array(filter.utf8), fields: .standard)
            _ = try again.all()
        } catch {
            #expect(error.message == message)
            #expect(error.range?.start == column)
        }
    }
}
