import CLibFuzzer
import Glibc

/// Starts libFuzzer from a fuzz target's `main.swift`.
///
/// SwiftPM links an executable target with `main` aliased to the module's top-level code, so
/// libFuzzer's own `main` never runs: the top-level code calls ``run(_:)`` instead. libFuzzer's
/// `main` object is still linked and refers to `LLVMFuzzerTestOneInput`, so each target exports
/// its test function under that name (`@_cdecl`) and passes the same function here.
package enum FuzzDriver {
    /// What libFuzzer calls with each input: its bytes (nil or dangling when empty) and count.
    /// Returns 0 (libFuzzer's other values ask it to drop the input from the corpus).
    package typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with the process's command line (its `-flags`, corpus directories or
    /// inputs to replay) and exits with the status it returns.
    package static func run(_ test: TestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}
