/// Reads one JSON value into model fields, reporting every mismatch to the log
/// and returning a harmless default so decoding can go on and find the rest.
struct JSONReader {
  let value: JSONValue
  let path: ContentPath
  let log: ProblemLog

  /// Opens an object whose keys must be exactly `required` plus `optional`.
  func object(required: [String], optional: [String] = []) -> ObjectReader? {
    guard case .object(let members) = value else {
      log.report(path, "expected an object, found \(value.kindName)")
      return nil
    }
    var seen = Set<String>()
    var byKey: [String: JSONMember] = [:]
    let allowed = Set(required + optional)
    for member in members {
      if !seen.insert(member.key).inserted {
        log.report(path.appending(key: member.key), "duplicate key")
        continue
      }
      if !allowed.contains(member.key) {
        let suggestion = Suggestion.closest(to: member.key, in: Array(allowed))
        let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
        log.report(path.appending(key: member.key), "unknown key\(hint)")
        continue
      }
      byKey[member.key] = member
    }
    for key in required where byKey[key] == nil {
      log.report(path.appending(key: key), "missing")
    }
    return ObjectReader(members: byKey, path: path, log: log)
  }

  func string(nonEmpty: Bool = true) -> String {
    guard case .string(let text) = value else {
      log.report(path, "expected a string, found \(value.kindName)")
      return ""
    }
    let clean = TerminalSafeText.clean(text)
    if nonEmpty && clean.allSatisfy(\.isWhitespace) {
      log.report(path, "must not be empty")
    }
    return clean
  }

  func number() -> Double? {
    guard case .number(let number) = value else {
      log.report(path, "expected a number, found \(value.kindName)")
      return nil
    }
    return number
  }

  func elements() -> [JSONReader] {
    guard case .array(let items) = value else {
      log.report(path, "expected an array, found \(value.kindName)")
      return []
    }
    return items.enumerated().map { index, item in
      JSONReader(value: item, path: path.appending(index: index), log: log)
    }
  }

  func strings(nonEmpty: Bool, blankLinesAllowed: Bool = false) -> [String] {
    let items = elements()
    if nonEmpty, items.isEmpty, case .array = value {
      log.report(path, "must not be empty")
    }
    return items.map { $0.string(nonEmpty: !blankLinesAllowed) }
  }

  func report(_ message: String) {
    log.report(path, message)
  }
}

/// The members of one JSON object, already checked for unknown and missing keys.
struct ObjectReader {
  let members: [String: JSONMember]
  let path: ContentPath
  let log: ProblemLog

  func has(_ key: String) -> Bool { members[key] != nil }

  func reader(_ key: String) -> JSONReader? {
    guard let member = members[key] else { return nil }
    return JSONReader(value: member.value, path: path.appending(key: key), log: log)
  }

  func string(_ key: String) -> String {
    reader(key)?.string() ?? ""
  }

  func optionalString(_ key: String) -> String? {
    guard let reader = reader(key) else { return nil }
    if case .null = reader.value { return nil }
    return reader.string()
  }

  func strings(_ key: String, nonEmpty: Bool = true) -> [String] {
    reader(key)?.strings(nonEmpty: nonEmpty) ?? []
  }

  /// Diagram lines: blank lines are part of the drawing.
  func lines(_ key: String, nonEmpty: Bool = true) -> [String] {
    reader(key)?.strings(nonEmpty: nonEmpty, blankLinesAllowed: true) ?? []
  }

  func elements(_ key: String, nonEmpty: Bool = true) -> [JSONReader] {
    guard let reader = reader(key) else { return [] }
    let items = reader.elements()
    if nonEmpty, items.isEmpty, case .array = reader.value {
      reader.report("must not be empty")
    }
    return items
  }

  func report(_ key: String, _ message: String) {
    log.report(path.appending(key: key), message)
  }
}
