/// The commands a candidate types during an interview.
package enum SlashCommand: String, CaseIterable, Sendable {
  case next, hint, cheatsheet, time, pause, resume, quit, help

  package var summary: String {
    switch self {
    case .next: "end this phase and move on"
    case .hint: "a nudge towards something not yet covered (recorded)"
    case .cheatsheet: "this phase's part of the cheat sheet (recorded)"
    case .time: "time left in the phase and the interview"
    case .pause: "stop every clock"
    case .resume: "start the clocks again"
    case .quit: "save and leave; continue later with --resume"
    case .help: "this list"
    }
  }

  /// What still works while the clocks are stopped: the rest would change
  /// the interview behind the candidate's back.
  package var worksWhilePaused: Bool {
    switch self {
    case .resume, .quit, .help, .time: true
    case .next, .hint, .cheatsheet, .pause: false
    }
  }

  package enum Parsed: Equatable {
    case command(SlashCommand)
    /// A mistyped command, with the closest real one if there is one.
    case unknown(String, suggestion: SlashCommand?)
  }

  /// nil when the line is not a command at all.
  package static func parse(_ line: String) -> Parsed? {
    let trimmed = line.trimmed()
    guard trimmed.hasPrefix("/"), trimmed.count > 1 else { return nil }
    let word = String(trimmed.dropFirst()).split(separator: " ").first.map(String.init) ?? ""
    // "/r/MachineLearning says…" is a note, not a command.
    if word.contains("/") { return nil }
    if let command = SlashCommand(rawValue: word.lowercased()) { return .command(command) }
    let suggestion = Suggestion.closest(to: word, in: allCases.map(\.rawValue))
      .flatMap(SlashCommand.init(rawValue:))
    return .unknown(word, suggestion: suggestion)
  }

  package static let footer = allCases.map { "/" + $0.rawValue }.joined(separator: " ")
}
