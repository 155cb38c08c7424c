// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "mlsd",
  products: [
    .executable(name: "mlsd", targets: ["mlsd"])
  ],
  targets: [
    // Four lines: run the command-line library, exit with its status.
    .executableTarget(
      name: "mlsd",
      dependencies: ["MLSDCLI"]
    ),
    // The imperative shell: commands, terminal, rendering, files, the
    // session store. Everything that touches the process lives here.
    .target(
      name: "MLSDCLI",
      dependencies: ["MLSDCore"]
    ),
    // The functional core: content model and parsing from bytes, matching,
    // scoring, the interview engine, session values, history arithmetic.
    // It imports no OS module, so the compiler keeps it pure.
    .target(
      name: "MLSDCore",
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
      dependencies: ["MLSDCore"],
      path: "Benchmarks/ScoringBenchmark"
    ),
    // `swift run -c release StoreBenchmark 300 3000`: the cost of saving notes.
    .executableTarget(
      name: "StoreBenchmark",
      dependencies: ["MLSDCLI", "MLSDCore"],
      path: "Benchmarks/StoreBenchmark"
    ),
    // `swift run -c release ScoringQuality [set]`: the scorer's ticks and
    // totals against interviewers' labels and grades; figures, not a test.
    .executableTarget(
      name: "ScoringQuality",
      dependencies: ["MLSDCore"],
      path: "Benchmarks/ScoringQuality"
    ),
    .testTarget(
      name: "MLSDTests",
      dependencies: ["MLSDCore", "MLSDCLI", "mlsd"],
      exclude: ["Fixtures"]
    ),
  ]
)
