/// A compiled Wireshark display filter (tshark 4.0 dialect), ready to test frames.
///
/// ```swift
/// let filter = try DisplayFilter(compiling: "tcp.port == 80 && tcp.payload contains \"GET\"")
/// if filter.matches(frameFields) { … }
/// ```
/// Compilation runs the stages in tshark's order: macro pass, scanner and parser (with the
/// parser's own checks), semantic check. The first error wins and is worded as tshark's.
/// Not `Sendable`: compiled regular expressions own reusable match data.
package struct DisplayFilter {
    /// The filter text as given.
    package let source: [UInt8]
    /// The checked program; nil for an empty filter, which every frame passes.
    package let program: Program?

    /// Compiles `source`.
    ///
    /// - Parameters:
    ///   - source: the filter, as bytes (carets in diagnostics count bytes).
    ///   - fields: the field registry (the standard one unless testing).
    /// - Throws: `FilterDiagnostic` with tshark's message and place; tshark exits with status 2.
    package init(compiling source: [UInt8], fields: FieldRegistry = .standard) throws(FilterDiagnostic) {
        self.source = source
        try MacroExpansion.check(source, fields: fields)
        var parser = try Parser(source, fields: fields)
        guard let expression = try parser.parse() else {
            self.program = nil
            return
        }
        self.program = try SemanticCheck(fields: fields).check(expression)
    }

    /// Compiles the UTF-8 of `source`.
    package init(compiling source: String, fields: FieldRegistry = .standard) throws(FilterDiagnostic) {
        try self.init(compiling: Array(source.utf8), fields: fields)
    }

    /// Whether the frame whose fields `frame` provides passes the filter.
    ///
    /// - Complexity: proportional to the values visited; allocates only for multi-range slices
    ///   and `&` on byte strings.
    package func matches(_ frame: some FieldProvider) -> Bool {
        guard let program else { return true }
        return Evaluator(frame: frame).evaluate(program)
    }
}
