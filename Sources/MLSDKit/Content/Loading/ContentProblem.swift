/// One thing wrong with a content file, phrased so that a person can find and
/// fix it: `cases/ads.json: phases.metrics.checklist[3].weight: must be 1, 2 or 3`.
public struct ContentProblem: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var location: String
  public var message: String

  public init(file: String, location: String, message: String) {
    self.file = file
    self.location = location
    self.message = message
  }

  public var description: String {
    location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
  }
}

/// Loading content failed; every problem found is listed, not just the first.
public struct ContentError: Error, Sendable, CustomStringConvertible {
  public var problems: [ContentProblem]

  public init(problems: [ContentProblem]) {
    self.problems = problems
  }

  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
