import MLSDCore

enum HelpCommand {
  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    guard let name = arguments.positionals.first else {
      context.stdout.write(HelpGenerator.rootHelp(width: context.width, style: context.style))
      return .success
    }
    guard let spec = CommandCatalog.command(named: name) else {
      let suggestion = Suggestion.closest(to: name, in: CommandCatalog.commands.map(\.name))
      throw UsageError(
        "Unknown command '\(TerminalSafeText.cleanLine(name))'."
          + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
        command: CommandCatalog.help)
    }
    context.stdout.write(
      HelpGenerator.commandHelp(spec, width: context.width, style: context.style))
    return .success
  }
}
