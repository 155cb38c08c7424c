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
      let (name, inlineValue) = splitInlineValue(argument)
      switch name {
      case _ where GlobalOptions.noColor.names.contains(name):
        context.noColor = true
      case _ where GlobalOptions.version.names.contains(name):
        context.stdout.write("mlsd \(version)\n")
        return .success
      case _ where GlobalOptions.help.names.contains(name):
        wantsHelp = true
      case _ where GlobalOptions.content.names.contains(name):
        if let inlineValue {
          context.contentOption = inlineValue
        } else if index < arguments.count {
          context.contentOption = arguments[index]
          index += 1
        } else {
          throw UsageError("Missing value for '--content <dir>'.")
        }
      default:
        let known = GlobalOptions.all.flatMap(\.names)
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
    guard let command = CommandRegistry.command(named: name) else {
      throw CommandRegistry.unknown(name)
    }
    let spec = command.spec
    let beforeTerminator = rest.prefix { $0 != "--" }
    if wantsHelp || beforeTerminator.contains(where: GlobalOptions.help.names.contains) {
      context.stdout.write(
        HelpGenerator.commandHelp(spec, width: context.width, style: context.style))
      return .success
    }
    let parsed = try ParsedArguments.parse(rest, for: spec)
    context.apply(parsed)
    return try command.run(parsed, context: context)
  }

  /// `--content=DIR` as a name and a value.
  private static func splitInlineValue(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }
}
