import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// What an ML engineer's review of the content corrected and added (issue
/// 13): the corrected statements stay corrected, the copied phrases stay
/// gone, and the new topics stay covered by items that tick on what a
/// candidate would say and not on unrelated lines.
@Suite("Content review corrections")
struct ContentReviewTests {
  static let library = try? ContentLibrary(files: .bundled)

  static func study(_ id: String) throws -> CaseStudy {
    try #require(library).loadCase(id)
  }

  static func reference(_ caseID: String, _ phaseID: String) throws -> String {
    try #require(try study(caseID).phase(phaseID)).reference
  }

  static func item(_ caseID: String, _ phaseID: String, _ itemID: String) throws -> ChecklistItem {
    let phase = try #require(try study(caseID).phase(phaseID))
    return try #require(phase.checklist.first { $0.id == itemID }, "\(caseID): no item \(itemID)")
  }

  /// Whether a note line ticks the item, read as the scorer reads it.
  static func ticks(_ caseID: String, _ itemID: String, _ line: String) throws -> Bool {
    let library = try #require(library)
    let study = try library.loadCase(caseID)
    let item = try #require(study.allChecklistItems.first { $0.id == itemID })
    let matcher = CaseMatcher(study: study, framework: library.framework)
    return !matcher.mentions(of: item, in: matcher.index([line])).isEmpty
  }

  /// Every sentence a case shows a reader, lowercased.
  static func prose(_ study: CaseStudy) -> String {
    var parts = [study.summary, study.prompt] + study.pitfalls + study.diagram
    parts += study.facts.map(\.answer)
    for phase in study.phases {
      parts.append(phase.reference)
      parts += phase.followUps.map(\.question)
      parts += phase.checklist.flatMap { [$0.text, $0.hint, $0.why] }
    }
    return parts.joined(separator: "\n").lowercased()
  }

  // MARK: - Ad click prediction

  @Test func adClickScoresTheEligibleSetExactlyWithALightModel() throws {
    let study = try Self.study("ad-click-prediction")
    let architecture = try Self.reference("ad-click-prediction", "architecture")
    #expect(architecture.contains("5,000 x 64, about 320k multiply-adds"))
    #expect(!architecture.contains("with ad vectors in an ANN index"))
    #expect(!study.diagram.contains { $0.contains("ANN") })
    #expect(
      try Self.item("ad-click-prediction", "architecture", "ads-funnel").text.contains("exactly"))
  }

  @Test func adClickCountsTheDeepModelsArithmeticAgainstTheBudget() throws {
    let study = try Self.study("ad-click-prediction")
    let hardware = try #require(study.facts.first { $0.id == "hardware" }).answer
    #expect(!hardware.contains("twice today's CPU per candidate"))
    #expect(hardware.contains("100 times"))
    let architecture = try Self.reference("ad-click-prediction", "architecture")
    #expect(architecture.contains("about 3.6 million per candidate"))
    #expect(architecture.contains("low-rank"))
    #expect(
      architecture.contains("only the user's feature fetches and embedding look-ups are shared"))
    let deployment = try Self.reference("ad-click-prediction", "deployment")
    #expect(!deployment.contains("user-side computation happens once"))
    let item = try Self.item("ad-click-prediction", "architecture", "ranker-compute-estimate")
    #expect(item.level == .staff)
    #expect(
      try Self.ticks("ad-click-prediction", item.id, "Use low-rank DCN-v2 crosses to fit CPUs"))
    #expect(try !Self.ticks("ad-click-prediction", item.id, "Rank ads by bid times pCTR"))
  }

  @Test func adClickSaysWhatGradientBoostingCanAndCannotUpdate() throws {
    let architecture = try Self.reference("ad-click-prediction", "architecture")
    #expect(!architecture.contains("cannot digest raw IDs or update incrementally"))
    #expect(architecture.contains("appending trees"))
  }
}

extension ContentReviewTests {
  // MARK: - News feed

  @Test func newsFeedBudgetCanCarryTheHeavyRanker() throws {
    let study = try Self.study("news-feed")
    let budget = try #require(study.facts.first { $0.id == "compute-budget" }).answer
    #expect(!budget.contains("1.5 times"))
    #expect(budget.contains("GPU pool"))
    let deployment = try Self.reference("news-feed", "deployment")
    #expect(deployment.contains("150 million predictions a second"))
  }
}

extension ContentReviewTests {
  // MARK: - Content moderation

