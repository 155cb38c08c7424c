// swift-tools-version: 6.0
import PackageDescription

/// Release builds on Linux link `mlsd` statically.
let staticRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)

/// Release code reaches the concrete generic types it uses (`[String: Note]`,
/// an array's storage class) through metadata accessor functions instead of
/// mangled names, which the runtime demangles on first use: `score` met some
/// ninety of them, 7% of scoring a short answer, and `--version` runs half
/// the instructions it did.
let directMetadata: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

let package = Package(
  name: "mlsd",
  products: [
    .executable(name: "mlsd", targets: ["mlsd"])
  ],
  targets: [
    // Four lines: run the command-line library, exit with its status.
    //
    // The release binary is one static file: no Swift toolchain is needed
    // where it is copied (debug builds and `swift test` stay dynamic). The
    // three libraries are what libFoundationEssentials.a needs and a static
    // link does not find by itself.
    .executableTarget(
      name: "mlsd",
      dependencies: ["MLSDCLI"],
      swiftSettings: directMetadata,
      linkerSettings: [
        .unsafeFlags(["-static-executable"], staticRelease),
        .linkedLibrary("_FoundationCollections", staticRelease),
        .linkedLibrary("_FoundationCShims", staticRelease),
        .linkedLibrary("swiftSynchronization", staticRelease),
      ]
    ),
    // The imperative shell: commands, terminal, rendering, files, the
    // session store. Everything that touches the process lives here.
    .target(
      name: "MLSDCLI",
      dependencies: ["MLSDCore", "MLSDBundle", "CThreadSupport"],
      swiftSettings: directMetadata
    ),
    // The shell's helper thread: where it starts and how its heap grows,
    // through glibc's CPU affinity calls (which Swift's Glibc module leaves
    // out: they need _GNU_SOURCE) and malloc's settings.
    .target(name: "CThreadSupport"),
    // The bundled content decoded, checked and indexed at build time, as
    // Swift values: commands build what they print from literals instead of
    // parsing JSON on every run. Content with a problem is left unprepared
    // (a build warning) and checked at run time.
    .target(
      name: "MLSDBundle",
      dependencies: ["MLSDCore"],
      swiftSettings: directMetadata,
      plugins: ["EmbedContentPreparePlugin"]
    ),
    // The functional core: content model and parsing from bytes, matching,
    // scoring, the interview engine, session values, history arithmetic.
    // It imports no OS module, so the compiler keeps it pure.
    .target(
      name: "MLSDCore",
      swiftSettings: directMetadata,
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
    // Writes MLSDBundle's values with the core's own decoder, checks and
    // search index, so they are what decoding the JSON at run time gives.
    // It compiles the core's sources itself, through the symlink
    // `Sources/EmbedContentPrepare/MLSDCore`: a plugin's tool cannot depend
    // on a target that has a build-tool plugin (SwiftPM builds the tools
    // before it runs any plugin, and MLSDCore embeds its JSON with one).
    .executableTarget(
      name: "EmbedContentPrepare",
      path: "Sources/EmbedContentPrepare"
    ),
    .plugin(
      name: "EmbedContentPreparePlugin",
      capability: .buildTool(),
      dependencies: ["EmbedContentPrepare"],
      path: "Sources/EmbedContentPreparePlugin"
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
      dependencies: ["MLSDCore", "MLSDCLI", "MLSDBundle", "mlsd"],
      exclude: ["Fixtures"]
    ),
  ]
)
