import MLSDCore

enum CasesCommand: Command {
  static let json = OptionSpec(names: ["--json"], help: "Print the list as JSON.")

  static let spec = CommandSpec(
    name: "cases",
    abstract: "List the case studies.",
    options: [json],
    examples: [.init(command: "mlsd cases", explanation: "id, title, category and difficulty")])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let library = try context.loadContent()
    let cases: [CaseStudy]
    do {
      cases = try library.loadCaseSummaries()
    } catch {
      throw CommandFailure(CommandContext.describe(error), exitCode: .dataError)
    }
    if arguments.has(Self.json) {
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
