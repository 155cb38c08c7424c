/// Which generic first-phase item a case fact belongs to: a question the
/// interviewer answers with the case's data fact asks what data exists,
/// whatever words it uses ("do videos have titles and descriptions?").
extension Scorer {
  /// Fact ids, shared by convention across the cases, by the generic
  /// clarify item that asking for them shows. Facts not listed (the
  /// existing system, freshness, abuse) have no generic item of their own.
  static let genericItemOfFact: [String: String] = {
    let groups: [(String, [String])] = [
      (
        "fw-clarify-scale",
        [
          "traffic", "query-traffic", "post-volume",
          "imagery-volume", "graph-size", "library-size", "corpus-size", "catalog-size",
          "inventory", "event-inventory", "ad-inventory",
        ]
      ),
      ("fw-clarify-latency", ["latency", "latency-timing", "latency-deadline", "latency-budget"]),
      (
        "fw-clarify-data",
        [
          "data-available", "interaction-logs", "search-logs", "session-logs", "engagement-logs",
          "engagement-signals", "labels", "labels-reviewers", "labels-rates", "human-labels",
          "training-data", "video-metadata", "event-metadata", "listing-attributes",
          "metadata", "user-profile",
        ]
      ),
      (
        "fw-clarify-constraints",
        [
          "privacy", "privacy-regulation", "privacy-policy", "retention-legal", "hardware",
          "hardware-budget", "infra-budget", "compute-budget",
        ]
      ),
    ]
    var table: [String: String] = [:]
    for (item, facts) in groups {
      for fact in facts { table[fact] = item }
    }
    return table
  }()

  /// Per question line, the facts the interviewer answers it with.
  func answeredFacts(lines: [String], notes: [CoverageRule.Note]) -> [Int: [Fact]] {
    var answered: [Int: [Fact]] = [:]
    // Read once, and only for an answer that asks something.
    guard notes.contains(where: \.substance.isQuestion) else { return answered }
    let lookup = factLookup
    for (line, note) in notes.enumerated() where note.substance.isQuestion && line < lines.count {
      answered[line] = lookup.facts(answering: lines[line])
    }
    return answered
  }

  /// Per generic first-phase item, the first question of the first phase
  /// that asks for one of its facts.
  func factQuestionLines(answered: [Int: [Fact]], notes: [CoverageRule.Note]) -> [String: Int] {
    guard let firstPhase = matcher.framework.phases.first?.id else { return [:] }
    var found: [String: Int] = [:]
    for (line, note) in notes.enumerated() where note.phaseID == firstPhase {
      for fact in answered[line] ?? [] {
        if let item = Self.genericItemOfFact[fact.id], found[item] == nil { found[item] = line }
      }
    }
    return found
  }
}
