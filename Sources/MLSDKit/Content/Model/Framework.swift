/// The interview framework: phases in order, plus the reference material the
/// cheat sheet prints.
public struct Framework: Sendable, Equatable, Codable {
  public var phases: [Phase]
  public var metricsGuide: [MetricsRow]
  public var patterns: [Pattern]

  public init(phases: [Phase], metricsGuide: [MetricsRow], patterns: [Pattern]) {
    self.phases = phases
    self.metricsGuide = metricsGuide
    self.patterns = patterns
  }

  public var totalMinutes: Double { phases.reduce(0) { $0 + $1.minutes } }

  public func phase(_ id: String) -> Phase? { phases.first { $0.id == id } }

  /// Finds a phase by id or title, ignoring case, as transcripts name them.
  public func phase(named name: String) -> Phase? {
    let key = name.trimmed().lowercased()
    return phases.first { $0.id.lowercased() == key || $0.title.lowercased() == key }
  }
}

/// Which metrics fit which kind of problem.
public struct MetricsRow: Sendable, Equatable, Codable {
  public var problem: String
  public var offline: [String]
  public var online: [String]
  public var note: String

  public init(problem: String, offline: [String], online: [String], note: String) {
    self.problem = problem
    self.offline = offline
    self.online = online
    self.note = note
  }
}

/// A design pattern worth knowing by heart, such as retrieval then ranking.
public struct Pattern: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var summary: String
  public var points: [String]
  public var diagram: [String]

  public init(id: String, title: String, summary: String, points: [String], diagram: [String]) {
    self.id = id
    self.title = title
    self.summary = summary
    self.points = points
    self.diagram = diagram
  }
}
