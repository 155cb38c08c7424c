// How the scorer grades, and why it resists gaming. The numbers live in
// ScoringPolicy; this says what they do.
//
// 1. Mentions. Every checklist item (the case's own and the framework's
//    generic ones, filtered by level) is looked for in the candidate's notes
//    with the shared phrase matcher: case, punctuation, inflections,
//    British spellings, abbreviations, hyphens and small typos are folded;
//    negated mentions ("no need for an A/B test") do not count; a phrase
//    that reads as a bare number ("2g" once shrank to "2") never matches.
//
// 2. Coverage: the rule an interviewer signs. A note that names an item
//    covers it only when it says more about the item than its name.
//    Naming it is one sign; each further sign adds to its support
//    (CoverageRule): another way of naming it, a specific word of the
//    phrase beyond the first ("retrain weekly"), a specific word of the
//    item's own text ("calibrated" beside "pCTR"; specific = used by at
//    most an eighth of the items, so "model" or "user" never count), half
//    for a word of its why or hint or of the next note (a question
//    answered on the line below), a quantity, a reason ("because", "->"),
//    and, for the first phase's items, asking. Long flowing prose and a
//    note under another phase count against it. The item is covered at
//    `coverage` (the name plus at least one real sign of substance); a
//    shared keyword, a neighbouring topic or a buzzword in a bare list
//    ("NDCG, AUC, canary") only names it. The first phase's items ask and
//    pin things down before the design, so only notes of that phase
//    cover them: "ranking rewards clickbait" under Architecture names
//    integrity, it does not clarify it. A generic item (`fw-*`) is
//    covered on a note that also covers one of the case's own items
//    (the case's items are decided first, over every phase): "canary on
//    1%, then a 2-week A/B" shows a rollout because it is this case's
//    rollout. A first-phase generic item is also covered by a question
//    that names it with substance ("what is the business goal?"), at
//    half credit: the habit is there, this case's specifics are not. A
//    first-phase question that the interviewer answers with one of this
//    case's facts of the item's kind (traffic, latency, data and labels,
//    privacy or budget) asks for it in whatever words ("do videos have
//    titles and descriptions?" asks what data exists): covered in full.
//    The evidence is the covering note with the most support, under the
//    item's own phase first. Each note is read once and each item looks
//    only at the notes that name it, so scoring stays linear in the size
//    of the answer.
//
// 3. Another problem. An answer that never names what the case is about
//    (its `topics`) covers nothing but its first-phase questions (asked of
//    this interviewer, they are answered about this case: "what is the
//    business goal?" asks it, whatever the rest says; one the candidate
//    answers in their own numbers is about their problem) and is cut hard;
//    one that does but answers a neighbouring problem (host pricing for
//    similar listings) covers few of the case's own items under rule 2,
//    so it scores low.
//    One that names it on almost none of its notes (under one in
//    sixteen) is design in general, written for any problem: "a feature
//    store with point-in-time correctness" there is not this case's
//    feature store. Only its notes that name the case and its first-phase
//    questions (the interviewer answers them about this case) cover or
//    name anything, and its total is cut in proportion to how seldom it
//    names the case, down to the cut for another problem.
//
// 4. Points. A covered item earns its weight (half when said under
//    another phase: an interviewer notices what was offered when it
//    mattered), a named one a quarter. Generic items weigh about a third
//    of the case's own, so fluency about scale and A/B tests never makes
//    up for this problem's specifics. A phase scores 100 × points ÷
//    `fullMarksShare` of its available points, at most 100: the card shows
//    the points, so the score explains itself, and a phase can reach 100
//    with an item missed only by that stated rule.
//
// 5. Total. Phases weigh by their minutes. An answer with no reasoning
//    anywhere is cut hard, one with little is cut a little. A long answer
//    whose notes seldom give a quantity (in digits or words) or a reason
//    is a survey of techniques with the product's name dropped in
//    ("monitor drift in video data"): rule 2 cannot tell its items from a
//    real design's, so its total is capped low, the cap lifting as its
//    notes commit.
//
// The numbers were tuned on item-by-item labels and grades given by
// interviewers who saw only the item texts (Fixtures/labels: graded,
// holdout and blind; `swift run -c release ScoringQuality` prints the
// figures) as general rules, not on single sentences; the `unseen` set,
// never tuned on, checks them. What
// the rule cannot see is what the phrase lists leave out ("how many
// videos?" for scale, "object detection" for framing the task): those
// misses are content, not scoring.

