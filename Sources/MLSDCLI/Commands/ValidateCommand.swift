import MLSDCore

/// `mlsd validate [DIR]`: every problem in a pack, checked on top of the
/// bundled framework so a pack of cases alone can be validated.
enum ValidateCommand: Command {
  static let spec = CommandSpec(
    name: "validate",
    abstract: "Check a content pack (or the bundled content) and print every problem.",
    arguments: [
      ArgumentSpec(
        name: "dir", help: "The content pack folder (default: the bundled content).",
        isOptional: true, completion: .directory)
    ],
    examples: [
      .init(command: "mlsd validate", explanation: "check the bundled content"),
      .init(command: "mlsd validate ~/my-cases", explanation: "check a pack before using it"),
    ])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let bundled = context.bundledContent ?? .bundled
    let files: ContentFiles
    let label: String
    if let directory = arguments.positionals.first ?? context.contentDirectory {
      files = bundled.overlaid(with: try ContentPackReader.read(directory: directory))
      label = TerminalSafeText.cleanLine(directory)
    } else {
      files = bundled
      label = "bundled content"
    }
    let problems = ContentLibrary.validate(files)
    let style = context.style
    if problems.isEmpty {
      let library = try? ContentLibrary(files: files)
      let count = library?.caseIDs.count ?? 0
      context.stdout.write(
        style.green("✓") + " \(label): no problems (\(count) case\(count == 1 ? "" : "s"))\n")
      return .success
    }
    for problem in problems {
      context.stdout.write(problem.description + "\n")
    }
    let count = problems.count
    context.stderr.write(
      context.errorStyle.red("Error: ")
        + "\(label): \(count) problem\(count == 1 ? "" : "s") found\n")
    return .dataError
  }
}
