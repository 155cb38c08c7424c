import MLSDCore

/// A command's interface as data: help, parsing and shell completions are all
/// generated from it, so the three can never disagree.
struct CommandSpec: Sendable {
  var name: String
  var abstract: String
  var discussion: String = ""
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var examples: [Example] = []

  struct Example: Sendable {
    var command: String
    var explanation: String
  }

  var usage: String {
    var parts = ["mlsd", name]
    for option in options where !option.isHiddenFromUsage {
      parts.append("[\(option.usageText)]")
    }
    for argument in arguments {
      var text = "<\(argument.name)>"
      if argument.isRepeating { text += " ..." }
      parts.append(argument.isOptional ? "[\(text)]" : text)
    }
    return parts.joined(separator: " ")
  }

  /// The command's own options and the global ones every command accepts.
  var acceptedOptions: [OptionSpec] { options + GlobalOptions.afterCommand }

  func option(named name: String) -> OptionSpec? {
    acceptedOptions.first { $0.names.contains(name) }
  }
}

struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var isOptional = false
  var isRepeating = false
  var completion: Completion = .none
}

struct OptionSpec: Sendable {
  /// All spellings; the first is the canonical key in parsed results.
  var names: [String]
  var help: String
  /// The placeholder for an option that takes a value, e.g. `<id>`.
  var valueName: String? = nil
  var completion: Completion = .none
  var isHiddenFromUsage = false

  var key: String { names.first ?? "" }

  var usageText: String {
    let name = names.first { $0.hasPrefix("--") } ?? key
    if let valueName { return "\(name) <\(valueName)>" }
    return name
  }

  var helpLabel: String {
    let spelled = names.joined(separator: ", ")
    if let valueName { return "\(spelled) <\(valueName)>" }
    return spelled
  }
}

/// What a shell should offer for an argument or option value.
enum Completion: Sendable, Equatable {
  case none
  case caseIDs
  case file
  case directory
  case values([String])
  case commands
}
