// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "mlsd",
  products: [
    .executable(name: "mlsd", targets: ["mlsd"])
  ],
  targets: [
    .executableTarget(
      name: "mlsd",
      dependencies: ["MLSDKit"]
    ),
    .target(
      name: "MLSDKit",
      plugins: ["EmbedContentPlugin"]
    ),
    // Turns Content/**/*.json into Swift source at build time, so the
    // installed binary carries its content (Bundle.module does not survive
    // being copied elsewhere on Linux).
    .executableTarget(
      name: "EmbedContent",
      path: "Sources/EmbedContent"
    ),
    .plugin(
      name: "EmbedContentPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedContent"],
      path: "Sources/EmbedContentPlugin"
    ),
    // `swift run -c release ScoringBenchmark`: figures, not a test.
    .executableTarget(
      name: "ScoringBenchmark",
      dependencies: ["MLSDKit"],
      path: "Benchmarks/ScoringBenchmark"
    ),
    .testTarget(
      name: "MLSDKitTests",
      dependencies: ["MLSDKit", "mlsd"],
      exclude: ["Fixtures"]
    ),
  ]
)
