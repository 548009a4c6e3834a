// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Docket",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docket", targets: ["docket"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Strict RFC 8259 parsing with line/column errors, and the canonical writer.
        .target(name: "DocketJSON"),
        // The committee's domain: plain Codable values, no I/O.
        .target(name: "DocketModel"),
        // The only code that touches the disk: layout, loading, validation, safe writes.
        .target(
            name: "DocketStore",
            dependencies: ["DocketJSON", "DocketModel"],
            resources: [.copy("Resources/schema")]
        ),
        // The bundled demo committee, shipped as an ordinary store.
        .target(
            name: "DocketDemo",
            resources: [.copy("Resources/demo")]
        ),
        .executableTarget(
            name: "docket",
            dependencies: [
                "DocketStore", "DocketModel", "DocketDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DocketJSONTests", dependencies: ["DocketJSON"]),
        .testTarget(name: "DocketStoreTests", dependencies: ["DocketStore", "DocketModel", "DocketJSON", "DocketDemo"]),
        .testTarget(name: "DocketCLITests"),
    ],
    swiftLanguageModes: [.v6]
)
