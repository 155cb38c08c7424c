import MLSDCore

/// `mlsd report SESSION|last`: one session as a Markdown report.
enum ReportCommand: Command {
  static let out = OptionSpec(
    names: ["--out"], help: "Write to this file instead of standard output.", valueName: "file",
    completion: .file)

  static let spec = CommandSpec(
    name: "report",
    abstract: "Write the full report of one session.",
    arguments: [ArgumentSpec(name: "session", help: "A session id, or 'last'.")],
    options: [
      out
    ],
    examples: [
      .init(command: "mlsd report last --out report.md", explanation: "save the last one")
    ],
    isAvailable: false)

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    throw CommandFailure.planned(spec)
  }
}
