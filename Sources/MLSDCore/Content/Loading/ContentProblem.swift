/// One thing wrong with a content file, phrased so that a person can find and
/// fix it: `cases/ads.json: phases.metrics.checklist[3].weight: must be 1, 2 or 3`.
package struct ContentProblem: Sendable, Equatable, CustomStringConvertible {
  package var file: String
  package var location: String
  package var message: String

  package init(file: String, location: String, message: String) {
    self.file = file
    self.location = location
    self.message = message
  }

  /// Cleaned as a whole: the file name, a JSON key in the location or a
  /// value quoted in the message can come from anyone's pack, and none of
  /// their escape sequences may reach the terminal.
  package var description: String {
    TerminalSafeText.cleanLine(
      location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)")
  }
}

/// Loading content failed; every problem found is listed, not just the first.
package struct ContentError: Error, Sendable, CustomStringConvertible {
  package var problems: [ContentProblem]

  package init(problems: [ContentProblem]) {
    self.problems = problems
  }

  package var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
