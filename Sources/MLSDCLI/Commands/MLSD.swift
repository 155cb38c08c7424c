import FoundationEssentials
import MLSDCore

/// The program: parses the command line, runs a command, turns what happened
/// into an exit code. The executable is a thin call into `run`.
enum MLSD {
  static let version = "0.1.0"

  static func run(_ arguments: [String], context: CommandContext) -> ExitCode {
    var context = context
    do {
      return try dispatch(arguments, context: &context)
    } catch let error as UsageError {
      context.stderr.write(HelpGenerator.usageError(error, style: context.errorStyle))
      return .usage
    } catch let error as CommandFailure {
      context.stderr.write(render(failure: error, style: context.errorStyle))
      return error.exitCode
    } catch {
      context.stderr.write(context.errorStyle.red("Error: ") + "\(error)\n")
      return .failure
    }
  }

  private static func render(failure: CommandFailure, style: Style) -> String {
    failure.message.split(separator: "\n", omittingEmptySubsequences: false)
      .map { style.red("Error: ") + $0 + "\n" }.joined()
  }

  private static func dispatch(_ arguments: [String], context: inout CommandContext) throws
    -> ExitCode
  {
    var index = 0
    var wantsHelp = false
    while index < arguments.count {
      let argument = arguments[index]
      if !argument.hasPrefix("-") || argument == "-" { break }
      index += 1
      switch argument {
      case "--no-color": context.noColor = true
      case "--version":
        context.stdout.write("mlsd \(version)\n")
        return .success
      case "-h", "--help": wantsHelp = true
      case "--content":
        guard index < arguments.count else {
          throw UsageError("Missing value for '--content <dir>'.")
        }
        context.contentOption = arguments[index]
        index += 1
      default:
        if argument.hasPrefix("--content=") {
          context.contentOption = String(argument.dropFirst("--content=".count))
          continue
        }
        let known = CommandCatalog.globalOptions.flatMap(\.names)
        let suggestion = Suggestion.closest(to: argument, in: known)
        throw UsageError(
          "Unknown option '\(TerminalSafeText.cleanLine(argument))'."
            + (suggestion.map { " Did you mean '\($0)'?" } ?? ""))
      }
    }
    guard index < arguments.count else {
      context.stdout.write(HelpGenerator.rootHelp(width: context.width, style: context.style))
      return .success
    }
    let name = arguments[index]
    let rest = Array(arguments[(index + 1)...])
    guard let spec = CommandCatalog.command(named: name) else {
      let suggestion = Suggestion.closest(to: name, in: CommandCatalog.commands.map(\.name))
      throw UsageError(
        "Unknown command '\(TerminalSafeText.cleanLine(name))'."
          + (suggestion.map { " Did you mean '\($0)'?" } ?? ""))
    }
    let beforeTerminator = rest.prefix { $0 != "--" }
    if wantsHelp || beforeTerminator.contains("--help") || beforeTerminator.contains("-h") {
      context.stdout.write(
        HelpGenerator.commandHelp(spec, width: context.width, style: context.style))
      return .success
    }
    let parsed = try ParsedArguments.parse(rest, for: spec)
    if parsed.has("--no-color") { context.noColor = true }
    if let content = parsed.value("--content") { context.contentOption = content }
    guard spec.isAvailable else {
      throw CommandFailure(
        "'mlsd \(spec.name)' is not available yet in mlsd \(version); it is planned. See 'mlsd --help' for what works today."
      )
    }
    return try CommandRunner.run(spec, parsed, context: context)
  }
}
