import PCRE2Regex

/// A checked, compiled filter: what the evaluator runs (the dfvm program's analogue).
///
/// Literals are converted to typed values, regular expressions compiled, and every relation
/// carries its any/all match mode explicitly.
package indirect enum Program {
    case and(Program, Program)
    case or(Program, Program)
    case not(Program)
    /// True when the operand has at least one value (a field, a layer, a slice).
    case exists(Operand)
    /// True when some value of an arithmetic operand is not zero (`tcp.flags & 0x02`).
    case nonZero(Operand)
    case relation(CheckedRelation)
}

/// A relation with both sides checked.
package struct CheckedRelation {
    package var predicate: Predicate
    package var mode: MatchMode
    package var lhs: Operand
    /// The right side (unused by `membership`, whose members hold their own operands).
    package var rhs: Operand
}

/// How a relation combines the values of its two sides (Wireshark's any/all semantics).
///
/// | spelling            | predicate | mode |
/// |---------------------|-----------|------|
/// | `==` `eq` `any_eq`  | equal     | any  |
/// | `!=` `ne` `all_ne`  | notEqual  | all  |
/// | `===` `all_eq`      | equal     | all  |
/// | `!==` `~=` `any_ne` | notEqual  | any  |
/// | `<` `>` `<=` `>=`, `contains`, `matches`, `in` | … | any |
///
/// `any`/`all` in front of a relation replace the mode. `all` needs at least one pair of
/// values; a side with no value makes every relation false, `!=` included.
package enum MatchMode: String, Sendable {
    /// Some value on the left and some value on the right satisfy the predicate.
    case any
    /// Every pair of values satisfies it.
    case all
}

/// What is tested between two values.
package enum Predicate {
    case equal, notEqual, greater, greaterOrEqual, less, lessOrEqual
    case contains
    case matches(PCRE2Pattern)
    /// Some member matches: a value by equality, a range by `low <= x <= high`.
    case membership([CheckedMember])
}

/// A member of an `in` set.
package enum CheckedMember {
    case value(Operand)
    case range(Operand, Operand)
}

/// Where values come from.
package indirect enum Operand {
    /// A field's values, optionally only those of some layers (`ip.addr#2`).
    case field(FieldID, layers: [SliceRange])
    case constant(Value)
    /// Byte ranges of each value.
    case slice(Operand, [SliceRange])
    /// Each combination of left and right values (Wireshark computes the cross product).
    case arithmetic(ArithmeticOperator, Operand, Operand)
    case negate(Operand)
    /// `len()`: the length of each value (fixed for integer, boolean and time fields).
    case length(Operand, fixed: Int?)
    /// `count()`: the number of values (no value when there are none).
    case count(Operand)
    /// `${field}`: the selected frame's value, which never exists when reading a capture.
    case nothing
}
