import MLSDCore

enum CheatsheetCommand: Command {
  static let markdown = OptionSpec(names: ["--markdown"], help: "Print as Markdown.")

  static let spec = CommandSpec(
    name: "cheatsheet",
    abstract: "Print the interview framework on one page.",
    options: [markdown],
    examples: [.init(command: "mlsd cheatsheet | less -R", explanation: "page through it")])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let library = try context.loadContent()
    if arguments.has(Self.markdown) {
      context.stdout.write(CheatsheetMarkdown.render(library.framework))
    } else {
      context.stdout.write(
        CheatsheetView.render(library.framework, width: context.width, style: context.style))
    }
    return .success
  }
}
