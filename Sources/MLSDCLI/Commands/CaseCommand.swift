import MLSDCore

/// `mlsd case ID`: the whole study of one case, phase by phase.
enum CaseCommand: Command {
  static let markdown = OptionSpec(names: ["--markdown"], help: "Print as Markdown.")
  static let json = OptionSpec(names: ["--json"], help: "Print as JSON.")

  static let spec = CommandSpec(
    name: "case",
    abstract: "Study one case: requirements, metrics, architecture, deployment, pitfalls.",
    arguments: [
      ArgumentSpec(name: "id", help: "The case id (see 'mlsd cases').", completion: .caseIDs)
    ],
    options: [
      markdown,
      json,
    ],
    examples: [
      .init(command: "mlsd case visual-search", explanation: "read the case"),
      .init(command: "mlsd case ad-click-prediction --markdown > ads.md", explanation: "save it"),
    ])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    if arguments.has(Self.markdown) && arguments.has(Self.json) {
      throw UsageError(
        "Choose one of '--markdown' and '--json'.", command: spec)
    }
    let library = try context.loadContent()
    let id = arguments.positionals.first ?? ""
    let study = try context.loadCase(id, from: library, command: spec)
    if arguments.has(Self.json) {
      context.stdout.write(JSONWriter.write(study.jsonValue) + "\n")
    } else if arguments.has(Self.markdown) {
      context.stdout.write(CaseMarkdown.render(study, framework: library.framework))
    } else {
      context.stdout.write(
        CaseView.render(
          study, framework: library.framework, width: context.width, style: context.style))
    }
    // A pack's library holds an entry per file: freeing a thousand of them
    // on the way out cost a fifth of showing one of its cases.
    if context.keepsValuesUntilExit { ProcessLifetime.keep((library, study)) }
    return .success
  }
}
