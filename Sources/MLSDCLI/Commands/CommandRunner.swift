import MLSDCore

/// Maps a parsed command to the code that runs it.
enum CommandRunner {
  static func run(_ spec: CommandSpec, _ arguments: ParsedArguments, context: CommandContext)
    throws -> ExitCode
  {
    switch spec.name {
    case "cheatsheet": return try CheatsheetCommand.run(arguments, context: context)
    case "cases": return try CasesCommand.run(arguments, context: context)
    case "case": return try CaseCommand.run(arguments, context: context)
    case "search": return try SearchCommand.run(arguments, context: context)
    case "validate": return try ValidateCommand.run(arguments, context: context)
    case "completions": return try CompletionsCommand.run(arguments, context: context)
    case "help": return try HelpCommand.run(arguments, context: context)
    case "score": return try ScoreCommand.run(arguments, context: context)
    case "interview": return try InterviewCommand.run(arguments, context: context)
    default:
      throw CommandFailure("'mlsd \(spec.name)' is not available yet.")
    }
  }
}
