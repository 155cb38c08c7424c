import Foundation
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The scorer, its transcript reader and its verdicts, against the tiny
/// fixture pack (small enough to reason about) and the bundled cases.
@Suite("Scorer")
struct ScorerTests {
  static func tiny(level: String = "senior") throws -> (Scorer, Framework) {
    let edited = Fixtures.edit(
      Fixtures.tinyCase, #""weight": 3, "level": "senior""#, #""weight": 3, "level": "\#(level)""#)
    let library = try ContentLibrary(files: Fixtures.tinyFiles(tinyCase: edited))
    let study = try library.loadCase("tiny")
    return (Scorer(study: study, framework: library.framework), library.framework)
  }

  static func tinyCard(_ markdown: String, level: Level = .senior, itemLevel: String = "senior")
    throws -> Scorecard
  {
    let (scorer, framework) = try tiny(level: itemLevel)
    return scorer.score(try TranscriptParser.parse(markdown, framework: framework), level: level)
  }

  static let bundled = Result { try ContentLibrary(files: .bundled) }

  static func bundledCard(_ caseID: String, _ markdown: String) throws -> Scorecard {
    let library = try bundled.get()
    let scorer = Scorer(study: try library.loadCase(caseID), framework: library.framework)
    return scorer.score(try TranscriptParser.parse(markdown, framework: library.framework))
  }

  static func item(_ id: String, in card: Scorecard) -> ItemResult? {
    card.phases.flatMap(\.items).first { $0.item.id == id }
  }

  // MARK: Verdict

  static let bands: [(Int, Verdict)] = [
    (100, .strongHire), (80, .strongHire), (79, .hire), (65, .hire), (64, .leanHire),
    (50, .leanHire), (49, .leanNoHire), (35, .leanNoHire), (34, .noHire), (0, .noHire),
  ]

  @Test(arguments: bands)
  func verdictFollowsTheSpecBands(total: Int, verdict: Verdict) {
    #expect(Verdict(total: total) == verdict)
  }

  @Test func verdictNamesReadAsTheSpecWritesThem() {
    #expect(
      Verdict.allCases.map(\.rawValue) == [
        "strong hire", "hire", "lean hire", "lean no hire", "no hire",
      ])
  }

  // MARK: Transcript parsing

  static let headings: [(String, String)] = [
    ("clarify", "clarify"), ("CLARIFY", "clarify"), ("Clarify requirements", "clarify"),
    ("clarify REQUIREMENTS", "clarify"), ("1. Clarify requirements (2 min)", "clarify"),
    ("Design", "design"), ("2) design", "design"), ("Design: retrieval first", "design"),
    ("design — two stages", "design"),
  ]

  @Test(arguments: headings)
  func headingsNamePhasesByIdOrTitle(heading: String, phaseID: String) throws {
    let (_, framework) = try Self.tiny()
    let transcript = try TranscriptParser.parse("## \(heading)\nA note.\n", framework: framework)
    #expect(transcript.notes(for: phaseID) == [Note("A note.", line: 2)])
  }

  @Test func bundledHeadingsWithNumbersAndMinutes() throws {
    let framework = try Self.bundled.get().framework
    let text = """
      # My answer
      ## 1. Clarify requirements (5 min)
      scope
      ## 2. Frame & metrics (8 min)
      ndcg
      ## 3. Architecture (22 min)
      ann
      ## 4. Deployment & monitoring (10 min)
      canary
      """
    let transcript = try TranscriptParser.parse(text, framework: framework)
    #expect(transcript.title == "My answer")
    #expect(transcript.notes(for: "clarify").map(\.text) == ["scope"])
    #expect(transcript.notes(for: "metrics").map(\.text) == ["ndcg"])
    #expect(transcript.notes(for: "architecture").map(\.text) == ["ann"])
    #expect(transcript.notes(for: "deployment").map(\.text) == ["canary"])
  }

