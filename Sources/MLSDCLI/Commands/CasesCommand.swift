import MLSDCore

enum CasesCommand {
  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let library = try context.loadContent()
    let cases: [CaseStudy]
    do {
      cases = try library.loadAllCases()
    } catch {
      throw CommandFailure(CommandContext.describe(error), exitCode: .dataError)
    }
    if arguments.has("--json") {
      context.stdout.write(JSONWriter.write(.array(cases.map(\.summaryJSON))) + "\n")
      return .success
    }
    let style = context.style
    let idWidth = max(2, cases.map { DisplayWidth.of($0.id) }.max() ?? 0) + 2
    let titleWidth = max(5, cases.map { DisplayWidth.of($0.title) }.max() ?? 0) + 2
    let categoryWidth = max(8, cases.map { DisplayWidth.of($0.category) }.max() ?? 0) + 2
    var out =
      style.bold(
        DisplayWidth.pad("ID", to: idWidth) + DisplayWidth.pad("TITLE", to: titleWidth)
          + DisplayWidth.pad("CATEGORY", to: categoryWidth) + "DIFFICULTY") + "\n"
    for study in cases {
      out += style.cyan(DisplayWidth.pad(study.id, to: idWidth))
      out += DisplayWidth.pad(study.title, to: titleWidth)
      out += DisplayWidth.pad(study.category, to: categoryWidth)
      out += study.difficulty.rawValue + "\n"
    }
    context.stdout.write(out)
    if context.terminal.stdoutIsTerminal {
      context.stdout.write(style.dim("\nStudy one: mlsd case ID · practise: mlsd interview ID\n"))
    }
    return .success
  }
}

enum CaseCommand {
  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    if arguments.has("--markdown") && arguments.has("--json") {
      throw UsageError(
        "Choose one of '--markdown' and '--json'.", command: CommandCatalog.caseCommand)
    }
    let library = try context.loadContent()
    let id = arguments.positionals.first ?? ""
    let study = try context.loadCase(id, from: library, command: CommandCatalog.caseCommand)
    if arguments.has("--json") {
      context.stdout.write(JSONWriter.write(study.jsonValue) + "\n")
    } else if arguments.has("--markdown") {
      context.stdout.write(CaseMarkdown.render(study, framework: library.framework))
    } else {
      context.stdout.write(
        CaseView.render(
          study, framework: library.framework, width: context.width, style: context.style))
    }
    return .success
  }
}
