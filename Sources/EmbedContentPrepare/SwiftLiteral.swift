/// Swift source for content values: string literals and initializer calls.
/// Tests compare what this writes, once compiled, with what the decoder
/// makes of the same files, so a field added to the model and not here is
/// caught.
enum SwiftLiteral {
  static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  static func strings(_ texts: [String]) -> String {
    "[" + texts.map(string).joined(separator: ", ") + "]"
  }

  static func framework(_ framework: Framework) -> String {
    """
    Framework(
          phases: [\(framework.phases.map(phase).joined(separator: ",\n"))],
          metricsGuide: [\(framework.metricsGuide.map(metricsRow).joined(separator: ",\n"))],
          patterns: [\(framework.patterns.map(pattern).joined(separator: ",\n"))])
    """
  }

  static func phase(_ phase: Phase) -> String {
    """
    Phase(
            id: \(string(phase.id)), title: \(string(phase.title)), minutes: \(phase.minutes),
            goal: \(string(phase.goal)), opening: \(string(phase.opening)),
            keyQuestions: \(strings(phase.keyQuestions)), tips: \(strings(phase.tips)),
            pitfalls: \(strings(phase.pitfalls)),
            checklist: [\(phase.checklist.map(checklistItem).joined(separator: ",\n"))])
    """
  }

  static func metricsRow(_ row: MetricsRow) -> String {
    "MetricsRow(problem: \(string(row.problem)), offline: \(strings(row.offline)), "
      + "online: \(strings(row.online)), note: \(string(row.note)))"
  }

  static func pattern(_ pattern: Pattern) -> String {
    "Pattern(id: \(string(pattern.id)), title: \(string(pattern.title)), "
      + "summary: \(string(pattern.summary)), points: \(strings(pattern.points)), "
      + "diagram: \(strings(pattern.diagram)))"
  }

  static func checklistItem(_ item: ChecklistItem) -> String {
    "ChecklistItem(id: \(string(item.id)), text: \(string(item.text)), weight: \(item.weight), "
      + "level: .\(item.level.rawValue), phrases: \(strings(item.phrases)), "
      + "hint: \(string(item.hint)), why: \(string(item.why)))"
  }

  static func glossary(_ glossary: Glossary) -> String {
    let terms = glossary.terms.map { term in
      "GlossaryTerm(term: \(string(term.term)), aliases: \(strings(term.aliases)), "
        + "category: \(string(term.category)), definition: \(string(term.definition)), "
        + "formula: \(term.formula.map(string) ?? "nil"))"
    }
    return "Glossary(terms: [\(terms.joined(separator: ",\n"))])"
  }

  static func caseStudy(_ study: CaseStudy) -> String {
    let facts = study.facts.map { fact in
      "Fact(id: \(string(fact.id)), topic: \(string(fact.topic)), "
        + "phrases: \(strings(fact.phrases)), answer: \(string(fact.answer)))"
    }
    let phases = study.phases.map { phase in
      let followUps = phase.followUps.map {
        "FollowUp(question: \(string($0.question)), probes: \(strings($0.probes)))"
      }
      return """
        CasePhase(
              phaseID: \(string(phase.phaseID)),
              checklist: [\(phase.checklist.map(checklistItem).joined(separator: ",\n"))],
              followUps: [\(followUps.joined(separator: ",\n"))],
              reference: \(string(phase.reference)))
        """
    }
    return """
      CaseStudy(
            id: \(string(study.id)), title: \(string(study.title)),
            category: \(string(study.category)), difficulty: .\(study.difficulty.rawValue),
            summary: \(string(study.summary)), prompt: \(string(study.prompt)),
            topics: \(strings(study.topics)),
            facts: [\(facts.joined(separator: ",\n"))],
            phases: [\(phases.joined(separator: ",\n"))],
            pitfalls: \(strings(study.pitfalls)), diagram: \(strings(study.diagram)))
      """
  }
}
