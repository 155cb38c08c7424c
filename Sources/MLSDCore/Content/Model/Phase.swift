/// One timed part of the interview, as the framework defines it.
package struct Phase: Sendable, Equatable, Codable {
  package var id: String
  package var title: String
  package var minutes: Double
  package var goal: String
  package var opening: String
  package var keyQuestions: [String]
  package var tips: [String]
  package var pitfalls: [String]
  package var checklist: [ChecklistItem]

  package init(
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
  package func opening(for caseTitle: String) -> String {
    opening.replacing("{case}", with: caseTitle)
  }
}
