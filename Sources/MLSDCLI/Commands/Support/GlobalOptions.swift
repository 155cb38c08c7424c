import MLSDCore

/// Options that apply to every command. They may come before the command
/// name (`mlsd --no-color cases`) or after it (`mlsd cases --no-color`); both
/// positions are parsed by `ParsedArguments` and applied once, in
/// `CommandContext.apply(_:)`.
enum GlobalOptions {
  static let content = OptionSpec(
    names: ["--content"], help: "Add a content pack from this folder (or $MLSD_CONTENT).",
    valueName: "dir", completion: .directory)
  static let noColor = OptionSpec(
    names: ["--no-color"], help: "Never colour the output (also: NO_COLOR=1).")
  static let version = OptionSpec(names: ["--version"], help: "Show the version.")
  static let help = OptionSpec(names: ["-h", "--help"], help: "Show help information.")

  /// Before the command name, as `mlsd --help` lists them.
  static let all = [content, noColor, version, help]

  /// After the command name: accepted by every command, hidden from its usage
  /// line (its help lists only `-h, --help`).
  static let afterCommand = [
    helpHidden,
    OptionSpec(names: ["--no-color"], help: "Never colour the output.", isHiddenFromUsage: true),
    OptionSpec(
      names: ["--content"], help: "Add a content pack from this folder.", valueName: "dir",
      completion: .directory, isHiddenFromUsage: true),
  ]

  static let helpHidden = OptionSpec(
    names: ["-h", "--help"], help: "Show help information.", isHiddenFromUsage: true)
}
