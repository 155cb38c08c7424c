import MLSDCore

/// One subcommand: its interface as data, from which help, parsing and
/// completions are generated, and its run. Adding a command is one file that
/// conforms to this and one line in `CommandRegistry`.
protocol Command {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode
}
