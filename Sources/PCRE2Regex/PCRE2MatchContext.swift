import CPCRE2

/// Match settings shared by patterns used one after another on one thread: a JIT stack larger
/// than PCRE2's default 32 KiB (which patterns like `(a|b)+` exhaust on a few kilobytes of data).
///
/// Owns a `pcre2_match_context` and a `pcre2_jit_stack`, freed in `deinit`. The stack's memory is
/// reserved up to `maximumStackSize` and used as needed.
package final class PCRE2MatchContext {
    /// The `pcre2_match_context_8 *`, or nil when PCRE2 could not allocate it (defaults then apply).
    let context: OpaquePointer?
    private let stack: OpaquePointer?

    /// - Parameter maximumStackSize: the most JIT stack a match may use, in bytes.
    package init(maximumStackSize: Int) {
        let stack = pcre2_jit_stack_create_8(32 * 1024, maximumStackSize, nil)
        let context = pcre2_match_context_create_8(nil)
        if let context, let stack {
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
        }
        self.stack = stack
        self.context = context
    }

    deinit {
        if let context { pcre2_match_context_free_8(context) }
        if let stack { pcre2_jit_stack_free_8(stack) }
    }
}
