// swift-tools-version:6.1
import PackageDescription

/// The libFuzzer targets, kept out of the main package so that `swift build` and `swift test`
/// never build them (they need `-sanitize=fuzzer`; `scripts/fuzz` builds and runs them).
///
/// The main package's modules use `package` access, which another package cannot see, so the
/// library and C-library folders under `Sources/` here are symbolic links to the main package's
/// own sources (FollowKit too, for the target that drives only its public API). `FuzzSupport` holds what the targets share; each `fuzz-*` executable is one
/// target (its `main.swift` says what an input is and what it covers).
let package = Package(
    name: "swfollow-fuzz",
    targets: [
        .systemLibrary(name: "CPcap", pkgConfig: "libpcap", providers: [.apt(["libpcap-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibFuzzer"),

        .target(name: "PacketDecoding"),
        .target(name: "CaptureFile", dependencies: ["PacketDecoding", "CZlib"]),
        .target(name: "TCPReassembly", dependencies: ["PacketDecoding"]),
        .target(name: "FollowOutput", dependencies: ["PacketDecoding"]),
        .target(name: "PCRE2Regex", dependencies: ["CPCRE2"]),
        .target(name: "DisplayFilter", dependencies: ["PacketDecoding", "PCRE2Regex"]),
        .target(name: "LiveCapture", dependencies: ["CPcap", "CaptureFile", "PacketDecoding"]),
        .target(
            name: "FrameFields", dependencies: ["PacketDecoding", "TCPReassembly", "DisplayFilter", "CaptureFile"]),
        .target(
            name: "FollowCore",
            dependencies: [
                "PacketDecoding", "CaptureFile", "TCPReassembly", "FollowOutput", "PCRE2Regex", "DisplayFilter",
                "FrameFields", "LiveCapture",
            ]),

        .target(
            name: "FollowKit",
            dependencies: [
                "CaptureFile", "PacketDecoding", "TCPReassembly", "FollowOutput", "DisplayFilter", "PCRE2Regex",
                "FrameFields", "FollowCore",
            ]),

        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", "FollowCore"]),
        .executableTarget(name: "fuzz-capture", dependencies: ["FuzzSupport", "CaptureFile", "PacketDecoding"]),
        .executableTarget(name: "fuzz-follow", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-search", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-export", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-filter", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-fields", dependencies: ["FuzzSupport", "DisplayFilter"]),
        .executableTarget(name: "fuzz-library", dependencies: ["FuzzSupport", "FollowKit"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny")]
}
