import MLSDCore

/// Content as JSON in the same shape as the files it came from, so
/// `mlsd case ID --json` can seed a content pack.
extension ChecklistItem {
  var jsonValue: JSONValue {
    .object([
      "id": .string(id), "text": .string(text), "weight": .number(Double(weight)),
      "level": .string(level.rawValue), "phrases": .strings(phrases), "hint": .string(hint),
      "why": .string(why),
    ])
  }
}

extension CaseStudy {
  var jsonValue: JSONValue {
    .object([
      "id": .string(id), "title": .string(title), "category": .string(category),
      "difficulty": .string(difficulty.rawValue), "summary": .string(summary),
      "prompt": .string(prompt), "topics": .strings(topics),
      "facts": .array(
        facts.map {
          .object([
            "id": .string($0.id), "topic": .string($0.topic), "phrases": .strings($0.phrases),
            "answer": .string($0.answer),
          ])
        }),
      "phases": .object(
        phases.map { phase in
          JSONMember(
            key: phase.phaseID,
            value: .object([
              "checklist": .array(phase.checklist.map(\.jsonValue)),
              "followUps": .array(
                phase.followUps.map {
                  .object(["question": .string($0.question), "probes": .strings($0.probes)])
                }),
              "reference": .string(phase.reference),
            ]))
        }),
      "pitfalls": .strings(pitfalls), "diagram": .strings(diagram),
    ])
  }

  var summaryJSON: JSONValue {
    .object([
      "id": .string(id), "title": .string(title), "category": .string(category),
      "difficulty": .string(difficulty.rawValue), "summary": .string(summary),
    ])
  }
}
