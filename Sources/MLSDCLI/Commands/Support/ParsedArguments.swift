import MLSDCore

/// A command line split into options and positional arguments, checked
/// against the command's spec.
struct ParsedArguments: Sendable, Equatable {
  var flags: Set<String> = []
  var values: [String: String] = [:]
  var positionals: [String] = []

  init(flags: Set<String> = [], values: [String: String] = [:], positionals: [String] = []) {
    self.flags = flags
    self.values = values
    self.positionals = positionals
  }

  /// Typed look-ups: options are the commands' own `OptionSpec` constants,
  /// so a misspelt option does not compile.
  func has(_ option: OptionSpec) -> Bool { flags.contains(option.key) }
  func value(_ option: OptionSpec) -> String? { values[option.key] }

  /// Parses `arguments` (everything after the command name) for `spec`.
  /// Options may come in any order and before or after positionals; `--`
  /// ends options, and a lone `-` is a positional (standard input).
  static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var result = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        result.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let option = spec.option(named: name) else {
        let known = spec.acceptedOptions.flatMap(\.names)
        let suggestion = Suggestion.closest(to: name, in: known)
        throw UsageError(
          "Unknown option '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
          command: spec)
      }
      if option.valueName != nil {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else if index < arguments.count {
          value = arguments[index]
          index += 1
        } else {
          throw UsageError(
            "Missing value for '\(name) <\(option.valueName ?? "value")>'.", command: spec)
        }
        if case .values(let allowed) = option.completion, !allowed.contains(value) {
          throw UsageError(
            "'\(value)' is not a valid value for '\(name)' (expected \(allowed.joined(separator: ", "))).",
            command: spec)
        }
        result.values[option.key] = value
      } else {
        if inlineValue != nil {
          throw UsageError("'\(name)' does not take a value.", command: spec)
        }
        result.flags.insert(option.key)
      }
    }
    try checkPositionals(result.positionals, for: spec)
    return result
  }

  private static func checkPositionals(_ positionals: [String], for spec: CommandSpec)
    throws(UsageError)
  {
    let required = spec.arguments.filter { !$0.isOptional }.count
    let repeating = spec.arguments.contains { $0.isRepeating }
    if positionals.count < required {
      let missing = spec.arguments[positionals.count]
      throw UsageError("Missing expected argument '<\(missing.name)>'.", command: spec)
    }
    if !repeating && positionals.count > spec.arguments.count {
      let extra = positionals[spec.arguments.count]
      throw UsageError("Unexpected argument '\(TerminalSafeText.cleanLine(extra))'.", command: spec)
    }
  }
}
