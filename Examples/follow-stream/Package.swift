// swift-tools-version:6.1
import PackageDescription

/// `follow-stream CAPTURE STREAM [MODE]`: prints what `swfollow -r CAPTURE -q -z
/// follow,tcp,MODE,STREAM` prints, through FollowKit's public API only.
/// SwiftPM names a path dependency after its folder: whatever the repository's clone is called.
let swfollow = String(#filePath.split(separator: "/").dropLast(3).last ?? "swfollow")

let package = Package(
    name: "follow-stream",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "follow-stream", dependencies: [.product(name: "FollowKit", package: swfollow)])
    ]
)
