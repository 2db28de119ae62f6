/// Runs a `Program` against one frame's fields.
///
/// Operands are streamed through non-escaping closures (no per-frame arrays): a relation walks
/// the left values, and for each of them the right values, stopping as soon as the any/all
/// outcome is known.
struct Evaluator<Frame: FieldProvider> {
    let frame: Frame

    /// Whether the frame passes `program`.
    func evaluate(_ program: Program) -> Bool {
        switch program {
        case .and(let left, let right): evaluate(left) && evaluate(right)
        case .or(let left, let right): evaluate(left) || evaluate(right)
        case .not(let inner): !evaluate(inner)
        case .exists(.slice(let inner, let ranges)):
            // A slice always yields a value, empty when out of range; only a non-empty one counts.
            !forEach(.slice(inner, ranges)) { Slicing.length(of: $0) == 0 }
        case .exists(let operand): !forEach(operand) { _ in false }
        case .nonZero(let operand): !forEach(operand) { ValueArithmetic.isZero($0) }
        case .relation(let relation): evaluate(relation)
        }
    }

    private func evaluate(_ relation: CheckedRelation) -> Bool {
        switch relation.predicate {
        case .membership(let members):
            return members.contains { member in
                switch member {
                case .value(let value):
                    return holds(relation.mode, relation.lhs, value) { Self.test(.equal, relation.mode, $0, $1) }
                case .range(let low, let high):
                    return holds(relation.mode, relation.lhs, low) { value, lowest in
                        guard Self.test(.greaterOrEqual, relation.mode, value, lowest) else { return false }
                        return forEach(high) { Self.test(.lessOrEqual, relation.mode, value, $0) }
                    }
                }
            }
        case .matches(let pattern):
            return holds(relation.mode, relation.lhs, .constant(.boolean(1))) { value, _ in
                value.withSearchableBytes { pattern.matches($0) } ?? false
            }
        default:
            return holds(relation.mode, relation.lhs, relation.rhs) {
                Self.test(relation.predicate, relation.mode, $0, $1)
            }
        }
    }

    /// Whether `predicate` holds for some pair of values (`any`) or for every pair (`all`).
    ///
    /// As in tshark, a relation naming a field the frame lacks is false whatever the mode; but
    /// when every field is there and a computed side has no value (every combination of an
    /// arithmetic expression overflowed), `all` holds vacuously.
    private func holds(_ mode: MatchMode, _ lhs: Operand, _ rhs: Operand, _ predicate: (Value, Value) -> Bool) -> Bool {
        if mode == .all, !(isPresent(lhs) && isPresent(rhs)) { return false }
        var outcome = mode == .all
        forEach(lhs) { left in
            forEach(rhs) { right in
                guard predicate(left, right) != (mode == .all) else { return true }
                outcome = mode == .any
                return false
            }
        }
        return outcome
    }

    /// Whether every field `operand` reads has a value in this frame (tshark's `READ_TREE`
    /// succeeding); constants are always there, references never.
    private func isPresent(_ operand: Operand) -> Bool {
        switch operand {
        case .field: !forEach(operand) { _ in false }
        case .constant: true
        case .slice(let inner, _), .negate(let inner), .length(let inner, _), .count(let inner): isPresent(inner)
        case .arithmetic(_, let left, let right): isPresent(left) && isPresent(right)
        case .nothing: false
        }
    }

    /// One pair of values. A pair that cannot be compared (a negative number against an
    /// unsigned field) satisfies nothing under `any` and falsifies nothing under `all`: tshark's
    /// all-tests are "no comparable pair fails" (`tcp.port === -1` is true).
    private static func test(_ predicate: Predicate, _ mode: MatchMode, _ left: Value, _ right: Value) -> Bool {
        let incomparable = mode == .all
        switch predicate {
        case .equal: return ValueComparison.compare(left, right).map { $0 == 0 } ?? incomparable
        case .notEqual: return ValueComparison.compare(left, right).map { $0 != 0 } ?? incomparable
        case .greater: return ValueComparison.compare(left, right).map { $0 > 0 } ?? incomparable
        case .greaterOrEqual: return ValueComparison.compare(left, right).map { $0 >= 0 } ?? incomparable
        case .less: return ValueComparison.compare(left, right).map { $0 < 0 } ?? incomparable
        case .lessOrEqual: return ValueComparison.compare(left, right).map { $0 <= 0 } ?? incomparable
        case .contains: return ValueComparison.contains(left, right)
        case .matches, .membership: return false
        }
    }

    // MARK: - Operands

    /// Calls `body` with each value of `operand` until it returns false.
    ///
    /// - Returns: false if `body` stopped the walk, true if every value was visited.
    @discardableResult
    func forEach(_ operand: Operand, _ body: (Value) -> Bool) -> Bool {
        switch operand {
        case .field(let id, let layers):
            var completed = true
            frame.forEachValue(of: id) { value, layer in
                guard layers.isEmpty || Self.selects(layers, layer) else { return true }
                completed = body(Value(value))
                return completed
            }
            return completed
        case .constant(let value):
            return body(value)
        case .slice(let inner, let ranges):
            return forEach(inner) { value in Slicing.slice(value, ranges, body) }
        case .arithmetic(let op, let left, let right):
            return forEach(left) { a in
                forEach(right) { b in ValueArithmetic.apply(op, a, b).map(body) ?? true }
            }
        case .negate(let inner):
            return forEach(inner) { ValueArithmetic.negate($0).map(body) ?? true }
        case .length(let inner, let fixed):
            return forEach(inner) { body(.unsigned(UInt32(truncatingIfNeeded: fixed ?? Slicing.length(of: $0)))) }
        case .count(let inner):
            var count: UInt32 = 0
            forEach(inner) { _ in
                count += 1
                return true
            }
            return count == 0 || body(.unsigned(count))
        case .nothing:
            return true
        }
    }

    /// Whether layer number `layer` (1-based) is one of `layers`.
    private static func selects(_ layers: [SliceRange], _ layer: Int) -> Bool {
        layers.contains { range in
            let start = Int(range.start)
            switch range.end {
            case .single: return layer == start
            case .length(let count): return layer >= start && layer < start + Int(count)
            case .offset(let end): return layer >= start && layer <= Int(end)
            case .toTheEnd: return layer >= start
            }
        }
    }
}
