import FoundationEssentials
import Glibc
import MLSDCore

/// `mlsd score --case ID FILE|-`: grades a written answer offline.
enum ScoreCommand: Command {
  static let caseOption = OptionSpec(
    names: ["--case"], help: "The case the answer is for.", valueName: "id",
    completion: .caseIDs)
  static let json = OptionSpec(names: ["--json"], help: "Print the scorecard as JSON.")
  static let level = OptionSpec(
    names: ["--level"], help: "mid, senior (default) or staff.", valueName: "level",
    completion: .values(Level.allCases.map(\.rawValue)))

  static let spec = CommandSpec(
    name: "score",
    abstract: "Grade a written answer (Markdown, one '## ' heading per phase).",
    discussion:
      "Headings name a phase by id or title: '## clarify' or '## Clarify requirements'. A missing phase scores zero. Read from standard input with '-'.",
    arguments: [
      ArgumentSpec(
        name: "file", help: "The transcript, or '-' for standard input.", completion: .file)
    ],
    options: [
      caseOption,
      json,
      level,
    ],
    examples: [
      .init(command: "mlsd score --case visual-search answer.md", explanation: "print a scorecard"),
      .init(
        command: "mlsd score --case news-feed - --json < answer.md", explanation: "JSON from stdin"),
    ])

  /// Far above any real answer, low enough that scoring stays a matter of
  /// seconds even on a slow machine.
  static let maximumAnswerBytes = 5_000_000

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    guard let caseID = arguments.value(Self.caseOption) else {
      throw UsageError("Missing '--case <id>': which case is the answer for?", command: spec)
    }
    let level = arguments.value(Self.level).flatMap(Level.init(rawValue:)) ?? .senior
    let library = try context.loadContent()
    let study = try context.loadCase(caseID, from: library, command: spec)
    let path = arguments.positionals.first ?? "-"
    // The answer is read and parsed while the case's tables are read: two
    // independent halves of the work, on two cores when there are two. The
    // answer comes first, on this thread: the tables are two reads of their
    // own, and this thread takes the shorter one once the answer is parsed.
    let parallel = ThreadPair.loop
    let prepared = library.preparedMatcher(study.id)
    let (read, scorer) = parallel.both {
      Result { () throws(CommandFailure) -> Transcript in
        try Self.transcript(at: path, context: context, framework: library.framework)
      }
    } _: {
      Scorer(study: study, framework: library.framework, prepared: prepared, parallel: parallel)
    }
    let transcript = try read.get()
    let card = scorer.score(transcript, level: level)
    if arguments.has(Self.json) {
      context.stdout.write(JSONWriter.write(card.jsonValue) + "\n")
    } else {
      context.stdout.write(
        bytes: ScorecardView.page(
          card, width: context.width, style: context.style, written: true, parallel: parallel
        ).bytes)
    }
    if context.keepsValuesUntilExit { ProcessLifetime.keep((scorer, card, transcript, library)) }
    return .success
  }

  /// The answer at `path` ("-": standard input), parsed.
  private static func transcript(
    at path: String, context: CommandContext, framework: Framework
  ) throws(CommandFailure) -> Transcript {
    let bytes: [UInt8]
    let name: String
    if path == "-" {
      bytes = context.input.readAll()
      name = "standard input"
    } else {
      // Read with `open` and `read`: setting up `FileManager` would cost
      // more than reading a long answer.
      guard let data = PosixFile.read(path) else {
        let exists = errno != ENOENT && errno != ENOTDIR
        throw CommandFailure(
          "\(TerminalSafeText.cleanLine(path)): \(exists ? "cannot be read" : "no such file")",
          exitCode: exists ? .dataError : .usage)
      }
      bytes = data
      name = TerminalSafeText.cleanLine(path)
    }
    guard bytes.count <= Self.maximumAnswerBytes else {
      throw CommandFailure(
        "\(name): the answer is \(bytes.count / 1_000_000) MB; answers up to 5 MB are scored (a 45-minute interview's notes are a few KB)",
        exitCode: .dataError)
    }
    do {
      return try TranscriptParser.parse(bytes: bytes, framework: framework)
    } catch {
      throw CommandFailure("\(name): \(error.description)", exitCode: .dataError)
    }
  }
}
