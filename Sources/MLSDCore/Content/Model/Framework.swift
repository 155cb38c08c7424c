/// The interview framework: phases in order, plus the reference material the
/// cheat sheet prints.
package struct Framework: Sendable, Equatable, Codable {
  package var phases: [Phase]
  package var metricsGuide: [MetricsRow]
  package var patterns: [Pattern]

  package init(phases: [Phase], metricsGuide: [MetricsRow], patterns: [Pattern]) {
    self.phases = phases
    self.metricsGuide = metricsGuide
    self.patterns = patterns
  }

  package var totalMinutes: Double { phases.reduce(0) { $0 + $1.minutes } }

  package func phase(_ id: String) -> Phase? { phases.first { $0.id == id } }

  /// Finds a phase by id or title, ignoring case, as transcripts name them.
  package func phase(named name: String) -> Phase? {
    let key = name.trimmed().lowercased()
    return phases.first { $0.id.lowercased() == key || $0.title.lowercased() == key }
  }
}

/// Which metrics fit which kind of problem.
package struct MetricsRow: Sendable, Equatable, Codable {
  package var problem: String
  package var offline: [String]
  package var online: [String]
  package var note: String

  package init(problem: String, offline: [String], online: [String], note: String) {
    self.problem = problem
    self.offline = offline
    self.online = online
    self.note = note
  }
}

/// A design pattern worth knowing by heart, such as retrieval then ranking.
package struct Pattern: Sendable, Equatable, Codable {
  package var id: String
  package var title: String
  package var summary: String
  package var points: [String]
  package var diagram: [String]

  package init(id: String, title: String, summary: String, points: [String], diagram: [String]) {
    self.id = id
    self.title = title
    self.summary = summary
    self.points = points
    self.diagram = diagram
  }
}