/// Grades a transcript against a case: a pure function of its inputs.
package struct Scorer: Sendable {
  package let matcher: CaseMatcher
  /// Which facts a question asks for: the interviewer answers with it and
  /// the card counts questions with it, so the two never disagree. Read
  /// from its table on each access (a `Scorer` is a value and caches
  /// nothing): a caller that asks more than once keeps what it got, as
  /// `answeredFacts` and the interviewer do.
  package var factLookup: FactLookup {
    switch facts {
    case .built(let lookup):
      return lookup
    case .table(let prepared, let range):
      // Malformed in place (the lengths add up): compiled instead.
      return prepared.factLookup(in: range, matcher: matcher)
        ?? FactLookup(matcher: matcher, facts: matcher.study.facts)
    }
  }
  private let facts: FactSource
  let policy: ScoringPolicy

  /// Where the fact lookup comes from: built with the matcher, or a table
  /// of the build's read when asked for. `score` asks only when an answer
  /// has questions, beside the items, so its tables are no longer read
  /// before anything else can start; the interviewer asks once.
  enum FactSource: Sendable {
    case built(FactLookup)
    case table(PreparedMatcher, Range<Int>)
  }

  package init(study: CaseStudy, framework: Framework) {
    self.init(matcher: CaseMatcher(study: study, framework: framework), policy: .standard)
  }

  /// With other numbers than the standard ones: for tuning and tests.
  package init(study: CaseStudy, framework: Framework, policy: ScoringPolicy) {
    self.init(matcher: CaseMatcher(study: study, framework: framework), policy: policy)
  }

  init(matcher: CaseMatcher, policy: ScoringPolicy) {
    self.init(
      matcher: matcher, factLookup: FactLookup(matcher: matcher, facts: matcher.study.facts),
      policy: policy)
  }

  init(matcher: CaseMatcher, factLookup: FactLookup, policy: ScoringPolicy) {
    self.init(matcher: matcher, facts: .built(factLookup), policy: policy)
  }

  init(matcher: CaseMatcher, facts: FactSource, policy: ScoringPolicy) {
    self.matcher = matcher
    self.facts = facts
    self.policy = policy
  }

  /// `overrides` are the candidate's corrections from the end-of-interview
  /// review: item id → covered (full credit) or not (no credit).
  package func score(
    _ transcript: Transcript, level: Level = .senior, overrides: [String: Bool] = [:]
  ) -> Scorecard {
    let framework = matcher.framework
    let (lines, text, notes) = prepare(transcript)
    let substance = notes.map(\.substance)
    let topic = topicReading(text, notes: notes)
    let (answersThisCase, topicalShare, coverable) =
      (topic.answersThisCase, topic.share, topic.coverable)

    // The case's own items first, over every phase: a generic item is
    // shown by a line that shows one of them, wherever it was said. Items
    // are assessed independently, so a long answer's are spread over the
    // cores, beside the facts each question is answered with and names
    // (looked up once for the generic clarify items and the card's facts).
    let parallel = matcher.parallel
    let itemsByPhase = framework.phases.map { matcher.items(for: $0.id, level: level) }
    func assessAll(generic: Bool, caseLines: [Bool]) -> [(ItemResult, [Int])] {
      var pending: [(item: ChecklistItem, phaseID: String)] = []
      for (phase, items) in zip(framework.phases, itemsByPhase) {
        for item in items where item.isGeneric == generic { pending.append((item, phase.id)) }
      }
      return parallel.map(pending.count) { index in
        assess(
          pending[index].item, phaseID: pending[index].phaseID, text: text, lines: lines,
          notes: notes, coverable: coverable, namesAnywhere: !answersThisCase,
          caseLines: caseLines)
      }
    }
    let (caseAssessed, (answered, named)) = parallel.both {
      assessAll(generic: false, caseLines: [])
    } _: {
      (answeredFacts(lines: lines, notes: notes), matcher.factsNamed(in: text))
    }
    var caseLines = [Bool](repeating: false, count: lines.count)
    for line in caseAssessed.flatMap(\.1) where line < lines.count { caseLines[line] = true }
    var results: [String: ItemResult] = [:]
    for (result, _) in caseAssessed + assessAll(generic: true, caseLines: caseLines) {
      results[result.item.id] = result
    }
    let factQuestions = answersThisCase ? factQuestionLines(answered: answered, notes: notes) : [:]
    var phases: [PhaseResult] = []
    var weightedTotal = 0.0
    for (phase, phaseItems) in zip(framework.phases, itemsByPhase) {
      var items: [ItemResult] = []
      for item in phaseItems {
        var result =
          results[item.id] ?? ItemResult(item: item, status: .missed, evidence: nil, credit: 0)
        if result.status != .covered, let line = factQuestions[item.id] {
          // A question the interviewer answers with this case's fact for
          // the item asks it, in whatever words.
          result = ItemResult(
            item: item, status: .covered, evidence: lines[line], credit: 1, evidenceLine: line)
        }
        switch overrides[item.id] {
        case true?:
          result.status = .covered
          result.credit = 1
          result.otherPhase = false
          result.askedInGeneral = false
          if result.evidence == nil { result.evidence = "(marked covered in your review)" }
        case false?:
          result = ItemResult(item: item, status: .missed, evidence: nil, credit: 0)
        case nil: break
        }
        result.weight = Double(item.weight) * (item.isGeneric ? policy.genericWeightFactor : 1)
        items.append(result)
      }
      let points = items.reduce(0) { $0 + $1.points }
      let available = items.reduce(0) { $0 + $1.weight }
      let fullMarks = available * policy.fullMarksShare
      let score = fullMarks > 0 ? Int((min(1, points / fullMarks) * 100).rounded()) : 0
      phases.append(
        PhaseResult(
          phaseID: phase.id, title: phase.title, score: score, items: items, points: points,
          availablePoints: available, fullMarksPoints: fullMarks))
      weightedTotal += Double(score) * phase.minutes
    }

    var total = framework.totalMinutes > 0 ? weightedTotal / framework.totalMinutes : 0
    var warnings: [String] = []
    let reasoned = substance.filter { $0.kind == .reasoned }.count
    if !lines.isEmpty && reasoned == 0 {
      total *= policy.noSubstancePenalty
      warnings.append(
        "None of your notes gives a reason, a number or a question: an interviewer hears a list of terms, not a design."
      )
    } else if !lines.isEmpty && Double(reasoned) / Double(lines.count) < policy.lowSubstanceShare {
      total *= policy.lowSubstancePenalty
      warnings.append(
        "Few of your notes give a reason, a number or a choice: an interviewer hears vocabulary, not design."
      )
    }
    if !answersThisCase {
      total *= policy.offTopicFactor
      warnings.append(
        "Your notes never name what this case is about (\(matcher.topicTerms.prefix(3).joined(separator: ", "))): is this an answer to another problem?"
      )
    } else if topicalShare < policy.topicalNoteShare {
      total *= max(policy.offTopicFactor, topicalShare / policy.topicalNoteShare)
      warnings.append(
        "Few of your notes name what this case is about (\(matcher.topicTerms.prefix(3).joined(separator: ", "))): most of the answer would fit any problem."
      )
    } else if topic.words == 1 && matcher.topicTerms.count >= 4 {
      total *= policy.barelyOnTopicFactor
    }
    if let cap = surveyCap(substance), total > cap {
      warnings.append(
        "Your answer is long but few of its notes give a number or a reason: an interviewer hears a survey of techniques, not a design for this problem. The total is capped at \(Int(cap.rounded())) (the phases alone give \(Int(total.rounded())))."
      )
      total = cap
    }
    let facts = clarifiedFacts(named: named, answered: answered, notes: notes, phases: phases)
    let clarified = Set((facts.asked + facts.stated).map(\.id))
    let totalScore = Int(total.rounded())
    return Scorecard(
      caseID: matcher.study.id, caseTitle: matcher.study.title, level: level, phases: phases,
      total: totalScore, verdict: Verdict(total: totalScore), factsAsked: facts.asked,
      factsStated: facts.stated,
      factsNeverAsked: matcher.study.facts.filter { !clarified.contains($0.id) },
      questionCount: transcript.allNotes.filter(\.isQuestion).count, warnings: warnings)
  }
}

extension Scorer {
  /// The cap on a long answer's total by how few of its notes commit to a
  /// quantity or a reason (rule 5), nil when it does not apply.
  func surveyCap(_ substance: [NoteSubstance]) -> Double? {
    let words = Double(substance.reduce(0) { $0 + $1.wordCount })
    guard words > policy.surveyWords else { return nil }
    let density = Double(substance.filter(\.commits).count) * 100 / words
    let lift =
      (density - policy.surveyCommitmentDensity)
      / (policy.committedDensity - policy.surveyCommitmentDensity)
    var cap = policy.surveyCap + (100 - policy.surveyCap) * min(1, max(0, lift))
    let length = min(
      1, (words - policy.surveyWords) / (policy.longAnswerWords - policy.surveyWords))
    cap = 100 - (100 - cap) * length
    return cap < 100 ? cap : nil
  }
}
