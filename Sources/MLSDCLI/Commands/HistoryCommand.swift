import MLSDCore

/// `mlsd history`: every past session, newest first.
enum HistoryCommand: Command {
  static let json = OptionSpec(names: ["--json"], help: "Print as JSON, with each session's id.")

  static let spec = CommandSpec(
    name: "history",
    abstract: "List past interview sessions.",
    discussion:
      "Newest first: date, case, level, time used, total, verdict, and whether the session is complete, partial (left with /quit, Ctrl-C or end of input) or empty (no notes; not counted in stats).",
    options: [json],
    examples: [
      .init(command: "mlsd history", explanation: "date, case, score and verdict"),
      .init(command: "mlsd history --json", explanation: "the same, with session ids"),
    ])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let (_, store) = try SessionStore.open(context)
    let sessions = store.sessions(reportingTo: context)
    if arguments.has(Self.json) {
      context.stdout.write(JSONWriter.write(HistoryView.json(sessions)) + "\n")
    } else if sessions.isEmpty {
      context.stdout.write(
        "No sessions yet. Start one with: mlsd interview (it picks a case for you).\n")
    } else {
      context.stdout.write(
        HistoryView.render(
          sessions, timeZone: .system, width: context.width, style: context.style))
      context.stdout.write(
        context.style.dim(
          "See one in full: mlsd report last (or mlsd report ID from history --json)")
          + "\n")
    }
    return .success
  }
}
