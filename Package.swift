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
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Already used through Hummingbird; named for the server's connection guard (a NIO channel handler).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
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

        // The LLM path: OpenAI-compatible client, prompt, answer validation and repair,
        // spend ledger. Only this target and the server talk to the network.
        .target(
            name: "SchemaDesign",
            dependencies: [
                "SynthCore", "IntentMatching",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),

        // rules -> learned cache -> LLM -> fallback, with single flight and the cache store.
        .target(name: "SchemaResolution", dependencies: ["SynthCore", "IntentMatching", "SchemaDesign"]),

        // The HTTP service on Hummingbird: same resolver and engine as the CLI.
        .target(
            name: "SynthServer",
            dependencies: [
                "SynthCore", "IntentMatching", "SchemaResolution", "SynthData",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),

        .executableTarget(
            name: "synthgen",
            dependencies: [
                "SynthCore",
                "IntentMatching",
                "SchemaResolution",
                "SynthServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SynthCoreTests", dependencies: ["SynthCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "IntentMatchingTests", dependencies: ["IntentMatching", "SynthCore", "Yams"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SynthgenCLITests", dependencies: ["SynthCore"]),
        // Starts and scripts LLMock (third-party OpenAI-compatible mock) for the LLM tests.
        .target(
            name: "LLMockHarness", dependencies: ["SynthCore", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            path: "Tests/LLMockHarness"
        ),
        .testTarget(name: "SchemaResolutionTests", dependencies: ["SchemaResolution", "SchemaDesign", "IntentMatching", "SynthCore", "LLMockHarness"]),
        .testTarget(
            name: "SynthServerTests",
            dependencies: [
                "SynthServer", "SchemaResolution", "SynthCore", "LLMockHarness",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
    ]
)
