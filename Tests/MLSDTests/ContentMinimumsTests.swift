import Foundation
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The bundled content keeps the depth the product promises: every case of
/// the spec, at full depth, and a framework and glossary worth revising from.
@Suite("Content minimums")
struct ContentMinimumsTests {
  static let specCaseIDs = [
    "visual-search", "street-view-blurring", "video-search", "content-moderation",
    "video-recommendation", "event-recommendation", "ad-click-prediction", "similar-listings",
    "news-feed", "people-you-may-know",
  ]

  static let library = try? ContentLibrary(files: .bundled)

  @Test func theBundledContentValidates() {
    #expect(ContentLibrary.validate(.bundled).map(\.description) == [])
  }

  @Test func everyCaseOfTheSpecIsBundled() throws {
    let library = try #require(Self.library)
    #expect(Set(library.caseIDs).isSuperset(of: Self.specCaseIDs))
  }

  @Test(arguments: specCaseIDs)
  func eachCaseIsAtFullDepth(id: String) throws {
    let study = try #require(Self.library).loadCase(id)
    #expect(study.facts.count >= 10, "facts")
    #expect(study.allChecklistItems.count >= 30, "checklist items")
    #expect(study.pitfalls.count >= 5, "pitfalls")
    #expect(!study.summary.isEmpty && !study.prompt.isEmpty)
    #expect(!study.topics.isEmpty, "topics")
    for phase in study.phases {
      #expect(phase.checklist.count >= 6, "\(phase.phaseID) items")
      #expect(phase.followUps.count >= 3, "\(phase.phaseID) follow-ups")
      #expect(!phase.reference.isEmpty, "\(phase.phaseID) reference")
      for item in phase.checklist {
        #expect(!item.phrases.isEmpty && !item.hint.isEmpty && !item.why.isEmpty, "\(item.id)")
        #expect(
          item.phrases.allSatisfy { !Phrase($0).forms.isEmpty },
          "\(item.id) has a phrase that is all stop words")
      }
    }
    let architecture = try #require(study.phase("architecture"))
    let words = architecture.reference.split(whereSeparator: \.isWhitespace).count
    #expect(words >= 150, "architecture reference has \(words) words")
    #expect(study.diagram.count >= 6)
    #expect(study.diagram.allSatisfy { DisplayWidth.of($0) <= 78 })
    let followUpsWithProbes = study.phases.flatMap(\.followUps).filter { !$0.probes.isEmpty }
    #expect(!followUpsWithProbes.isEmpty)
  }

  /// Every fact can be reached by at least one question a candidate would
  /// type; the questions live beside the tests.
  @Test(arguments: specCaseIDs)
  func everyFactHasAPlainQuestionThatReachesIt(id: String) throws {
    let library = try #require(Self.library)
    let study = try library.loadCase(id)
    let data = try Data(contentsOf: Fixtures.url("fact-questions/\(id).json"))
    let questions = try JSONSerialization.jsonObject(with: data) as? [String: [String]] ?? [:]
    let lookup = Scorer(study: study, framework: library.framework).factLookup
    for fact in study.facts {
      let asked = questions[fact.id] ?? []
      #expect(!asked.isEmpty, "no question for fact \(fact.id)")
      #expect(
        asked.contains { lookup.facts(answering: $0).first?.id == fact.id },
        "\(fact.id) unreachable")
    }
  }

  @Test func theFrameworkCoversEveryPhaseInDepth() throws {
    let framework = try #require(Self.library).framework
    #expect(framework.phases.map(\.id) == ["clarify", "metrics", "architecture", "deployment"])
    #expect(framework.phases.map(\.minutes) == [5, 8, 22, 10])
    for phase in framework.phases {
      #expect(phase.keyQuestions.count >= 8, "\(phase.id) key questions")
      #expect(!phase.tips.isEmpty && !phase.pitfalls.isEmpty && !phase.checklist.isEmpty)
    }
    #expect(framework.metricsGuide.count >= 6)
    let patterns = Set(framework.patterns.map(\.id))
    #expect(patterns.isSuperset(of: ["training-vs-inference", "two-stage"]))
  }

  @Test func theGlossaryDefinesTheMetricsWithFormulas() throws {
    let glossary = try #require(Self.library).loadGlossary()
    #expect(glossary.terms.count >= 50)
    let withFormula = Set(glossary.terms.filter { $0.formula != nil }.map { $0.term.lowercased() })
    for metric in ["ndcg", "log loss", "precision@k", "recall@k", "mrr", "f1", "iou"] {
      #expect(withFormula.contains { $0.contains(metric) }, "\(metric) has no formula")
    }
  }
}
