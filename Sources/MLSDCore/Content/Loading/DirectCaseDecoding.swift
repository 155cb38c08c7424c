/// Decodes a valid case file in one pass over its bytes, checking every rule
/// `CaseStudy.decode` checks. At the first thing that is not plainly valid it
/// returns nil and the caller runs `CaseStudy.decode`, which finds and
/// locates every problem (or accepts a rare but valid form this one leaves
/// to it). A result from here is always the value `CaseStudy.decode` gives;
/// tests hold the two to that.
enum DirectCaseDecoding {
  static func decode(_ text: String, framework: Framework, expectedID: String) -> CaseStudy? {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = ByteScanner(bytes)
      do throws(ByteScanner.GiveUp) {
        let study = try scanner.caseStudy(
          phaseKeys: ByteScanner.Keys(required: framework.phases.map(\.id)),
          phaseIDs: framework.phases.map(\.id), expectedID: expectedID)
        try scanner.end()
        return study
      } catch {
        return nil
      }
    }
  }
}

extension DirectCaseDecoding {
  /// Only what `mlsd cases` prints: id, title, category, difficulty and
  /// summary, checked as `CaseStudy.decode` checks them; every other field
  /// is stepped over, its JSON checked and its content not. The other
  /// fields of the result are empty. Nil means: decode the whole case.
  static func summary(_ text: String, expectedID: String) -> CaseStudy? {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = ByteScanner(bytes)
      do throws(ByteScanner.GiveUp) {
        let study = try scanner.caseSummary(expectedID: expectedID)
        try scanner.end()
        return study
      } catch {
        return nil
      }
    }
  }
}

extension ByteScanner {
  private static let caseKeys = Keys(
    required: [
      "id", "title", "category", "difficulty", "summary", "prompt", "facts", "phases", "pitfalls",
      "diagram",
    ], optional: ["topics"])
  private static let factKeys = Keys(required: ["id", "topic", "phrases", "answer"])
  private static let phaseKeys = Keys(required: ["checklist", "followUps", "reference"])
  private static let followUpKeys = Keys(required: ["question"], optional: ["probes"])
  private static let itemKeys = Keys(required: [
    "id", "text", "weight", "level", "phrases", "hint", "why",
  ])

  fileprivate mutating func caseStudy(phaseKeys: Keys, phaseIDs: [String], expectedID: String)
    throws(GiveUp) -> CaseStudy
  {
    var study = Self.blankCase
    var phases = [CasePhase?](repeating: nil, count: phaseIDs.count)
    try object(Self.caseKeys) { scanner, key throws(GiveUp) in
      if try scanner.caseHeader(key, into: &study) { return }
      switch key {
      case 5: study.prompt = try scanner.string()
      case 6: study.facts = try scanner.facts()
      case 7:
        try scanner.object(phaseKeys) { scanner, position throws(GiveUp) in
          phases[position] = try scanner.casePhase(phaseIDs[position])
        }
      case 8: study.pitfalls = try scanner.strings(nonEmpty: true)
      case 9:
        study.diagram = try scanner.strings(nonEmpty: true, blankAllowed: true)
        guard study.diagram.allSatisfy({ DisplayWidth.of($0) <= ContentRules.maxDiagramWidth })
        else { throw GiveUp() }
      default: study.topics = try scanner.strings(nonEmpty: false)
      }
    }
    guard study.id == expectedID else { throw GiveUp() }
    study.phases = phases.compactMap { $0 }
    // Checklist ids are unique across the whole case.
    var itemIDs = Set<String>()
    for item in study.phases.lazy.flatMap(\.checklist) {
      guard itemIDs.insert(item.id).inserted else { throw GiveUp() }
    }
    return study
  }

  /// What the decoders fill in, field by field.
  fileprivate static let blankCase = CaseStudy(
    id: "", title: "", category: "", difficulty: .medium, summary: "", prompt: "", facts: [],
    phases: [], pitfalls: [], diagram: [])

