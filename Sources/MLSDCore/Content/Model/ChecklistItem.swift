/// One thing a strong answer covers, with what shows it and why it matters.
package struct ChecklistItem: Sendable, Equatable, Codable {
  package var id: String
  package var text: String
  package var weight: Int
  package var level: Level
  package var phrases: [String]
  package var hint: String
  package var why: String

  package init(
    id: String, text: String, weight: Int, level: Level, phrases: [String], hint: String,
    why: String
  ) {
    self.id = id
    self.text = text
    self.weight = weight
    self.level = level
    self.phrases = phrases
    self.hint = hint
    self.why = why
  }

  /// Generic items come from the framework and apply to every case; the
  /// scorer weighs them less than the case's own.
  package var isGeneric: Bool { id.hasPrefix(ChecklistItem.genericPrefix) }

  package static let genericPrefix = "fw-"
}
