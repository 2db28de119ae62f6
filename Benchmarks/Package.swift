// swift-tools-version:6.1
import PackageDescription

/// The benchmark tools, kept out of the main package so that `swift test` and CI never build them.
///
/// `swfollow-benchgen` writes the deterministic capture. `swfollow-allstreams` follows every TCP
/// stream of a capture and counts what comes out, through the main package's public `FollowKit`
/// product only (`StreamSetFollower(.tcp)` over a `FrameReader`), as any user of the library would.
/// SwiftPM names a path dependency after its folder: whatever the repository's clone is called.
let swfollow = String(#filePath.split(separator: "/").dropLast(2).last ?? "swfollow")

let package = Package(
    name: "swfollow-benchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "swfollow-benchgen"),
        .executableTarget(
            name: "swfollow-allstreams", dependencies: [.product(name: "FollowKit", package: swfollow)],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),
    ]
)
