import Testing

@testable import PCRE2Regex

/// Runs `body` over the bytes of `text`.
private func withBytes<R>(_ text: [UInt8], _ body: (UnsafeRawBufferPointer) -> R) -> R {
    text.withUnsafeBytes(body)
}

/// Compiles `pattern` and returns its first match in `subject`.
private func find(_ pattern: String, _ options: PCRE2Options = [], in subject: [UInt8]) throws -> Range<Int>? {
    let compiled = try PCRE2Pattern(pattern, options: options)
    return subject.withUnsafeBytes { compiled.firstMatch(in: $0) }
}

@Suite("PCRE2Pattern")
struct PCRE2PatternTests {
    @Test func matchesAndFirstMatch() throws {
        let pattern = try PCRE2Pattern("b+c")
        let subject = Array("aabbbcd".utf8)
        #expect(withBytes(subject) { pattern.matches($0) })
        #expect(withBytes(subject) { pattern.firstMatch(in: $0) } == 2..<6)
        #expect(withBytes(subject) { pattern.firstMatch(in: $0, startingAt: 5) } == nil)
        #expect(withBytes(subject) { pattern.firstMatch(in: $0, startingAt: 99) } == nil)
        #expect(pattern.isJITCompiled)
    }

    @Test func caseSensitiveByDefaultCaselessOnRequest() throws {
        let subject = Array("GET / HTTP/1.1".utf8)
        #expect(try find("get", in: subject) == nil)
        #expect(try find("get", .caseless, in: subject) == 0..<3)
        // An inline (?-i) switches caselessness back off, as Wireshark users write it.
        #expect(try find("(?-i)get", .caseless, in: subject) == nil)
    }

    @Test func binarySafePatternAndSubject() throws {
        let subject: [UInt8] = [0x68, 0x00, 0xFF, 0xFE, 0x01]
        let nulFF = try PCRE2Pattern(bytes: [0x00, 0xFF])
        #expect(withBytes(subject) { nulFF.firstMatch(in: $0) } == 1..<3)
        let escaped = try PCRE2Pattern("\\xfe\\x01$")
        #expect(withBytes(subject) { escaped.firstMatch(in: $0) } == 3..<5)
        // Without UTF mode a lone 0xFF byte is one character for `.`.
        #expect(try find("h.\\xff", in: subject) == 0..<3)
    }

    @Test func literalOption() throws {
        let pattern = try PCRE2Pattern("a.b(", options: .literal)
        #expect(withBytes(Array("xa.b(".utf8)) { pattern.firstMatch(in: $0) } == 1..<5)
        #expect(withBytes(Array("axb(".utf8)) { pattern.matches($0) } == false)
    }

    @Test func multilineOffByDefault() throws {
        let subject = Array("one\ntwo".utf8)
        #expect(try find("^two", in: subject) == nil)
        #expect(try find("^two", .multiline, in: subject) == 4..<7)
    }

    @Test func utfOnlyWhenAsked() throws {
        let subject = Array("é".utf8)  // two bytes
        #expect(try find("^.$", in: subject) == nil)
        #expect(try find("^.$", .utf, in: subject) == 0..<2)
        // Invalid UTF-8 in a UTF-mode subject is not an error, just no match there.
        #expect(try find("a", .utf, in: [0xFF, 0x61]) == 1..<2)
    }

    @Test(arguments: [
        ("(", "missing closing parenthesis", 1),
        ("[a", "missing terminating ] for character class", 2),
        ("a**", "quantifier does not follow a repeatable item", 2),
        (")", "unmatched closing parenthesis", 0),
        ("a{2,1}", "numbers out of order in {} quantifier", 5),
    ])
    func compileErrorsCarryPCRE2MessageAndOffset(pattern: String, message: String, offset: Int) {
        #expect(throws: PatternError.self) { try PCRE2Pattern(pattern) }
        do {
            _ = try PCRE2Pattern(pattern)
        } catch {
            #expect(error.message == message)
            #expect(error.offset == offset)
            #expect(error.code > 0)
        }
    }

    @Test func neverUTFRejectsTheUTFVerb() {
        do {
            _ = try PCRE2Pattern("(*UTF)a", options: .displayFilter)
            Issue.record("(*UTF) was accepted")
        } catch {
            #expect(error.message == "using UTF is disabled by the application")
        }
    }

    @Test func partialHardReportsMatchesCutByTheEnd() throws {
        let pattern = try PCRE2Pattern("password=\\w+")
        #expect(withBytes(Array("xx passw".utf8)) { pattern.partialMatch(in: $0) } == .partial(from: 3))
        // Hard partial: a match that could still grow is partial too.
        #expect(withBytes(Array("password=abc".utf8)) { pattern.partialMatch(in: $0) } == .partial(from: 0))
        #expect(withBytes(Array("password=abc;".utf8)) { pattern.partialMatch(in: $0) } == .complete(0..<12))
        #expect(withBytes(Array("nothing here".utf8)) { pattern.partialMatch(in: $0) } == .none)
        #expect(withBytes(Array("password=a;".utf8)) { pattern.partialMatch(in: $0, startingAt: 1) } == .none)
    }

    @Test func streamingSearchAcrossChunks() throws {
        // Simulates a later caller: keep the partial tail, append the next chunk, search again.
        let pattern = try PCRE2Pattern("secret", options: .caseless)
        let chunks = ["xxxx sec", "RE", "t yyy"].map { Array($0.utf8) }
        var carried: [UInt8] = []
        var consumed = 0
        var found: Range<Int>?
        for chunk in chunks where found == nil {
            carried += chunk
            switch withBytes(carried, { pattern.partialMatch(in: $0) }) {
            case .complete(let range):
                found = (range.lowerBound + consumed)..<(range.upperBound + consumed)
            case .partial(let from):
                consumed += from
                carried.removeFirst(from)
            case .none:
                consumed += carried.count
                carried.removeAll()
            }
        }
        #expect(found == 5..<11)
    }

    @Test func emptyPatternAndEmptySubject() throws {
        let empty = try PCRE2Pattern("")
        #expect(withBytes([]) { empty.firstMatch(in: $0) } == 0..<0)
        let abc = try PCRE2Pattern("abc")
        #expect(withBytes([]) { abc.matches($0) } == false)
        #expect(withBytes([]) { abc.partialMatch(in: $0) } == .none)
    }
}
