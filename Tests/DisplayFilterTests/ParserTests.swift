import Testing

@testable import DisplayFilter

/// Grammar, precedence and where syntax errors are reported, through the tree dump.
@Suite("Parser")
struct ParserTests {
    @Test(arguments: [
        ("a or b and c", "or\n  test unparsed(a)\n  and\n    test unparsed(b)\n    test unparsed(c)"),
        ("not a and b", "and\n  not\n    test unparsed(a)\n  test unparsed(b)"),
        ("!(a || b)", "not\n  or\n    test unparsed(a)\n    test unparsed(b)"),
        ("a == 1 == 2", "and\n  == unparsed(a) unparsed(1)\n  == unparsed(1) unparsed(2)"),
        ("all x != 3", "all != unparsed(x) unparsed(3)"),
        ("x & 1 + 2 * 3 == 7", "== (unparsed(x) & (unparsed(1) + (unparsed(2) * unparsed(3)))) unparsed(7)"),
        ("-x == {1 - 2}", "== (- unparsed(x)) (unparsed(1) - unparsed(2))"),
        ("x in {1, 2..3, -4}", "in unparsed(x) {unparsed(1), unparsed(2)..unparsed(3), (- unparsed(4))}"),
        ("x not in {1}", "not\n  in unparsed(x) {unparsed(1)}"),
        ("p[0:2][1] contains \"a\"", "contains unparsed(p)[0:2][1] string\"a\""),
        ("len(p) > 3", "> len(unparsed(p)) unparsed(3)"),
    ])
    func treeShape(filter: String, expected: String) throws {
        #expect(try FilterDump.syntax(filter) == expected)
    }

    @Test func emptyFilterHasNoTree() throws {
        #expect(try FilterDump.syntax("  ") == "(empty)")
        #expect(try FilterDump.program("") == "(matches every frame)")
    }

    @Test(arguments: [
        ("tcp)", "\")\" was unexpected in this context.", 3),
        ("(tcp", "Unexpected end of filter expression.", nil),
        ("frame.number 1", "\"1\" was unexpected in this context.", 13),
        ("a contains \"x\" contains \"y\"", "\"contains\" was unexpected in this context.", 15),
        ("a + 1 in {1}", "\"in\" was unexpected in this context.", 6),
        ("any (a == 1)", "\"(\" was unexpected in this context.", 4),
        ("x in {1 2}", "\"2\" was unexpected in this context.", 8),
        ("frame .tcp.port", "\"tcp.port\" was unexpected in this context.", 6),
        ("frame \"a\\tb\"", "\"\"a\\tb\"\" was unexpected in this context.", 6),
        ("foo()", "Function 'foo' does not exist", 0),
        ("frame[x]]", "\"x\" is not a valid number.", 6),
        ("1#1 and (", "1 is not a valid field", 0),
    ])
    func syntaxErrorsPointWhereTsharkDoes(filter: String, message: String, column: Int?) {
        do {
            _ = try FilterDump.syntax(filter)
            Issue.record("parsed")
        } catch {
            #expect(error.message == message)
            #expect(error.range?.start == column)
        }
    }

    @Test func renderingMatchesTsharkLayout() {
        let diagnostic = FilterDiagnostic(
            "foo.bar is neither a field nor a protocol name.", at: SourceRange(start: 0, length: 7))
        #expect(
            diagnostic.render(filter: "foo.bar")
                == "foo.bar is neither a field nor a protocol name.\n    foo.bar\n    ^~~~~~~\n")
        #expect(
            FilterDiagnostic("Unexpected end of filter expression.").render(filter: "(")
                == "Unexpected end of filter expression.\n")
    }
}
