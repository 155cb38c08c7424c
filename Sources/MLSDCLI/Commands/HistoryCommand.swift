import MLSDCore

/// `mlsd history`: every past session, newest first.
enum HistoryCommand: Command {
  static let json = OptionSpec(names: ["--json"], help: "Print as JSON.")

  static let spec = CommandSpec(
    name: "history",
    abstract: "List past interview sessions.",
    options: [json],
    examples: [.init(command: "mlsd history", explanation: "date, case, score and verdict")],
    isAvailable: false)

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    throw CommandFailure.planned(spec)
  }
}
