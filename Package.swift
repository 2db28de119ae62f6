// swift-tools-version:6.1
import PackageDescription

/// Settings shared by every Swift target (swift-log style loop at the bottom).
let upcomingFeatures: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "swfollow",
    products: [
        .executable(name: "swfollow", targets: ["swfollow"]),
        .executable(name: "swfollow-conformance", targets: ["swfollow-conformance"]),
        .library(name: "FollowKit", targets: ["FollowKit"]),
        .library(name: "ConformanceKit", targets: ["ConformanceKit"]),
    ],
    // swift-docc-plugin: `swift package generate-documentation --target FollowKit` (a build-time
    // plugin only; nothing of it is linked into the products).
    dependencies: [.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0")],
    targets: [
        // C libraries, each behind exactly one Swift module.
        .systemLibrary(name: "CPcap", pkgConfig: "libpcap", providers: [.apt(["libpcap-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Pure Swift layers, lowest first.
        .target(name: "PacketDecoding"),
        .target(name: "CaptureFile", dependencies: ["PacketDecoding", "CZlib"]),
        .target(name: "TCPReassembly", dependencies: ["PacketDecoding"]),
        .target(name: "FollowOutput", dependencies: ["PacketDecoding"]),
        .target(name: "PCRE2Regex", dependencies: ["CPCRE2"]),
        .target(name: "DisplayFilter", dependencies: ["PacketDecoding", "PCRE2Regex"]),
        // Live capture (-i, -f, -w, -D …) through libpcap, read as a CaptureReader's frames.
        .target(name: "LiveCapture", dependencies: ["CPcap", "CaptureFile", "PacketDecoding"]),
        .target(
            name: "FrameFields", dependencies: ["PacketDecoding", "TCPReassembly", "DisplayFilter", "CaptureFile"]),
        .target(
            name: "FollowCore",
            dependencies: [
                "PacketDecoding", "CaptureFile", "TCPReassembly", "FollowOutput", "PCRE2Regex", "DisplayFilter",
                "FrameFields", "LiveCapture",
            ]
        ),
        .executableTarget(name: "swfollow", dependencies: ["CaptureFile", "FollowCore", "LiveCapture"]),
        // The public library: a small API over the layers above; everything else stays `package`.
        .target(
            name: "FollowKit",
            dependencies: [
                "CaptureFile", "PacketDecoding", "TCPReassembly", "FollowOutput", "DisplayFilter", "PCRE2Regex",
                "FrameFields", "FollowCore",
            ]),

        // The conformance kit: grades any reassembler (run as a process) against tshark's goldens.
        .target(name: "ConformanceKit"),
        .executableTarget(name: "swfollow-conformance", dependencies: ["ConformanceKit"]),
        .executableTarget(name: "swfollow-corpusgen", dependencies: ["ConformanceKit"]),

        // Helpers shared by test targets (a seeded random generator).
        .target(name: "TestSupport", dependencies: ["PacketDecoding"], path: "Tests/TestSupport"),

        .testTarget(
            name: "PacketDecodingTests", dependencies: ["PacketDecoding", "CaptureFile", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CaptureFileTests", dependencies: ["CaptureFile", "PacketDecoding", "ConformanceKit"],
            exclude: ["Fixtures"]),
        .testTarget(name: "TCPReassemblyTests", dependencies: ["TCPReassembly", "PacketDecoding", "TestSupport"]),
        .testTarget(name: "FollowOutputTests", dependencies: ["FollowOutput", "PacketDecoding"]),
        .testTarget(
            name: "FollowCoreTests",
            dependencies: [
                "FollowCore", "FollowOutput", "PacketDecoding", "CaptureFile", "TestSupport", "ConformanceKit",
            ]),
        .testTarget(name: "EndToEndTests", dependencies: ["swfollow"]),
        .testTarget(name: "PCRE2RegexTests", dependencies: ["PCRE2Regex"]),
        // tshark's field snapshots and filter goldens, shared by the filter and frame-field tests.
        .target(name: "FilterFixtures", dependencies: ["DisplayFilter"], path: "Tests/FilterFixtures"),
        .testTarget(
            name: "DisplayFilterTests",
            dependencies: ["DisplayFilter", "PacketDecoding", "FilterFixtures", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "FrameFieldsTests",
            dependencies: ["FrameFields", "FilterFixtures", "DisplayFilter", "PacketDecoding", "CaptureFile"]),
        .testTarget(name: "ConformanceTests", dependencies: ["ConformanceKit", "swfollow"]),
        // Only the public API: what another package can do with FollowKit.
        .testTarget(name: "FollowKitTests", dependencies: ["FollowKit", "ConformanceKit"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + upcomingFeatures
}
