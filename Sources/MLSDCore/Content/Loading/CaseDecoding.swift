extension CaseStudy {
  /// Decodes a case against the framework, whose phase ids the case must use
  /// exactly, and checks that the file is named after the case's id.
  static func decode(_ reader: JSONReader, framework: Framework, expectedID: String?) -> CaseStudy?
  {
    guard
      let object = reader.object(
        required: [
          "id", "title", "category", "difficulty", "summary", "prompt", "facts", "phases",
          "pitfalls",
          "diagram",
        ], optional: ["topics"])
    else { return nil }
    let id = object.string("id")
    ContentRules.checkID(id, at: object.reader("id"))
    if let expectedID, !id.isEmpty, id != expectedID {
      object.report("id", "'\(id)' does not match the file name '\(expectedID).json'")
    }
    var difficulty = Difficulty.medium
    if let reader = object.reader("difficulty") {
      let text = reader.string()
      if let parsed = Difficulty(rawValue: text) {
        difficulty = parsed
      } else if !text.isEmpty {
        reader.report("must be easy, medium or hard, not '\(text)'")
      }
    }
    let facts = decodeFacts(object)
    let phases = decodePhases(object, framework: framework)
    let diagram = object.lines("diagram")
    ContentRules.checkDiagram(diagram, at: object.reader("diagram"))
    return CaseStudy(
      id: id, title: object.string("title"), category: object.string("category"),
      difficulty: difficulty, summary: object.string("summary"), prompt: object.string("prompt"),
      topics: object.strings("topics", nonEmpty: false), facts: facts, phases: phases,
      pitfalls: object.strings("pitfalls"), diagram: diagram)
  }

  private static func decodeFacts(_ object: ObjectReader) -> [Fact] {
    var ids = DuplicateIDCheck()
    var facts: [Fact] = []
    for factReader in object.elements("facts") {
      guard
        let fact = factReader.object(required: ["id", "topic", "phrases", "answer"])
      else { continue }
      let id = fact.string("id")
      ContentRules.checkID(id, at: fact.reader("id"))
      ids.check(id, at: factReader.path.appending(key: "id"), log: factReader.log)
      facts.append(
        Fact(
          id: id, topic: fact.string("topic"), phrases: fact.strings("phrases"),
          answer: fact.string("answer")))
    }
    return facts
  }

  private static func decodePhases(_ object: ObjectReader, framework: Framework) -> [CasePhase] {
    guard let phasesReader = object.reader("phases") else { return [] }
    let known = framework.phases.map(\.id)
    guard let phasesObject = phasesReader.object(required: known) else { return [] }
    var itemIDs = DuplicateIDCheck()
    var phases: [CasePhase] = []
    for phaseID in known {
      guard let reader = phasesObject.reader(phaseID),
        let phase = CasePhase.decode(reader, phaseID: phaseID)
      else { continue }
      for (index, item) in phase.checklist.enumerated() {
        let path = reader.path.appending(key: "checklist").appending(index: index)
        itemIDs.check(item.id, at: path.appending(key: "id"), log: object.log)
      }
      phases.append(phase)
    }
    return phases
  }
}

extension CasePhase {
  static func decode(_ reader: JSONReader, phaseID: String) -> CasePhase? {
    guard let object = reader.object(required: ["checklist", "followUps", "reference"]) else {
      return nil
    }
    let checklist = object.elements("checklist").compactMap {
      ChecklistItem.decode($0, generic: false)
    }
    let itemIDs = Set(checklist.map(\.id))
    var followUps: [FollowUp] = []
    for followUpReader in object.elements("followUps") {
      guard let followUp = followUpReader.object(required: ["question"], optional: ["probes"])
      else { continue }
      let probes = followUp.strings("probes", nonEmpty: false)
      if let probesReader = followUp.reader("probes") {
        for (index, probe) in probes.enumerated() where !itemIDs.contains(probe) && !probe.isEmpty {
          JSONReader(value: .null, path: probesReader.path.appending(index: index), log: reader.log)
            .report("'\(probe)' is not a checklist item of this phase")
        }
      }
      followUps.append(FollowUp(question: followUp.string("question"), probes: probes))
    }
    return CasePhase(
      phaseID: phaseID, checklist: checklist, followUps: followUps,
      reference: object.string("reference"))
  }
}
