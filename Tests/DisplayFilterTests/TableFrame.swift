@testable import DisplayFilter

/// A hand-built frame for evaluator tests: field name → values.
struct TableFrame: FieldProvider {
    /// A value whose bytes the frame owns.
    enum Entry {
        case value(FieldValue)
        case bytes([UInt8])
        /// Protocol bytes (from its header to the end of its data) and the header length.
        case protocolLayer([UInt8], header: Int)
    }

    var entries: [String: [Entry]]

    init(_ entries: [String: [Entry]]) {
        self.entries = entries
    }

    func forEachValue(of field: FieldID, _ body: (FieldValue, Int) -> Bool) {
        for (index, entry) in (entries[FieldRegistry.standard[field].name] ?? []).enumerated() {
            let layer = index + 1
            let keepGoing: Bool
            switch entry {
            case .value(let value): keepGoing = body(value, layer)
            case .bytes(let bytes): keepGoing = bytes.withUnsafeBytes { body(.bytes($0), layer) }
            case .protocolLayer(let bytes, let header):
                keepGoing = bytes.withUnsafeBytes { body(.protocolLayer($0, headerLength: header), layer) }
            }
            guard keepGoing else { return }
        }
    }
}
