import FoundationEssentials
import MLSDCore

/// Everything a command may touch, handed in by the shell so that commands
/// run the same in tests as in a terminal.
struct CommandContext {
  var environment: [String: String]
  var terminal: TerminalInfo
  var stdout: TextSink
  var stderr: TextSink
  var input: InputSource
  var now: @Sendable () -> Date
  var noColor = false
  /// `--content DIR`, which wins over `$MLSD_CONTENT`.
  var contentOption: String?
  /// Overrides the bundled content; tests use it to run without a build step.
  var bundledContent: ContentFiles?
  /// The process exits right after the command: what it built need not be
  /// freed (see `ProcessLifetime`). Set by the shell only.
  var keepsValuesUntilExit = false

  init(
    environment: [String: String], terminal: TerminalInfo, stdout: TextSink, stderr: TextSink,
    input: InputSource, now: @escaping @Sendable () -> Date
  ) {
    self.environment = environment
    self.terminal = terminal
    self.stdout = stdout
    self.stderr = stderr
    self.input = input
    self.now = now
  }

  var width: Int { terminal.width(environment: environment) }

  var style: Style {
    Style(
      enabled: Style.colorEnabled(
        isTerminal: terminal.stdoutIsTerminal, environment: environment, noColorFlag: noColor))
  }

  var errorStyle: Style {
    Style(
      enabled: Style.colorEnabled(
        isTerminal: terminal.stderrIsTerminal, environment: environment, noColorFlag: noColor))
  }

  /// The global options given after the command name; those before it were
  /// applied while the command line was read.
  mutating func apply(_ arguments: ParsedArguments) {
    if arguments.has(GlobalOptions.noColor) { noColor = true }
    if let content = arguments.value(GlobalOptions.content) { contentOption = content }
  }

  /// The content folder from `--content` or `$MLSD_CONTENT`, if any.
  var contentDirectory: String? {
    if let contentOption { return contentOption }
    if let fromEnvironment = environment["MLSD_CONTENT"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    return nil
  }

  /// The bundled content with the pack, if any, on top.
  func loadContent() throws -> ContentLibrary {
    var files = bundledContent ?? .bundled
    if let directory = contentDirectory {
      files = files.overlaid(with: try ContentPackReader.read(directory: directory))
    }
    do {
      return try ContentLibrary(files: files)
    } catch {
      throw CommandFailure(Self.describe(error), exitCode: .dataError)
    }
  }

  /// A case by id, or a usage error with a suggestion.
  func loadCase(_ id: String, from library: ContentLibrary, command: CommandSpec) throws
    -> CaseStudy
  {
    guard library.hasCase(id) else {
      let suggestion = Suggestion.closest(to: id, in: library.caseIDs)
      let hint = suggestion.map { " Did you mean '\($0)'?" } ?? " See 'mlsd cases'."
      throw UsageError("No case '\(TerminalSafeText.cleanLine(id))'.\(hint)", command: command)
    }
    do {
      return try library.loadCase(id)
    } catch {
      throw CommandFailure(Self.describe(error), exitCode: .dataError)
    }
  }

  /// Content problems, one per line, at most 20 of them.
  static func describe(_ error: ContentError) -> String {
    let shown = error.problems.prefix(20).map(\.description)
    var text = shown.joined(separator: "\n")
    if error.problems.count > shown.count {
      text += "\n… and \(error.problems.count - shown.count) more (run 'mlsd validate' to see all)"
    }
    return text
  }
}
