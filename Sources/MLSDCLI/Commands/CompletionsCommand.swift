import MLSDCore

/// `mlsd completions bash|zsh|fish`: scripts generated from the command
/// specs, with the case ids known when the script was made.
enum CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a shell completion script.",
    arguments: [
      ArgumentSpec(
        name: "shell", help: "bash, zsh or fish.", completion: .values(["bash", "zsh", "fish"]))
    ],
    examples: [
      .init(
        command: "mlsd completions bash > ~/.local/share/bash-completion/completions/mlsd",
        explanation: "bash"),
      .init(command: "mlsd completions zsh > ~/.zfunc/_mlsd", explanation: "zsh"),
      .init(
        command: "mlsd completions fish > ~/.config/fish/completions/mlsd.fish", explanation: "fish"
      ),
    ])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let shell = arguments.positionals.first ?? ""
    let caseIDs = (try? context.loadContent().caseIDs) ?? []
    switch shell {
    case "bash": context.stdout.write(CompletionScripts.bash(caseIDs: caseIDs))
    case "zsh": context.stdout.write(CompletionScripts.zsh(caseIDs: caseIDs))
    case "fish": context.stdout.write(CompletionScripts.fish(caseIDs: caseIDs))
    default:
      let suggestion = Suggestion.closest(to: shell, in: ["bash", "zsh", "fish"])
      throw UsageError(
        "Unknown shell '\(TerminalSafeText.cleanLine(shell))'."
          + (suggestion.map { " Did you mean '\($0)'?" } ?? " Use bash, zsh or fish."),
        command: spec)
    }
    return .success
  }
}
