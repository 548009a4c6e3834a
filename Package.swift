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
            dependencies: ["DocketJSON", "DocketModel", "DocketText"],
            resources: [.copy("Resources/schema")]
        ),
        // wcwidth and the async-signal-safe terminal guard: C that Swift 6 cannot express.
        .target(name: "CTerminalSupport"),
        // Display widths, inert control characters, wrapping, Swedish-aware find.
        .target(name: "DocketText", dependencies: ["CTerminalSupport"]),
        // The pure heart: state, messages, update, effects, the keymap and the strings.
        .target(name: "DocketCore", dependencies: ["DocketModel", "DocketText"]),
        // Reports (tjänsteutlåtanden) as text read into matters: pure, the command line does the I/O.
        .target(name: "DocketImport", dependencies: ["DocketModel"]),
        // OParl (the German open standard for council data) read into a committee's store, and the store written as OParl: pure.
        .target(name: "DocketOParl", dependencies: ["DocketModel", "DocketJSON"]),
        // The minutes (protokoll), extracts and the public version, built from the clerk's record.
        .target(name: "DocketMinutes", dependencies: ["DocketModel", "DocketText"]),
        // Pure views: the state drawn into a grid of cells.
        .target(name: "DocketUI", dependencies: ["DocketCore", "DocketText", "DocketModel"]),
        // ncursesw, reached only from the terminal backend.
        .systemLibrary(name: "CNcursesw"),
        // The thin backend: the only code that talks to the terminal.
        .target(name: "DocketTerminal", dependencies: ["CNcursesw", "CTerminalSupport", "DocketUI", "DocketCore", "DocketRuntime"]),
        // The interactive loop: input to update, effects carried out, state drawn.
        .target(name: "DocketRuntime", dependencies: ["DocketCore", "DocketUI", "DocketStore", "DocketModel", "DocketText"]),
        // The bundled demo committee, shipped as an ordinary store.
        .target(
            name: "DocketDemo",
            resources: [.copy("Resources/demo")]
        ),
        .executableTarget(
            name: "docket",
            dependencies: [
                "DocketStore", "DocketModel", "DocketDemo", "DocketCore", "DocketUI", "DocketTerminal", "DocketText", "DocketRuntime",
                "DocketMinutes", "DocketImport", "DocketOParl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "docket-bench",
            dependencies: ["DocketCore", "DocketUI", "DocketStore", "DocketDemo", "DocketText", "DocketModel", "DocketRuntime", "DocketMinutes",
                           "DocketJSON", "DocketImport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "DocketRuntimeTests", dependencies: ["DocketRuntime", "DocketCore", "DocketUI", "DocketStore", "DocketDemo", "DocketModel"]),
        // Processes for the write-path tests (concurrent writers, a writer killed mid-write).
        .executableTarget(
            name: "docket-test-helper",
            dependencies: ["DocketRuntime", "DocketStore", "DocketCore", "DocketModel"]
        ),
        .testTarget(name: "DocketJSONTests", dependencies: ["DocketJSON"]),
        // Corpus/: real reports of Swedish municipal bodies and their answer keys, written by hand.
        .testTarget(name: "DocketImportTests", dependencies: ["DocketImport", "DocketModel"], exclude: ["Corpus"]),
        .testTarget(name: "DocketOParlTests", dependencies: ["DocketOParl", "DocketModel", "DocketJSON", "DocketStore", "DocketDemo"],
                    exclude: ["Fixtures"]),
        .testTarget(
            name: "DocketMinutesTests",
            dependencies: ["DocketMinutes", "DocketModel", "DocketStore", "DocketDemo"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "DocketStoreTests", dependencies: ["DocketStore", "DocketModel", "DocketJSON", "DocketDemo"]),
        .testTarget(name: "DocketCLITests", dependencies: ["DocketRuntime"]),
        .testTarget(
            name: "DocketCoreTests",
            dependencies: ["DocketCore", "DocketUI", "DocketText", "DocketModel", "DocketStore", "DocketDemo", "DocketMinutes"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
