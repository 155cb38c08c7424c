/// An interviewer's item-by-item judgement of one written answer: which
/// checklist items were judged, which were ticked (with the line that shows
/// each) and which were only named. The format of
/// `Tests/MLSDTests/Fixtures/labels/SET/*.json`.
package struct ItemLabels: Sendable, Equatable {
  package var file: String
  package var set: String
  package var caseID: String
  package var items: [String]
  package var ticks: [String: String]
  package var named: [String: String]

  package enum ReadError: Error, Equatable {
    case malformed(String)
  }

  package init(json text: String) throws(ReadError) {
    let value: JSONValue
    do {
      value = try JSONParser.parse(text)
    } catch {
      throw .malformed("line \(error.line): \(error.message)")
    }
    guard case .object(let members) = value else { throw .malformed("not an object") }
    func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
    func string(_ key: String) throws(ReadError) -> String {
      guard case .string(let text)? = member(key) else { throw .malformed("no string '\(key)'") }
      return text
    }
    func lines(_ key: String) -> [String: String] {
      guard case .object(let entries)? = member(key) else { return [:] }
      var result: [String: String] = [:]
      for entry in entries {
        if case .string(let line) = entry.value { result[entry.key] = line }
      }
      return result
    }
    file = try string("file")
    set = try string("set")
    caseID = try string("case")
    guard case .array(let judged)? = member("items") else { throw .malformed("no 'items' array") }
    items = judged.compactMap { if case .string(let id) = $0 { id } else { nil } }
    ticks = lines("ticks")
    named = lines("named")
  }
}

/// How far the scorer's ticks agree with an interviewer's: micro precision
/// and recall over the judged items, and how often a shared tick quotes the
/// same line as evidence.
package struct TickAgreement: Sendable {
  package struct Disagreement: Sendable {
    package var itemID: String
    package var weight: Int
    package var file: String
    /// The scorer's evidence (false tick) or the interviewer's (miss).
    package var line: String
  }

  package private(set) var truePositives = 0
  package private(set) var falsePositives = 0
  package private(set) var falseNegatives = 0
  package private(set) var sameEvidence = 0
  package private(set) var falseTicks: [Disagreement] = []
  package private(set) var misses: [Disagreement] = []
  /// True positives quoting another line than the interviewer's.
  package private(set) var otherEvidence: [Disagreement] = []

  package init() {}

  package var precision: Double {
    truePositives + falsePositives == 0
      ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  package var recall: Double {
    truePositives + falseNegatives == 0
      ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  package var evidence: Double {
    truePositives == 0 ? 1 : Double(sameEvidence) / Double(truePositives)
  }

  /// Adds one answer: the scorer's card (scored at a level that includes
  /// every labelled item) against its labels.
  package mutating func add(_ card: Scorecard, labels: ItemLabels) {
    var results: [String: ItemResult] = [:]
    for phase in card.phases {
      for result in phase.items { results[result.item.id] = result }
    }
    for id in labels.items {
      guard let result = results[id] else { continue }
      let scored = result.status == .covered
      let expected = labels.ticks[id]
      switch (scored, expected) {
      case (true, let line?):
        truePositives += 1
        if Self.normalised(result.evidence ?? "") == Self.normalised(line) {
          sameEvidence += 1
        } else {
          otherEvidence.append(
            Disagreement(
              itemID: id, weight: result.item.weight, file: labels.file,
              line: (result.evidence ?? "") + "  <>  " + line))
        }
      case (true, nil):
        falsePositives += 1
        falseTicks.append(
          Disagreement(
            itemID: id, weight: result.item.weight, file: labels.file, line: result.evidence ?? ""))
      case (false, let line?):
        falseNegatives += 1
        let scorer = result.status == .namedOnly ? "named" : "unseen"
        misses.append(
          Disagreement(
            itemID: id, weight: result.item.weight, file: labels.file,
            line: "(\(scorer)) " + line))
      case (false, nil):
        break
      }
    }
  }

  /// A line as compared: white space and a leading list marker trimmed.
  package static func normalised(_ line: String) -> String {
    var text = line.trimmed()
    if text.hasPrefix("- ") || text.hasPrefix("* ") { text = String(text.dropFirst(2)).trimmed() }
    return text
  }
}
