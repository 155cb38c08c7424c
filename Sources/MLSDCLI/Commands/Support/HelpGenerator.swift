import MLSDCore

/// Help text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS,
/// OPTIONS, SUBCOMMANDS, EXAMPLES, two-space indents, wrapped to the width.
enum HelpGenerator {
  static let labelColumn = 26

  static func rootHelp(width: Int, style: Style) -> String {
    let spec = CommandRegistry.root
    var lines: [String] = []
    lines += section("OVERVIEW", style) + WordWrap.wrap(spec.abstract, width: width, indent: "")
    lines += [""] + WordWrap.wrap(spec.discussion, width: width)
    lines +=
      [""] + section("USAGE", style)
      + ["  mlsd [--content <dir>] [--no-color] <subcommand>"]
    lines += [""] + section("OPTIONS", style)
    for option in spec.options {
      lines += row(option.helpLabel, option.help, width: width)
    }
    lines += [""] + section("SUBCOMMANDS", style)
    for command in CommandRegistry.specs {
      lines += row(command.name, command.abstract, width: width)
    }
    lines += [""] + section("EXAMPLES", style)
    for example in spec.examples {
      lines += row(example.command, example.explanation, width: width, labelWidth: 52)
    }
    lines += ["", "  See 'mlsd help <subcommand>' for detailed help."]
    return lines.joined(separator: "\n") + "\n"
  }

  static func commandHelp(_ spec: CommandSpec, width: Int, style: Style) -> String {
    var lines: [String] = []
    lines += section("OVERVIEW", style) + WordWrap.wrap(spec.abstract, width: width)
    if !spec.discussion.isEmpty {
      lines += [""] + WordWrap.wrap(spec.discussion, width: width)
    }
    lines +=
      [""] + section("USAGE", style)
      + WordWrap.wrap(spec.usage, width: width, indent: "  ", hanging: "        ")
    if !spec.arguments.isEmpty {
      lines += [""] + section("ARGUMENTS", style)
      for argument in spec.arguments {
        lines += row("<\(argument.name)>", argument.help, width: width)
      }
    }
    let visible = spec.options.filter { !$0.isHiddenFromUsage } + [GlobalOptions.helpHidden]
    lines += [""] + section("OPTIONS", style)
    for option in visible {
      lines += row(option.helpLabel, option.help, width: width)
    }
    if !spec.examples.isEmpty {
      lines += [""] + section("EXAMPLES", style)
      for example in spec.examples {
        lines += ["  " + example.command]
        lines += WordWrap.wrap(example.explanation, width: width, indent: "      ")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func usageError(_ error: UsageError, style: Style) -> String {
    let usage = error.command.map(\.usage) ?? "mlsd [--content <dir>] [--no-color] <subcommand>"
    let more = error.command.map { "mlsd \($0.name) --help" } ?? "mlsd --help"
    return style.red("Error: ") + TerminalSafeText.cleanLine(error.message) + "\n"
      + "Usage: \(usage)\n" + "  See '\(more)' for more information.\n"
  }

  private static func section(_ title: String, _ style: Style) -> [String] {
    [style.bold(title + ":")]
  }

  private static func row(
    _ label: String, _ help: String, width: Int, labelWidth: Int = labelColumn
  )
    -> [String]
  {
    let indent = String(repeating: " ", count: labelWidth)
    let labelText = "  " + label
    if DisplayWidth.of(labelText) + 1 >= labelWidth || width - labelWidth < 20 {
      return [labelText]
        + WordWrap.wrap(help, width: max(width, labelWidth + 20), indent: indent)
    }
    let first = DisplayWidth.pad(labelText, to: labelWidth)
    return WordWrap.wrap(help, width: max(width, labelWidth + 20), indent: first, hanging: indent)
  }
}
