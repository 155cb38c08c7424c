/// One thing a strong answer covers, with what shows it and why it matters.
public struct ChecklistItem: Sendable, Equatable, Codable {
  public var id: String
  public var text: String
  public var weight: Int
  public var level: Level
  public var phrases: [String]
  public var hint: String
  public var why: String

  public init(
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
  public var isGeneric: Bool { id.hasPrefix(ChecklistItem.genericPrefix) }

  public static let genericPrefix = "fw-"
}
