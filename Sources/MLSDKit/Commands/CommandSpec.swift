/// A command's interface as data: help, parsing and shell completions are all
/// generated from it, so the three can never disagree.
public struct CommandSpec: Sendable {
  public var name: String
  public var abstract: String
  public var discussion: String = ""
  public var arguments: [ArgumentSpec] = []
  public var options: [OptionSpec] = []
  public var examples: [Example] = []
  /// False for commands the spec names that are not built yet: they appear
  /// in help and say so when run.
  public var isAvailable = true

  public struct Example: Sendable {
    public var command: String
    public var explanation: String
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

  func option(named name: String) -> OptionSpec? {
    options.first { $0.names.contains(name) }
  }
}

public struct ArgumentSpec: Sendable {
  public var name: String
  public var help: String
  public var isOptional = false
  public var isRepeating = false
  public var completion: Completion = .none
}

public struct OptionSpec: Sendable {
  /// All spellings; the first is the canonical key in parsed results.
  public var names: [String]
  public var help: String
  /// The placeholder for an option that takes a value, e.g. `<id>`.
  public var valueName: String? = nil
  public var completion: Completion = .none
  public var isHiddenFromUsage = false

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
public enum Completion: Sendable, Equatable {
  case none
  case caseIDs
  case file
  case directory
  case values([String])
  case commands
}