  @Test func moderationCalibratesPerClassAndLanguageBeforeThresholds() throws {
    let architecture = try Self.reference("content-moderation", "architecture")
    #expect(!architecture.contains("with importance weights to keep calibration"))
    #expect(architecture.contains("isotonic regression"))
    #expect(architecture.contains("per class and language, the calibrated scores"))
    let item = try Self.item("content-moderation", "architecture", "per-class-calibration")
    #expect(
      try Self.ticks(
        "content-moderation", item.id, "Fit isotonic regression per class on the random sample"))
    #expect(try !Self.ticks("content-moderation", item.id, "Use focal loss for the rare classes"))
  }

  @Test func moderationMetricsSayWhatPrevalenceAndROCAUCHide() throws {
    let prAUC = try Self.item("content-moderation", "metrics", "pr-auc")
    #expect(!prAUC.why.contains("ROC-AUC and accuracy look excellent"))
    #expect(prAUC.why.contains("does not depend on the base rate"))
    let prevalence = try Self.item("content-moderation", "metrics", "prevalence-online")
    #expect(!prevalence.why.contains("cannot be gamed"))
    #expect(prevalence.why.contains("harm seen rather than actions taken"))
    #expect(prevalence.why.contains("overturn"))
  }
}

extension ContentReviewTests {
  // MARK: - Glossary, cheat sheet and wording

  static func glossaryTerm(_ name: String) throws -> GlossaryTerm {
    let glossary = try #require(library).loadGlossary()
    return try #require(glossary.terms.first { $0.term == name }, "no glossary term \(name)")
  }

  @Test func glossaryKeepsDifferentIdeasInDifferentEntries() throws {
    let concept = try Self.glossaryTerm("Concept drift")
    let label = try Self.glossaryTerm("Label drift")
    #expect(!concept.aliases.contains { $0.lowercased() == "label drift" })
    #expect(concept.definition.contains("P(y | x)"))
    #expect(label.definition.contains("P(y)"))

    let yolo = try Self.glossaryTerm("YOLO")
    #expect(!yolo.aliases.contains { ["ssd", "retinanet"].contains($0.lowercased()) })
    let oneStage = try Self.glossaryTerm("One-stage detector")
    for detector in ["YOLO", "SSD", "RetinaNet"] {
      #expect(oneStage.definition.contains(detector))
    }

    let novelty = try Self.glossaryTerm("Novelty effect")
    let primacy = try Self.glossaryTerm("Primacy effect")
    #expect(!novelty.aliases.contains { $0.lowercased() == "primacy effect" })
    #expect(primacy.definition.contains("opposite"))
  }

  @Test func theCheatSheetCountsAcceptedConnectionsNotRequestsSent() throws {
    let framework = try #require(Self.library).framework
    let row = try #require(framework.metricsGuide.first { $0.problem.hasPrefix("Link prediction") })
    #expect(row.online.first?.hasPrefix("accepted connections") == true)
    #expect(!row.online.contains("requests sent"))
    #expect(row.online.contains { $0.hasPrefix("requests sent") && $0.contains("funnel") })
  }

  /// Two phrases matched a public interview-prep repository word for word.
  @Test func phrasesCopiedFromElsewhereAreGone() throws {
    let library = try #require(Self.library)
    var texts = try library.caseIDs.map { Self.prose(try library.loadCase($0)) }
    let framework = library.framework
    texts += framework.patterns.flatMap { [$0.summary] + $0.points + $0.diagram }
    texts += framework.phases.flatMap { $0.tips + $0.pitfalls + $0.keyQuestions }
    texts += framework.metricsGuide.map(\.note)
    for copied in ["most new friendships close a triangle", "only what was shown can be clicked"] {
      #expect(!texts.contains { $0.lowercased().contains(copied) }, "\(copied)")
    }
  }
}

extension ContentReviewTests {
  @Test func moderationUsesLargeModelsOffTheHotPath() throws {
    let levels = try ["llm-labelling", "llm-new-policy", "llm-teacher-distillation"].map {
      try Self.item("content-moderation", "architecture", $0).level
    }
    #expect(levels == [.senior, .staff, .staff])
    #expect(
      try Self.item("content-moderation", "deployment", "llm-reviewer-assist").level == .staff)
    let lines: [(String, String)] = [
      ("llm-labelling", "Use an LLM to pre-label posts, audited against expert labels"),
      ("llm-new-policy", "For a new policy, prompt an LLM with the policy text"),
      ("llm-teacher-distillation", "Distill the LLM teacher into a small student model"),
      ("llm-reviewer-assist", "An LLM summary of long threads to assist reviewers"),
    ]
    for (id, line) in lines {
      #expect(try Self.ticks("content-moderation", id, line), "\(id): \(line)")
      #expect(try !Self.ticks("content-moderation", id, "Fine-tune XLM-R on moderator labels"))
    }
    let architecture = try Self.reference("content-moderation", "architecture")
    #expect(architecture.contains("Large models."))
    #expect(try Self.glossaryTerm("LLM labelling").category == "data")
  }

  @Test func moderationModelsCoordinatedNetworksAsGroups() throws {
    let item = try Self.item("content-moderation", "architecture", "coordinated-networks")
    #expect(item.level == .staff)
    #expect(
      try Self.ticks(
        "content-moderation", item.id, "Cluster the account graph to find coordinated accounts"))
    #expect(try !Self.ticks("content-moderation", item.id, "Account age is a strong feature"))
    let architecture = try Self.reference("content-moderation", "architecture")
    #expect(architecture.contains("Coordinated networks."))
    _ = try Self.glossaryTerm("Coordinated inauthentic behaviour")
  }
}

