// swift-tools-version:6.1
import PackageDescription

/// The benchmark tools, kept out of the main package so that `swift test` and CI never build them.
///
/// `swfollow-benchgen` writes the deterministic capture. `swfollow-allstreams` follows every stream
/// of a capture with the library's StreamTable and FollowEngine: the main package's modules use
/// `package` access, which another package cannot see, so `Sources/PacketDecoding`, `CaptureFile`,
/// `TCPReassembly` and `CZlib` here are symbolic links to the main package's own sources.
let package = Package(
    name: "swfollow-benchmarks",
    targets: [
        .executableTarget(name: "swfollow-benchgen"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "PacketDecoding", swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),
        .target(name: "CaptureFile", dependencies: ["PacketDecoding", "CZlib"],
                swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),
        .target(name: "TCPReassembly", dependencies: ["PacketDecoding"],
                swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),
        .executableTarget(name: "swfollow-allstreams", dependencies: ["CaptureFile", "PacketDecoding", "TCPReassembly"]),
    ]
)
