import MLSDCore

/// `mlsd drill`: spaced repetition over the items the candidate keeps missing.
enum DrillCommand: Command {
  static let spec = CommandSpec(
    name: "drill",
    abstract: "Drill the checklist items you keep missing.",
    examples: [.init(command: "mlsd drill", explanation: "quiz on your weakest items")],
    isAvailable: false)

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    throw CommandFailure.planned(spec)
  }
}