  /// The five fields a case's summary is made of (keys 0–4 of `caseKeys`),
  /// read the same way for the whole case and for `cases`. False for any
  /// other key.
  fileprivate mutating func caseHeader(_ key: Int, into study: inout CaseStudy) throws(GiveUp)
    -> Bool
  {
    switch key {
    case 0: study.id = try identifier()
    case 1: study.title = try string()
    case 2: study.category = try string()
    case 3:
      guard let difficulty = Difficulty(rawValue: try string()) else { throw GiveUp() }
      study.difficulty = difficulty
    case 4: study.summary = try string()
    default: return false
    }
    return true
  }

  fileprivate mutating func caseSummary(expectedID: String) throws(GiveUp) -> CaseStudy {
    var study = Self.blankCase
    try object(Self.caseKeys) { scanner, key throws(GiveUp) in
      if try scanner.caseHeader(key, into: &study) { return }
      try scanner.skipValue()
    }
    guard study.id == expectedID else { throw GiveUp() }
    return study
  }

  /// A checklist or fact id: not blank, lowercase kebab-case.
  private mutating func identifier() throws(GiveUp) -> String {
    let id = try string()
    guard ContentRules.isValidID(id) else { throw GiveUp() }
    return id
  }

  private mutating func facts() throws(GiveUp) -> [Fact] {
    var facts: [Fact] = []
    var ids = Set<String>()
    try array(nonEmpty: true) { scanner throws(GiveUp) in
      var fact = Fact(id: "", topic: "", phrases: [], answer: "")
      try scanner.object(Self.factKeys) { scanner, key throws(GiveUp) in
        switch key {
        case 0: fact.id = try scanner.identifier()
        case 1: fact.topic = try scanner.string()
        case 2: fact.phrases = try scanner.strings(nonEmpty: true)
        default: fact.answer = try scanner.string()
        }
      }
      guard ids.insert(fact.id).inserted else { throw GiveUp() }
      facts.append(fact)
    }
    return facts
  }

  private mutating func casePhase(_ phaseID: String) throws(GiveUp) -> CasePhase {
    var phase = CasePhase(phaseID: phaseID, checklist: [], followUps: [], reference: "")
    try object(Self.phaseKeys) { scanner, key throws(GiveUp) in
      switch key {
      case 0:
        try scanner.array(nonEmpty: true) { scanner throws(GiveUp) in
          phase.checklist.append(try scanner.checklistItem())
        }
      case 1:
        try scanner.array(nonEmpty: true) { scanner throws(GiveUp) in
          phase.followUps.append(try scanner.followUp())
        }
      default: phase.reference = try scanner.string()
      }
    }
    // Follow-ups may come before the checklist in the file: check after both.
    let itemIDs = Set(phase.checklist.map(\.id))
    guard phase.followUps.allSatisfy({ $0.probes.allSatisfy(itemIDs.contains) }) else {
      throw GiveUp()
    }
    return phase
  }

  private mutating func followUp() throws(GiveUp) -> FollowUp {
    var followUp = FollowUp(question: "", probes: [])
    try object(Self.followUpKeys) { scanner, key throws(GiveUp) in
      if key == 0 {
        followUp.question = try scanner.string()
      } else {
        followUp.probes = try scanner.strings(nonEmpty: false)
      }
    }
    return followUp
  }

  private mutating func checklistItem() throws(GiveUp) -> ChecklistItem {
    var item = ChecklistItem(
      id: "", text: "", weight: 1, level: .senior, phrases: [], hint: "", why: "")
    try object(Self.itemKeys) { scanner, key throws(GiveUp) in
      switch key {
      case 0:
        item.id = try scanner.identifier()
        guard !item.id.hasPrefix(ChecklistItem.genericPrefix) else { throw GiveUp() }
      case 1: item.text = try scanner.string()
      case 2: item.weight = try scanner.smallWeight()
      case 3:
        guard let level = Level(rawValue: try scanner.string()) else { throw GiveUp() }
        item.level = level
      case 4: item.phrases = try scanner.strings(nonEmpty: true)
      case 5: item.hint = try scanner.string()
      default: item.why = try scanner.string()
      }
    }
    return item
  }
}
