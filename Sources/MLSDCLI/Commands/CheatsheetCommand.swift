import MLSDCore

enum CheatsheetCommand {
  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let library = try context.loadContent()
    if arguments.has("--markdown") {
      context.stdout.write(CheatsheetMarkdown.render(library.framework))
    } else {
      context.stdout.write(
        CheatsheetView.render(library.framework, width: context.width, style: context.style))
    }
    return .success
  }
}
