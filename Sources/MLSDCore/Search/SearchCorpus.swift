/// Everything `mlsd search` looks through, as passages with their location.
package enum SearchCorpus {
  package static func documents(framework: Framework, cases: [CaseStudy], glossary: Glossary)
    -> [SearchDocument]
  {
    var documents: [SearchDocument] = []
    for term in glossary.terms {
      var text = term.term
      if !term.aliases.isEmpty { text += " (" + term.aliases.joined(separator: ", ") + ")" }
      text += ": " + term.definition
      if let formula = term.formula { text += "\n" + formula }
      documents.append(SearchDocument(location: "glossary › \(term.term)", text: text, boost: 2.5))
    }
    for phase in framework.phases {
      let place = "framework › \(phase.title)"
      documents.append(SearchDocument(location: place, text: phase.goal, boost: 1.5))
      for question in phase.keyQuestions {
        documents.append(SearchDocument(location: place + " › key question", text: question))
      }
      for tip in phase.tips {
        documents.append(SearchDocument(location: place + " › tip", text: tip))
      }
      for pitfall in phase.pitfalls {
        documents.append(SearchDocument(location: place + " › pitfall", text: pitfall))
      }
      for item in phase.checklist {
        documents.append(
          SearchDocument(location: place + " › checklist", text: item.text + ". " + item.why))
      }
    }
    for row in framework.metricsGuide {
      documents.append(
        SearchDocument(
          location: "framework › metrics › \(row.problem)",
          text:
            "\(row.problem): offline \(row.offline.joined(separator: ", ")); online \(row.online.joined(separator: ", ")). \(row.note)",
          boost: 1.5))
    }
    for pattern in framework.patterns {
      documents.append(
        SearchDocument(
          location: "framework › pattern › \(pattern.title)",
          text: pattern.title + ". " + pattern.summary + "\n"
            + pattern.points.joined(separator: "\n"),
          boost: 1.5))
    }
    for study in cases {
      documents += caseDocuments(study, framework: framework)
    }
    return documents
  }

  private static func caseDocuments(_ study: CaseStudy, framework: Framework) -> [SearchDocument] {
    var documents = [
      SearchDocument(
        location: study.id, text: study.title + ". " + study.summary + "\n" + study.prompt, boost: 2
      )
    ]
    for fact in study.facts {
      documents.append(
        SearchDocument(
          location: "\(study.id) › fact › \(fact.topic)", text: fact.topic + ": " + fact.answer))
    }
    for phase in study.phases {
      let title = framework.phase(phase.phaseID)?.title ?? phase.phaseID
      let place = "\(study.id) › \(title)"
      for item in phase.checklist {
        documents.append(
          SearchDocument(
            location: place + " › checklist", text: item.text + ". " + item.why, boost: 1.3))
      }
      for followUp in phase.followUps {
        documents.append(SearchDocument(location: place + " › follow-up", text: followUp.question))
      }
      for paragraph in TextPieces.split(phase.reference, separator: "\n\n") {
        documents.append(SearchDocument(location: place + " › reference", text: String(paragraph)))
      }
    }
    for pitfall in study.pitfalls {
      documents.append(SearchDocument(location: "\(study.id) › pitfall", text: pitfall))
    }
    return documents
  }
}