extension ContentReviewTests {
  @Test func adClickModelsBehaviourSequencesAndDelayedConversions() throws {
    let sequence = try Self.item("ad-click-prediction", "architecture", "behavior-sequence-model")
    let conversions = try Self.item("ad-click-prediction", "architecture", "delayed-conversions")
    #expect(sequence.level == .senior && conversions.level == .staff)
    let id = "ad-click-prediction"
    #expect(try Self.ticks(id, sequence.id, "Target attention over the user's last 200 ad clicks"))
    #expect(try Self.ticks(id, sequence.id, "A transformer over the click sequence"))
    #expect(try !Self.ticks(id, sequence.id, "Smoothed historical CTR over 7 days"))
    #expect(try Self.ticks(id, conversions.id, "Model the conversion delay distribution"))
    #expect(try Self.ticks(id, conversions.id, "ESMM: train pCVR over the entire space"))
    #expect(try !Self.ticks(id, conversions.id, "Late clicks arrive after 10 minutes"))
    let architecture = try Self.reference(id, "architecture")
    #expect(architecture.contains("Behaviour sequence.") && architecture.contains("Conversions."))
  }
}

extension ContentReviewTests {
  // MARK: - Video recommendation

  @Test func videoRecommendationCoversSequencesDuplicatesAndLongTermValue() throws {
    let id = "video-recommendation"
    let sequence = try Self.item(id, "architecture", "watch-sequence-model")
    let duplicates = try Self.item(id, "architecture", "near-duplicate-reuploads")
    let slate = try Self.item(id, "metrics", "slate-rl-framing")
    #expect(sequence.level == .senior && duplicates.level == .staff && slate.level == .staff)
    #expect(try Self.ticks(id, sequence.id, "A transformer over the last 200 watches"))
    #expect(try !Self.ticks(id, sequence.id, "Two-tower retrieval with in-batch negatives"))
    #expect(try Self.ticks(id, duplicates.id, "Collapse near-duplicate re-uploads by fingerprint"))
    #expect(try !Self.ticks(id, duplicates.id, "Cap each channel at two in the top ten"))
    #expect(try Self.ticks(id, slate.id, "Reinforcement learning over the whole slate"))
    #expect(try !Self.ticks(id, slate.id, "Keep a 1% long-term holdback"))
    #expect(try Self.reference(id, "metrics").contains("reinforcement learning"))
    #expect(try Self.reference(id, "architecture").contains("Near-duplicate re-uploads"))
  }
}

extension ContentReviewTests {
  // MARK: - People you may know

  @Test func peopleYouMayKnowDiscountsIgnoredSuggestionsAndCoversEmail() throws {
    let id = "people-you-may-know"
    let discounting = try Self.item(id, "architecture", "impression-discounting")
    let email = try Self.item(id, "architecture", "email-notification-suggestions")
    #expect(discounting.level == .senior && email.level == .staff)
    #expect(try Self.ticks(id, discounting.id, "Demote people shown many times with no request"))
    #expect(try !Self.ticks(id, discounting.id, "Filter out existing friends and blocked people"))
    #expect(try Self.ticks(id, email.id, "Weekly email digest for less active users, capped"))
    #expect(try !Self.ticks(id, email.id, "The carousel returns 10 suggestions within 100 ms"))
    let architecture = try Self.reference(id, "architecture")
    #expect(architecture.contains("Impression discounting:"))
    #expect(architecture.contains("Email and notifications"))
  }
}

extension ContentReviewTests {
  // MARK: - Interviewer facts (issue 8)

  /// Loose questions a candidate asks in the first minutes, one or two per
  /// topic every case's facts must cover.
  static let topicQuestions = [
    "Goal?", "Objective?", "Who uses this?", "Who are the users?", "What's the scale?", "QPS?",
    "Any latency req?", "What data do we have?", "Training data?", "Labels?", "How fresh?",
    "Real time?", "Existing system?", "Any constraints?", "Privacy?", "Languages?", "Devices?",
  ]

  @Test(arguments: ContentMinimumsTests.specCaseIDs)
  func everyCaseAnswersTheQuestionsOfTheFirstMinutes(id: String) throws {
    let library = try #require(Self.library)
    let lookup = Scorer(study: try library.loadCase(id), framework: library.framework).factLookup
    for question in Self.topicQuestions {
      #expect(!lookup.facts(answering: question).isEmpty, "\(id): '\(question)' has no answer")
    }
  }

  @Test func casesThatLackedATopicNowHaveAFactForIt() throws {
    let added = [
      "content-moderation": ["freshness", "devices"],
      "people-you-may-know": ["devices"],
      "street-view-blurring": ["users", "devices"],
      "visual-search": ["existing-system"],
    ]
    for (caseID, factIDs) in added {
      let facts = try Self.study(caseID).facts.map(\.id)
      for factID in factIDs {
        #expect(facts.contains(factID), "\(caseID) has no fact \(factID)")
      }
    }
  }
}
