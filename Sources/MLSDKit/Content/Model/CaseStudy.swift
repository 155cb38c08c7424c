/// A worked case study: what the interviewer knows, what a strong answer
/// covers in each phase, and a reference answer to learn from.
public struct CaseStudy: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var category: String
  public var difficulty: Difficulty
  public var summary: String
  public var prompt: String
  /// Words that name what the case is about ("image", "photo"), so the
  /// scorer can tell an answer to this problem from one to another.
  public var topics: [String]
  public var facts: [Fact]
  /// In the framework's phase order.
  public var phases: [CasePhase]
  public var pitfalls: [String]
  public var diagram: [String]

  public init(
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

  public func phase(_ id: String) -> CasePhase? { phases.first { $0.phaseID == id } }

  public var allChecklistItems: [ChecklistItem] { phases.flatMap(\.checklist) }
}

public enum Difficulty: String, Sendable, Equatable, Codable, CaseIterable {
  case easy, medium, hard
}

/// What the case asks of the candidate in one phase.
public struct CasePhase: Sendable, Equatable, Codable {
  public var phaseID: String
  public var checklist: [ChecklistItem]
  public var followUps: [FollowUp]
  public var reference: String

  public init(phaseID: String, checklist: [ChecklistItem], followUps: [FollowUp], reference: String)
  {
    self.phaseID = phaseID
    self.checklist = checklist
    self.followUps = followUps
    self.reference = reference
  }
}

/// Something the interviewer reveals only when asked, as in a real interview.
public struct Fact: Sendable, Equatable, Codable {
  public var id: String
  public var topic: String
  public var phrases: [String]
  public var answer: String

  public init(id: String, topic: String, phrases: [String], answer: String) {
    self.id = id
    self.topic = topic
    self.phrases = phrases
    self.answer = answer
  }
}

/// A question the interviewer may ask to probe what the candidate skipped.
public struct FollowUp: Sendable, Equatable, Codable {
  public var question: String
  /// Checklist items of the same phase this question tests; empty for a
  /// curveball that may come at any time.
  public var probes: [String]

  public init(question: String, probes: [String]) {
    self.question = question
    self.probes = probes
  }
}
