/// Arithmetic on values, with tshark 4.0's integer rules: unsigned values are 32 bits, a
/// subtraction going below zero gives a signed 32-bit result, and overflow or division by zero
/// gives no value (the evaluator then skips that combination).
enum ValueArithmetic {
    /// `left op right`, or nil on overflow, division by zero or unsupported operands.
    static func apply(_ op: ArithmeticOperator, _ left: Value, _ right: Value) -> Value? {
        switch left {
        case .unsigned(let a): return unsigned(op, a, bits(right))
        case .signed(let a): return signed(op, a, Int32(bitPattern: bits(right)))
        case .relativeTime(let seconds, let nanoseconds):
            guard case .relativeTime(let otherSeconds, let otherNanoseconds) = right else { return nil }
            return time(op, (seconds, nanoseconds), (otherSeconds, otherNanoseconds))
        case .ipv4(let a, let prefix):
            guard op == .bitwiseAnd, case .ipv4(let b, _) = right else { return nil }
            return .ipv4(a & b, prefix: prefix)
        case .ipv6(let high, let low, let prefix):
            guard op == .bitwiseAnd, case .ipv6(let otherHigh, let otherLow, _) = right else { return nil }
            return .ipv6(high: high & otherHigh, low: low & otherLow, prefix: prefix)
        case .ether(let a):
            guard op == .bitwiseAnd, case .ether(let b) = right else { return bytesAnd(op, left, right) }
            return .ether(a & b)
        case .bytes, .ownedBytes, .protocolLayer:
            return bytesAnd(op, left, right)
        case .boolean:
            return nil
        }
    }

    /// `-value`: unsigned values become signed (nil above `Int32.max`, as tshark's error).
    static func negate(_ value: Value) -> Value? {
        switch value {
        case .unsigned(let a): a > UInt32(Int32.max) ? nil : .signed(-Int32(a))
        case .signed(let a): .signed(0 &- a)
        case .relativeTime(let seconds, let nanoseconds):
            .relativeTime(seconds: 0 &- seconds, nanoseconds: 0 &- nanoseconds)
        default: nil
        }
    }

    /// Whether the value counts as false for a bare arithmetic test.
    static func isZero(_ value: Value) -> Bool {
        switch value {
        case .unsigned(let a): a == 0
        case .signed(let a): a == 0
        case .boolean(let a): a == 0
        case .ipv4(let a, _): a == 0
        case .ipv6(let high, let low, _): high == 0 && low == 0
        case .ether(let a): a == 0
        case .relativeTime(let seconds, let nanoseconds): seconds == 0 && nanoseconds == 0
        case .bytes, .ownedBytes, .protocolLayer: value.withBytes { $0.allSatisfy { $0 == 0 } } ?? true
        }
    }

    /// The other operand as tshark reads it for a 32-bit integer operation (its raw bits).
    private static func bits(_ value: Value) -> UInt32 {
        switch value {
        case .unsigned(let b): b
        case .signed(let b): UInt32(bitPattern: b)
        case .boolean(let b): UInt32(truncatingIfNeeded: b)
        default: 0
        }
    }

    private static func unsigned(_ op: ArithmeticOperator, _ a: UInt32, _ b: UInt32) -> Value? {
        switch op {
        case .add:
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : .unsigned(sum)
        case .subtract:
            guard b > a else { return .unsigned(a - b) }
            guard a <= UInt32(Int32.max), b <= UInt32(Int32.max) else { return nil }
            return .signed(Int32(a) - Int32(b))
        case .multiply:
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : .unsigned(product)
        case .divide: return b == 0 ? nil : .unsigned(a / b)
        case .modulo: return b == 0 ? nil : .unsigned(a % b)
        case .bitwiseAnd: return .unsigned(a & b)
        }
    }

    private static func signed(_ op: ArithmeticOperator, _ a: Int32, _ b: Int32) -> Value? {
        let result: (Int32, Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .divide: result = b == 0 ? (0, true) : a.dividedReportingOverflow(by: b)
        case .modulo: result = b == 0 ? (0, true) : a.remainderReportingOverflow(dividingBy: b)
        case .bitwiseAnd: result = (a & b, false)
        }
        return result.1 ? nil : .signed(result.0)
    }

    /// Time sums and differences, normalised like Wireshark's `nstime_sum`/`nstime_delta`.
    private static func time(_ op: ArithmeticOperator, _ a: (Int64, Int32), _ b: (Int64, Int32)) -> Value? {
        let sign: Int64 = op == .add ? 1 : -1
        guard op == .add || op == .subtract else { return nil }
        var seconds = a.0 &+ sign &* b.0
        var nanoseconds = Int64(a.1) + sign * Int64(b.1)
        if nanoseconds >= 1_000_000_000 {
            nanoseconds -= 1_000_000_000
            seconds &+= 1
        } else if nanoseconds <= -1_000_000_000 {
            nanoseconds += 1_000_000_000
            seconds &-= 1
        }
        if seconds > 0, nanoseconds < 0 {
            nanoseconds += 1_000_000_000
            seconds &-= 1
        } else if seconds < 0, nanoseconds > 0 {
            nanoseconds -= 1_000_000_000
            seconds &+= 1
        }
        // Only a damaged capture's time (nanoseconds past a second) can leave the 32-bit range.
        return .relativeTime(seconds: seconds, nanoseconds: Int32(truncatingIfNeeded: nanoseconds))
    }

    /// Bytewise AND over the shorter length (byte strings and protocol headers).
    private static func bytesAnd(_ op: ArithmeticOperator, _ left: Value, _ right: Value) -> Value? {
        guard op == .bitwiseAnd else { return nil }
        return left.withBytes { a in
            right.withBytes { b in
                Value.ownedBytes((0..<Swift.min(a.count, b.count)).map { a[$0] & b[$0] })
            }
        } ?? nil
    }
}