  @Test func listMarkersAreStrippedAndLinesKept() throws {
    let (_, framework) = try Self.tiny()
    let text = """
      ## Clarify

      - dash
      * star
      + plus
      1. numbered
      12) numbered too
      - [ ] open box
      - [x] ticked box
      plain line
      -dash without space stays
      """
    let notes = try TranscriptParser.parse(text, framework: framework).notes(for: "clarify")
    #expect(
      notes.map(\.text) == [
        "dash", "star", "plus", "numbered", "numbered too", "open box", "ticked box", "plain line",
        "-dash without space stays",
      ])
    #expect(notes.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 10, 11])
  }

  @Test func anUnknownHeadingIsAnErrorNamingItAndItsLine() throws {
    let (_, framework) = try Self.tiny()
    let text = "## Clarify\nA note.\n## Desgin\nMore.\n"
    do {
      _ = try TranscriptParser.parse(text, framework: framework)
      Issue.record("parsed a transcript with an unknown heading")
    } catch {
      guard case .unknownHeading(let heading, let line, let known) = error else {
        Issue.record("wrong error: \(error)")
        return
      }
      #expect(heading == "Desgin")
      #expect(line == 3)
      #expect(known.contains("Design") || known.contains("design"))
      #expect(error.description.contains("line 3"))
      #expect(error.description.contains("Desgin"))
    }
  }

  @Test(arguments: ["", "   ", "\n\n\t\n"])
  func anEmptyTranscriptIsAnError(text: String) throws {
    let (_, framework) = try Self.tiny()
    #expect(throws: TranscriptParser.ParseError.empty) {
      try TranscriptParser.parse(text, framework: framework)
    }
  }

  @Test func nonUTF8BytesAreAnError() throws {
    let (_, framework) = try Self.tiny()
    let bytes = Array("## Clarify\nna".utf8) + [0xC3, 0x28, 0xFF] + Array(" ve\n".utf8)
    #expect(throws: TranscriptParser.ParseError.notUTF8) {
      try TranscriptParser.parse(bytes: bytes, framework: framework)
    }
  }

  @Test func utf8BytesParse() throws {
    let (_, framework) = try Self.tiny()
    let bytes = Array("## Clarify\nnaïve café\n".utf8)
    let transcript = try TranscriptParser.parse(bytes: bytes, framework: framework)
    #expect(transcript.notes(for: "clarify").map(\.text) == ["naïve café"])
  }

  @Test func notesBeforeTheFirstHeadingAreAnError() throws {
    let (_, framework) = try Self.tiny()
    #expect(throws: TranscriptParser.ParseError.notesBeforeFirstHeading(line: 2)) {
      try TranscriptParser.parse("# Title\nstray note\n## Clarify\nA note.\n", framework: framework)
    }
  }

  @Test func aTranscriptWithoutPhaseHeadingsIsAnError() throws {
    let (_, framework) = try Self.tiny()
    #expect(throws: TranscriptParser.ParseError.noPhaseHeadings) {
      try TranscriptParser.parse("# Just a title\n", framework: framework)
    }
  }

  @Test func aMissingPhaseScoresZero() throws {
    let card = try Self.tinyCard("## Clarify\n- What is the business goal of the tiny app?\n")
    let design = try #require(card.phases.first { $0.phaseID == "design" })
    #expect(design.score == 0)
    #expect(design.covered.isEmpty)
    #expect(design.missed.map(\.item.id) == ["two-tower"])
    #expect(card.phases.first { $0.phaseID == "clarify" }?.score ?? 0 > 0)
  }

  // MARK: Coverage and evidence

  @Test func aCoveredItemCarriesTheCandidatesOwnLine() throws {
    let card = try Self.tinyCard(
      """
      ## Clarify
      - What is the business goal of the tiny app?
      ## Design
      - Retrieval for the tiny catalogue.
      - Two-tower retrieval, because it scales to millions of items.
      """)
    let twoTower = try #require(Self.item("two-tower", in: card))
    #expect(twoTower.status == .covered)
    #expect(twoTower.evidence == "Two-tower retrieval, because it scales to millions of items.")
    let goal = try #require(Self.item("goal", in: card))
    #expect(goal.status == .covered)
    #expect(goal.evidence == "What is the business goal of the tiny app?")
    #expect(card.phases.first { $0.phaseID == "design" }?.score ?? 0 > 0)
  }

  @Test func aNegatedMentionIsMissed() throws {
    let card = try Self.tinyCard(
      """
      ## Design
      - We do not need a two-tower model for something this tiny, because it is small.
      """)
    let twoTower = try #require(Self.item("two-tower", in: card))
    #expect(twoTower.status == .missed)
    #expect(twoTower.evidence == nil)
    #expect(card.phases.first { $0.phaseID == "design" }?.score == 0)
  }

  @Test func aBareListEarnsLessThanTheSameTermsInReasonedSentences() throws {
    let list = try Self.tinyCard(
      """
      ## Clarify
      - business goal, tiny scale, qps, latency
      ## Design
      - two tower, dual encoder, ranker, cache
      """)
    let reasoned = try Self.tinyCard(
      """
      ## Clarify
      - What is the business goal, and what QPS does the tiny app see?
      ## Design
      - A two tower model, because a dual encoder lets us precompute item vectors.
      """)
    for id in ["goal", "two-tower"] {
      let listed = try #require(Self.item(id, in: list))
      let explained = try #require(Self.item(id, in: reasoned))
      #expect(listed.credit < explained.credit, "\(id)")
      #expect(listed.status == .namedOnly, "\(id)")
      #expect(explained.status == .covered, "\(id)")
    }
    #expect(list.total < reasoned.total)
    for (listPhase, reasonedPhase) in zip(list.phases, reasoned.phases) {
      #expect(listPhase.score < reasonedPhase.score, "\(listPhase.phaseID)")
    }
  }

  @Test func aStaffItemCountsOnlyAtStaffLevel() throws {
    let text = """
      ## Clarify
      - What is the business goal of the tiny app?
      ## Design
      - Two-tower retrieval, because it scales to millions of items.
      """
    let senior = try Self.tinyCard(text, level: .senior, itemLevel: "staff")
    #expect(Self.item("two-tower", in: senior) == nil)
    let staff = try Self.tinyCard(text, level: .staff, itemLevel: "staff")
    #expect(Self.item("two-tower", in: staff)?.status == .covered)
    #expect(staff.level == .staff)
    // A senior item likewise does not count for a mid-level candidate.
    let mid = try Self.tinyCard(text, level: .mid, itemLevel: "senior")
    #expect(Self.item("two-tower", in: mid) == nil)
    #expect(Self.item("goal", in: mid)?.status == .covered)
  }

  @Test func aStaffItemOfABundledCaseCountsOnlyAtStaffLevel() throws {
    let library = try Self.bundled.get()
    let study = try library.loadCase("visual-search")
    let staffItems = study.allChecklistItems.filter { $0.level == .staff }
    try #require(!staffItems.isEmpty)
    let scorer = Scorer(study: study, framework: library.framework)
    let transcript = try TranscriptParser.parse(
      "## Clarify\n- Which images are NSFW or private, since the content policy matters?\n",
      framework: library.framework)
    let senior = scorer.score(transcript, level: .senior)
    let staff = scorer.score(transcript, level: .staff)
    let seniorIDs = Set(senior.phases.flatMap(\.items).map(\.item.id))
    let staffIDs = Set(staff.phases.flatMap(\.items).map(\.item.id))
    for item in staffItems {
      #expect(!seniorIDs.contains(item.id), "\(item.id) counted at senior")
      #expect(staffIDs.contains(item.id), "\(item.id) not counted at staff")
    }
    #expect(Self.item("content-safety-privacy", in: staff)?.status == .covered)
  }

  // MARK: Substance

  static let substances: [(String, NoteSubstance.Kind)] = [
    ("ANN, HNSW, FAISS, embeddings", .bareList),
    ("recall@10, NDCG@10, MRR, CTR", .bareList),
    ("HNSW", .fragment),
    ("Serve from an HNSW index", .statement),
    ("HNSW index because exact search is too slow", .reasoned),
    ("p99 under 200 ms at 3,000 QPS", .reasoned),
    ("What is the latency budget?", .reasoned),
  ]

  @Test(arguments: substances)
  func noteSubstanceTellsListsFromReasons(note: String, kind: NoteSubstance.Kind) {
    #expect(NoteSubstance(note).kind == kind, "'\(note)'")
  }

  static let strongVisualSearch = """
    # Visual search
    ## Clarify requirements
    - Can the user crop part of the image, or do we embed the whole photo?
    - What is the latency budget and peak QPS for image queries?
    - Which labels do we have: engagement logs of clicks and saves, or human raters?
    - Should results be personalized, or the same for everyone given one image?
    ## Frame & metrics
    - Frame it as learning image embeddings so visually similar images sit close together.
    - Train with a contrastive loss because we only have pairs, not graded labels.
    - Offline: recall@k of the ANN step against exact search, then NDCG on a human-rated set.
    - Online: CTR and save rate on results, checked in an A/B test against the current system.
    ## Architecture
    - Image encoder: a pretrained ResNet, fine-tuned, since labelled data is scarce.
    - Mine hard negatives because random negatives are too easy after a few epochs.
    - Serve from an HNSW ANN index since exact search over 2B vectors blows the 200 ms budget.
    - Rerank the top 500 with full-precision vectors to recover recall lost to compression.
    - Dedup near-duplicate images with a perceptual hash so the grid is not ten copies.
    ## Deployment & monitoring
    - Sharding the index across 20 machines because it does not fit in one machine's RAM.
    - A new model means we backfill every embedding, then swap index versions atomically.
    - Roll out with a canary on 1% of traffic before the A/B test.
    - Cache results for popular images to cut GPU cost.
    - Monitor embedding drift and ANN recall against exact search weekly; retrain monthly.
    """

  static let keywordVisualSearch = """
    # Visual search
    ## Clarify requirements
    - crop, image, latency, QPS, labels, personalized
    ## Frame & metrics
    - embeddings, contrastive loss, recall@k, NDCG, CTR, A/B test
    ## Architecture
    - image encoder, ResNet, hard negatives, HNSW, ANN, rerank, dedup
    ## Deployment & monitoring
    - sharding, backfill, canary, cache, drift, retrain
    """

  @Test func aStrongAnswerBeatsAKeywordListOfTheSameTerms() throws {
    let strong = try Self.bundledCard("visual-search", Self.strongVisualSearch)
    let keywords = try Self.bundledCard("visual-search", Self.keywordVisualSearch)
    #expect(strong.total > keywords.total + 20, "strong \(strong.total), list \(keywords.total)")
    #expect(strong.total >= 65, "strong scored \(strong.total)")
    #expect(keywords.total < 50, "keyword list scored \(keywords.total)")
    #expect([.noHire, .leanNoHire].contains(keywords.verdict))
    #expect(strong.verdict == Verdict(total: strong.total))
    for (listPhase, strongPhase) in zip(keywords.phases, strong.phases) {
      #expect(listPhase.score < strongPhase.score, "\(listPhase.phaseID)")
    }
  }

  @Test func scoringIsAPureFunctionOfTheNotes() throws {
    let first = try Self.bundledCard("visual-search", Self.strongVisualSearch)
    let second = try Self.bundledCard("visual-search", Self.strongVisualSearch)
    #expect(first == second)
  }
}
