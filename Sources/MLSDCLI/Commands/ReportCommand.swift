import FoundationEssentials
import MLSDCore

/// `mlsd report SESSION|last`: one session as a Markdown report.
enum ReportCommand: Command {
  static let out = OptionSpec(
    names: ["--out"], help: "Write to this file instead of standard output.", valueName: "file",
    completion: .file)
  static let force = OptionSpec(
    names: ["--force"], help: "With --out, replace the file if it exists.")

  static let spec = CommandSpec(
    name: "report",
    abstract: "Write the full report of one session.",
    discussion:
      "Markdown: the case and its prompt, then per phase your notes, what you covered and missed (and why it matters), the reference answer, hints and peeks, time against budget; the facts you never asked for and the verdict. SESSION is an id from 'mlsd history --json' (or its unique beginning), or 'last'.",
    arguments: [ArgumentSpec(name: "session", help: "A session id, or 'last'.")],
    options: [
      out,
      force,
    ],
    examples: [
      .init(command: "mlsd report last", explanation: "the last session, on screen"),
      .init(command: "mlsd report last --out report.md", explanation: "save the last one"),
    ])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    if arguments.has(Self.force) && arguments.value(Self.out) == nil {
      throw UsageError("'--force' only applies with '--out <file>'.", command: spec)
    }
    let (library, store) = try SessionStore.open(context)
    let wanted = arguments.positionals.first ?? "last"
    let record = try find(wanted, in: store, context: context)
    guard library.hasCase(record.caseID) else {
      throw CommandFailure(
        "Session \(record.id) is for case '\(TerminalSafeText.cleanLine(record.caseID))', which is not in the content; add its pack with --content DIR.",
        exitCode: .dataError)
    }
    let study = try context.loadCase(record.caseID, from: library, command: spec)
    let report = SessionReport.render(
      record, study: study, framework: library.framework,
      prepared: library.preparedMatcher(study.id), timeZone: .system)
    guard let path = arguments.value(Self.out) else {
      context.stdout.write(report)
      return .success
    }
    let bytes = Array(report.utf8)
    let written: Bool
    do throws(SaveError) {
      if arguments.has(Self.force) {
        try PosixFile.writeAtomically(bytes, to: path)
        written = true
      } else {
        written = try PosixFile.createExclusively(bytes, at: path)
      }
    } catch {
      throw CommandFailure(error.description)
    }
    guard written else {
      throw CommandFailure(
        "\(TerminalSafeText.cleanLine(path)) already exists; add --force to replace it.")
    }
    context.stderr.write(
      "Wrote the report of \(record.id) to \(TerminalSafeText.cleanLine(path))\n")
    return .success
  }

  /// `last`, an id, or the unique beginning of one.
  static func find(_ wanted: String, in store: SessionStore, context: CommandContext) throws
    -> SessionRecord
  {
    if wanted != "last", let loaded = store.load(id: wanted) {
      switch loaded {
      case .success(let record): return record
      case .failure(let problem): throw CommandFailure(problem.description, exitCode: .dataError)
      }
    }
    let sessions = store.sessions(reportingTo: context)
    if wanted == "last" {
      guard let last = sessions.first else {
        throw CommandFailure("No sessions yet. Start one with: mlsd interview")
      }
      return last
    }
    let matches = sessions.filter { $0.id.hasPrefix(wanted) }
    if matches.count == 1, let match = matches.first { return match }
    let shown = TerminalSafeText.cleanLine(wanted)
    if matches.count > 1 {
      throw UsageError(
        "'\(shown)' matches \(matches.count) sessions (\(matches.prefix(3).map(\.id).joined(separator: ", "))…); give more of the id.",
        command: spec)
    }
    let suggestion = Suggestion.closest(to: wanted, in: sessions.map(\.id))
    throw UsageError(
      "No session '\(shown)'."
        + (suggestion.map { " Did you mean '\($0)'?" }
          ?? " See 'mlsd history --json' for ids, or use 'last'."),
      command: spec)
  }
}
