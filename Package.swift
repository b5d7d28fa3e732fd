// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "synthgen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "synthgen", targets: ["synthgen"]),
        .library(name: "SynthCore", targets: ["SynthCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Build-time tool + plugin that embed Resources/ and rules/ into the binary,
        // so the single release file works alone on an air-gapped host.
        .executableTarget(name: "EmbedDataTool", dependencies: ["Yams"], path: "Sources/EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        .target(name: "SynthData", plugins: ["EmbedData"]),

        // The engine: schema, catalog, RNG, row engine, writers. Foundation only.
        .target(
            name: "SynthCore", dependencies: ["SynthData"],
            // The row loop touches class storage millions of times a second; dynamic
            // exclusivity checks there cost more than the generation itself. Each worker
            // owns its buffers, so there is no overlapping access to check for.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),

        // libpcre2-8 from Debian's libpcre2-dev (scripts/install-deps.sh installs it).
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),

        // Offline schema design: rule corpus, normalisation, scoring. No LLM, no network.
        .target(name: "IntentMatching", dependencies: ["SynthCore", "SynthData", "CPCRE2", "Yams"]),

        .executableTarget(
            name: "synthgen",
            dependencies: [
                "SynthCore",
                "IntentMatching",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SynthCoreTests", dependencies: ["SynthCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "IntentMatchingTests", dependencies: ["IntentMatching", "SynthCore", "Yams"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SynthgenCLITests", dependencies: ["SynthCore"]),
    ]
)
