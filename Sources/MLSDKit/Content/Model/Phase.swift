/// One timed part of the interview, as the framework defines it.
public struct Phase: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var minutes: Double
  public var goal: String
  public var opening: String
  public var keyQuestions: [String]
  public var tips: [String]
  public var pitfalls: [String]
  public var checklist: [ChecklistItem]

  public init(
    id: String, title: String, minutes: Double, goal: String, opening: String,
    keyQuestions: [String], tips: [String], pitfalls: [String], checklist: [ChecklistItem]
  ) {
    self.id = id
    self.title = title
    self.minutes = minutes
    self.goal = goal
    self.opening = opening
    self.keyQuestions = keyQuestions
    self.tips = tips
    self.pitfalls = pitfalls
    self.checklist = checklist
  }

  /// The opening line with the case's title filled in.
  public func opening(for caseTitle: String) -> String {
    opening.replacing("{case}", with: caseTitle)
  }
}
