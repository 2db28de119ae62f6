import Glibc

// swfollow-benchgen: writes the deterministic benchmark capture (see GeneratorOptions.usage).
guard let options = GeneratorOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    fail(GeneratorOptions.usage + "\n", status: 64)
}
guard let totals = CaptureGenerator(options: options).run() else {
    fail("swfollow-benchgen: cannot write \(options.output)\n", status: 1)
}
print("\(options.output): \(totals.bytes) bytes, \(totals.frames) frames, \(options.connections) connections")

/// Writes `message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32) -> Never {
    var text = message
    text.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(status)
}
