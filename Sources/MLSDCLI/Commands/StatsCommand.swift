import MLSDCore

/// `mlsd stats`: progress per phase over time.
enum StatsCommand: Command {
  static let spec = CommandSpec(
    name: "stats",
    abstract: "Show progress per phase over time.",
    examples: [.init(command: "mlsd stats", explanation: "scores per phase, overtime, trends")],
    isAvailable: false)

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    throw CommandFailure.planned(spec)
  }
}
