import MLSDCore

/// Every command, in the order help lists them. Dispatch, help, completions
/// and "did you mean" all read this list, so a command that is not here
/// cannot be run, and one that is here cannot be left out of help.
enum CommandRegistry {
  static let all: [any Command.Type] = [
    InterviewCommand.self, ScoreCommand.self, CasesCommand.self, CaseCommand.self,
    SearchCommand.self, CheatsheetCommand.self, HistoryCommand.self, ReportCommand.self,
    StatsCommand.self, DrillCommand.self, ValidateCommand.self, CompletionsCommand.self,
    HelpCommand.self,
  ]

  static var specs: [CommandSpec] { all.map { $0.spec } }

  /// Each command's `spec.name`, in the same order (a test checks it), so
  /// running one command does not build the specs listed before it.
  static let names = [
    "interview", "score", "cases", "case", "search", "cheatsheet", "history", "report", "stats",
    "drill", "validate", "completions", "help",
  ]

  static func command(named name: String) -> (any Command.Type)? {
    guard let index = names.firstIndex(of: name), index < all.count else { return nil }
    return all[index]
  }

  /// "Unknown command 'x'. Did you mean 'y'?"
  static func unknown(_ name: String, command: CommandSpec? = nil) -> UsageError {
    let suggestion = Suggestion.closest(to: name, in: names)
    return UsageError(
      "Unknown command '\(TerminalSafeText.cleanLine(name))'."
        + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
      command: command)
  }

  /// The program as a whole, for `mlsd --help`.
  static let root = CommandSpec(
    name: "",
    abstract: "A terminal coach for machine-learning system design interviews.",
    discussion:
      "Run timed mock interviews alone, study worked case studies, revise the framework, and watch your weak spots shrink.",
    options: GlobalOptions.all,
    examples: [
      .init(command: "mlsd interview visual-search", explanation: "a 45-minute mock interview"),
      .init(command: "mlsd cases", explanation: "list the case studies"),
      .init(command: "mlsd case ad-click-prediction", explanation: "study one case"),
      .init(command: "mlsd cheatsheet", explanation: "the framework on one page"),
      .init(
        command: "mlsd score --case news-feed answer.md", explanation: "grade a written answer"),
    ])
}
