extension Framework {
  static func decode(_ reader: JSONReader) -> Framework {
    guard let object = reader.object(required: ["phases", "metricsGuide", "patterns"]) else {
      return Framework(phases: [], metricsGuide: [], patterns: [])
    }
    var ids = DuplicateIDCheck()
    var phaseIDs = DuplicateIDCheck()
    var phases: [Phase] = []
    for phaseReader in object.elements("phases") {
      guard let phase = Phase.decode(phaseReader) else { continue }
      phaseIDs.check(phase.id, at: phaseReader.path.appending(key: "id"), log: reader.log)
      for (index, item) in phase.checklist.enumerated() {
        let path = phaseReader.path.appending(key: "checklist").appending(index: index)
        ids.check(item.id, at: path.appending(key: "id"), log: reader.log)
      }
      phases.append(phase)
    }
    let metrics = object.elements("metricsGuide").compactMap(MetricsRow.decode)
    var patternIDs = DuplicateIDCheck()
    var patterns: [Pattern] = []
    for patternReader in object.elements("patterns") {
      guard let pattern = Pattern.decode(patternReader) else { continue }
      patternIDs.check(pattern.id, at: patternReader.path.appending(key: "id"), log: reader.log)
      patterns.append(pattern)
    }
    return Framework(phases: phases, metricsGuide: metrics, patterns: patterns)
  }
}

extension Phase {
  static func decode(_ reader: JSONReader) -> Phase? {
    guard
      let object = reader.object(required: [
        "id", "title", "minutes", "goal", "opening", "keyQuestions", "tips", "pitfalls",
        "checklist",
      ])
    else { return nil }
    let id = object.string("id")
    ContentRules.checkID(id, at: object.reader("id"))
    var minutes = 1.0
    if let reader = object.reader("minutes"), let number = reader.number() {
      if number > 0 && number <= 180 {
        minutes = number
      } else {
        reader.report("must be more than 0 and at most 180")
      }
    }
    // A phase may have no generic items; a case's phases may not.
    let checklist = object.elements("checklist", nonEmpty: false).compactMap {
      ChecklistItem.decode($0, generic: true)
    }
    return Phase(
      id: id, title: object.string("title"), minutes: minutes, goal: object.string("goal"),
      opening: object.string("opening"), keyQuestions: object.strings("keyQuestions"),
      tips: object.strings("tips"), pitfalls: object.strings("pitfalls"), checklist: checklist)
  }
}

extension MetricsRow {
  static func decode(_ reader: JSONReader) -> MetricsRow? {
    guard let object = reader.object(required: ["problem", "offline", "online", "note"]) else {
      return nil
    }
    return MetricsRow(
      problem: object.string("problem"), offline: object.strings("offline"),
      online: object.strings("online"), note: object.string("note"))
  }
}

extension Pattern {
  static func decode(_ reader: JSONReader) -> Pattern? {
    guard
      let object = reader.object(
        required: ["id", "title", "summary", "points"], optional: ["diagram"])
    else { return nil }
    let id = object.string("id")
    ContentRules.checkID(id, at: object.reader("id"))
    let diagram = object.lines("diagram", nonEmpty: false)
    ContentRules.checkDiagram(diagram, at: object.reader("diagram"))
    return Pattern(
      id: id, title: object.string("title"), summary: object.string("summary"),
      points: object.strings("points"), diagram: diagram)
  }
}
