/// A worked case study: what the interviewer knows, what a strong answer
/// covers in each phase, and a reference answer to learn from.
package struct CaseStudy: Sendable, Equatable, Codable {
  package var id: String
  package var title: String
  package var category: String
  package var difficulty: Difficulty
  package var summary: String
  package var prompt: String
  /// Words that name what the case is about ("image", "photo"), so the
  /// scorer can tell an answer to this problem from one to another.
  package var topics: [String]
  package var facts: [Fact]
  /// In the framework's phase order.
  package var phases: [CasePhase]
  package var pitfalls: [String]
  package var diagram: [String]

  package init(
    id: String, title: String, category: String, difficulty: Difficulty, summary: String,
    prompt: String, topics: [String] = [], facts: [Fact], phases: [CasePhase], pitfalls: [String],
    diagram: [String]
  ) {
    self.id = id
    self.title = title
    self.category = category
    self.difficulty = difficulty
    self.summary = summary
    self.prompt = prompt
    self.topics = topics
    self.facts = facts
    self.phases = phases
    self.pitfalls = pitfalls
    self.diagram = diagram
  }

  package func phase(_ id: String) -> CasePhase? { phases.first { $0.phaseID == id } }

  package var allChecklistItems: [ChecklistItem] { phases.flatMap(\.checklist) }
}

package enum Difficulty: String, Sendable, Equatable, Codable, CaseIterable {
  case easy, medium, hard
}

/// What the case asks of the candidate in one phase.
package struct CasePhase: Sendable, Equatable, Codable {
  package var phaseID: String
  package var checklist: [ChecklistItem]
  package var followUps: [FollowUp]
  package var reference: String

  package init(
    phaseID: String, checklist: [ChecklistItem], followUps: [FollowUp], reference: String
  ) {
    self.phaseID = phaseID
    self.checklist = checklist
    self.followUps = followUps
    self.reference = reference
  }
}

/// Something the interviewer reveals only when asked, as in a real interview.
package struct Fact: Sendable, Equatable, Codable {
  package var id: String
  package var topic: String
  package var phrases: [String]
  package var answer: String

  package init(id: String, topic: String, phrases: [String], answer: String) {
    self.id = id
    self.topic = topic
    self.phrases = phrases
    self.answer = answer
  }
}

/// A question the interviewer may ask to probe what the candidate skipped.
package struct FollowUp: Sendable, Equatable, Codable {
  package var question: String
  /// Checklist items of the same phase this question tests; empty for a
  /// curveball that may come at any time.
  package var probes: [String]

  package init(question: String, probes: [String]) {
    self.question = question
    self.probes = probes
  }
}
