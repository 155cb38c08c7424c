import MLSDCore

enum HelpCommand: Command {
  static let spec = CommandSpec(
    name: "help",
    abstract: "Show help for a command.",
    arguments: [
      ArgumentSpec(
        name: "command", help: "The command to explain.", isOptional: true, completion: .commands)
    ],
    examples: [.init(command: "mlsd help interview", explanation: "everything interview can do")])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    guard let name = arguments.positionals.first else {
      context.stdout.write(HelpGenerator.rootHelp(width: context.width, style: context.style))
      return .success
    }
    guard let command = CommandRegistry.command(named: name) else {
      throw CommandRegistry.unknown(name, command: spec)
    }
    context.stdout.write(
      HelpGenerator.commandHelp(command.spec, width: context.width, style: context.style))
    return .success
  }
}
