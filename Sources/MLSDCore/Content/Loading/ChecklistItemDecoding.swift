extension ChecklistItem {
  /// Decodes one item; `generic` says whether it belongs to the framework,
  /// whose ids must start with `fw-` (and a case's must not).
  static func decode(_ reader: JSONReader, generic: Bool) -> ChecklistItem? {
    guard
      let object = reader.object(required: [
        "id", "text", "weight", "level", "phrases", "hint", "why",
      ])
    else { return nil }
    let id = object.string("id")
    ContentRules.checkID(id, at: object.reader("id"))
    if !id.isEmpty && generic != id.hasPrefix(genericPrefix) {
      object.report(
        "id",
        generic
          ? "framework checklist ids must start with '\(genericPrefix)'"
          : "case checklist ids must not start with '\(genericPrefix)' (reserved for the framework)"
      )
    }
    var weight = 1
    if let reader = object.reader("weight"), let number = reader.number() {
      if number == 1 || number == 2 || number == 3 {
        weight = Int(number)
      } else {
        reader.report("must be 1, 2 or 3")
      }
    }
    var level = Level.senior
    if let reader = object.reader("level") {
      let text = reader.string()
      if let parsed = Level(rawValue: text) {
        level = parsed
      } else if !text.isEmpty {
        reader.report("must be mid, senior or staff, not '\(text)'")
      }
    }
    let phrases = object.strings("phrases")
    return ChecklistItem(
      id: id, text: object.string("text"), weight: weight, level: level, phrases: phrases,
      hint: object.string("hint"), why: object.string("why"))
  }
}

/// Reports checklist ids used twice within one file.
struct DuplicateIDCheck {
  private var seen: [String: String] = [:]

  mutating func check(_ id: String, at path: ContentPath, log: ProblemLog) {
    guard !id.isEmpty else { return }
    if let first = seen[id] {
      log.report(path, "duplicate id '\(id)' (first used at \(first))")
    } else {
      seen[id] = path.description
    }
  }
}
