// How well the scorer agrees with interviewers, per answer set: item ticks
// (precision, recall, evidence) against the labels, totals (Spearman)
// against the grades, and the worst false ticks and misses.
//
//   swift run -c release ScoringQuality [SET…] [--limit N] [--evidence]
//
// Sets default to the tuning sets (skipped when absent). Run from
// the package folder. Prints figures; asserts nothing (the test does).
// For tuning (none of these reads `unseen`):
//   --tune, --tune-totals     grids over ScoringPolicy's numbers
//   --explain SET/FILE ITEM   every note naming an item, with its support
//   --features                the coverage rule's raw signs per mention
//   --answer-stats [SET…]     per answer: length, quantities, reasons
//   --covered FOLDER          the case items an unlabelled folder covers
//   --fact-questions          the facts each question line is answered with
//   --cross                   strong answers scored against every case
import FoundationEssentials
import MLSDCore

let fixtures = "Tests/MLSDTests/Fixtures/"
var arguments = Array(CommandLine.arguments.dropFirst())
/// Removes `name` and the `count` values after it from the arguments and
/// returns those values, or nil when `name` is absent or short of values.
@MainActor func take(_ name: String, values count: Int = 0) -> [String]? {
  guard let flag = arguments.firstIndex(of: name), flag + count < arguments.count else {
    return nil
  }
  let values = Array(arguments[(flag + 1)..<(flag + 1 + count)])
  arguments.removeSubrange(flag...(flag + count))
  return values
}

let limit = take("--limit", values: 1).flatMap { Int($0[0]) } ?? 20
let showEvidence = take("--evidence") != nil
let explain = take("--explain", values: 2).map { (file: $0[0], item: $0[1]) }
let tuneTotals = take("--tune-totals") != nil
let tune = take("--tune") != nil
let dumpFeatures = take("--features") != nil
let dumpFactQuestions = take("--fact-questions") != nil
let answerStats = take("--answer-stats") != nil
let coveredIn = take("--covered", values: 1)?[0]
let crossScores = take("--cross") != nil
let sets =
  arguments.isEmpty
  ? ["graded", "holdout", "blind", "topical", "generic-numbers", "verbose-good"] : arguments

func read(_ path: String) -> String? {
  FileManager.default.contents(atPath: fixtures + path).map { String(decoding: $0, as: UTF8.self) }
}

func percent(_ value: Double) -> String {
  let tenths = Int((value * 1000).rounded())
  return "\(tenths / 10).\(tenths % 10)%"
}

func two(_ value: Double) -> String {
  let hundredths = Int((abs(value) * 100).rounded())
  let digits = hundredths % 100 < 10 ? "0\(hundredths % 100)" : "\(hundredths % 100)"
  return (value < 0 ? "-" : "") + "\(hundredths / 100).\(digits)"
}

func show(_ title: String, _ list: [TickAgreement.Disagreement], limit: Int) {
  guard !list.isEmpty else { return }
  var counts: [String: Int] = [:]
  for entry in list { counts[entry.itemID, default: 0] += 1 }
  let sorted = list.sorted {
    (counts[$0.itemID] ?? 0, $0.weight, $1.itemID) > (counts[$1.itemID] ?? 0, $1.weight, $0.itemID)
  }
  print("  \(title) (\(list.count)), most frequent items first:")
  for entry in sorted.prefix(limit) {
    print("    \(entry.itemID) [w\(entry.weight)] \(entry.file): \(entry.line.prefix(150))")
  }
}

/// Every strong answer scored against every other case: answers to
/// another problem, neighbouring or not, must score low.
func printCrossScores(_ library: ContentLibrary, sets: [String]) throws {
  let cases = library.caseIDs
  var scorers: [String: Scorer] = [:]
  for id in cases {
    scorers[id] = Scorer(study: try library.loadCase(id), framework: library.framework)
  }
  for set in sets where set != "unseen" {
    guard let text = read("\(set)/grades.json") else { continue }
    for entry in try GradeSheet(json: text).entries
    where entry.kind == "strong" || entry.kind == "short-strong" {
      guard let answer = read("\(set)/\(entry.file)") else { continue }
      let transcript = try TranscriptParser.parse(answer, framework: library.framework)
      let row = cases.compactMap { id in
        scorers[id].map { scorer in
          let card = scorer.score(transcript)
          let own = card.phases.flatMap(\.items).filter { !$0.item.isGeneric }
          let weight = own.reduce(0) { $0 + $1.item.weight }
          let covered = own.filter { $0.status == .covered }.reduce(0) { $0 + $1.item.weight }
          let share = weight > 0 ? covered * 100 / weight : 0
          return (id == entry.caseID ? "*" : "") + "\(id) \(card.total) (\(share)%)"
        }
      }
      print("\(entry.file.dropLast(3)): " + row.joined(separator: ", "))
    }
  }
}

typealias Grid = [(WritableKeyPath<ScoringPolicy, Double>, String, [Double])]

/// Calls `body` with every combination of the grid's values.
func forEachSetting(_ grid: Grid, _ body: (ScoringPolicy, String) throws -> Void) rethrows {
  var choice = [Int](repeating: 0, count: grid.count)
  while true {
    var policy = ScoringPolicy.standard
    var names: [String] = []
    for (index, entry) in grid.enumerated() {
      policy[keyPath: entry.0] = entry.2[choice[index]]
      names.append("\(entry.1)=\(entry.2[choice[index]])")
    }
    try body(policy, names.joined(separator: " "))
    var position = 0
    while position < grid.count {
      choice[position] += 1
      if choice[position] < grid[position].2.count { break }
      choice[position] = 0
      position += 1
    }
    if position == grid.count { return }
  }
}

/// A grid over the coverage numbers of ScoringPolicy, ranked by how close
/// the graded set comes to the targets; the holdout figures show whether a
/// setting carries over. For exploring, not for the product.
func tuneCoverage(_ library: ContentLibrary) throws {
  let grid: Grid = [
    (\.longProsePenalty, "prosePenalty", [0.5, 1, 1.5, 2]),
    (\.longProseWords, "proseWords", [40, 60, 80]),
  ]
  var results: [(objective: Double, line: String)] = []
  try forEachSetting(grid) { policy, names in
    var counts = (tp: 0, fp: 0, fn: 0)
    var perSet: [String] = []
    for set in tuningSets {
      guard
        let evaluation = try AnswerSetEvaluation(
          set: set, library: library, policy: policy, read: read)
      else { continue }
      counts.tp += evaluation.agreement.truePositives
      counts.fp += evaluation.agreement.falsePositives
      counts.fn += evaluation.agreement.falseNegatives
      perSet.append(
        "\(set) \(percent(evaluation.agreement.precision))/\(percent(evaluation.agreement.recall))")
    }
    let precision = Double(counts.tp) / Double(max(1, counts.tp + counts.fp))
    let recall = Double(counts.tp) / Double(max(1, counts.tp + counts.fn))
    results.append(
      (
        min(precision / 0.90, recall / 0.85),
        "\(names): P \(percent(precision)) R \(percent(recall)) "
          + perSet.joined(separator: ", ")
      ))
  }
  for result in results.sorted(by: { $0.objective > $1.objective }).prefix(15) {
    print(result.line)
  }
}

/// The sets tuning may read: never `unseen`, which carries the held-out
/// figures.
let tuningSets = [
  "graded", "holdout", "blind", "topical", "generic-numbers", "verbose-good",
]

/// A grid over the numbers that turn credit into totals, ranked by the
/// worst within-case rank correlation, then the overall one, over the
/// graded and holdout sets; with the product's bounds checked.
func tuneTotalNumbers(_ library: ContentLibrary) throws {
  let grid: Grid = [
    (\.namedCredit, "named", [0.1, 0.25, 0.4]),
    (\.fullMarksShare, "fullMarks", [0.7, 0.8]),
    (\.genericWeightFactor, "generic", [0.35, 0.5]),
    (\.otherPhaseFactor, "otherPhase", [0.5]),
  ]
  var results: [(objective: Double, line: String)] = []
  try forEachSetting(grid) { policy, names in
    var answers: [AnswerSetEvaluation.Answer] = []
    var worstCase = 1.0
    var perSet: [String] = []
    for set in tuningSets {
      guard
        let evaluation = try AnswerSetEvaluation(
          set: set, library: library, policy: policy, read: read)
      else { continue }
      answers += evaluation.answers
      perSet.append("\(set) \(two(evaluation.spearman))")
      if set != "topical" && set != "generic-numbers" {
        worstCase = min(worstCase, evaluation.spearmanByCase.map(\.rho).min() ?? 1)
      }
    }
    let rho = RankCorrelation.spearman(answers.map(\.grade), answers.map { Double($0.total) })
    let error =
      answers.reduce(0.0) { $0 + abs($1.grade - Double($1.total)) } / Double(answers.count)
    var broken = 0
    for answer in answers {
      switch answer.kind {
      case "short-strong": if answer.total < 60 { broken += 1 }
      case "keyword-salad", "off-topic", "poor": if answer.total >= 30 { broken += 1 }
      default: break
      }
    }
    results.append(
      (
        worstCase + rho - Double(broken) * 0.05,
        "\(names): rho \(two(rho)) worst case \(two(worstCase)) error \(two(error)) broken \(broken) "
          + perSet.joined(separator: ", ")
      ))
  }
  for result in results.sorted(by: { $0.objective > $1.objective }).prefix(15) {
    print(result.line)
  }
}

/// One graded answer of a set, parsed, beside its case and the case's
/// scorer, and its item labels when the set has them.
struct GradedAnswer {
  var set: String
  var entry: GradeSheet.Entry
  var stem: String
  var study: CaseStudy
  var scorer: Scorer
  var transcript: Transcript
  var labels: ItemLabels?
}

/// The graded answers of `sets`, never `unseen`'s: the tuning dumps read
/// them one by one.
func gradedAnswers(_ library: ContentLibrary, sets: [String]) throws -> [GradedAnswer] {
  var answers: [GradedAnswer] = []
  for set in sets where set != "unseen" {
    guard let gradesText = read("\(set)/grades.json") else { continue }
    for entry in try GradeSheet(json: gradesText).entries {
      let stem = String(entry.file.dropLast(3))
      guard let text = read("\(set)/\(entry.file)") else { continue }
      let study = try library.loadCase(entry.caseID)
      answers.append(
        GradedAnswer(
          set: set, entry: entry, stem: stem, study: study,
          scorer: Scorer(study: study, framework: library.framework),
          transcript: try TranscriptParser.parse(text, framework: library.framework),
          labels: try read("labels/\(set)/\(stem).json").map { try ItemLabels(json: $0) }))
    }
  }
  return answers
}

/// Every note that names an item in the tuning sets, with the rule's raw
/// signs, the scorer's decision and the interviewer's label, one row each.
func printFeatures(_ library: ContentLibrary) throws {
  print(
    "set\tfile\titem\tgeneric\tline\tjudged\tticked\tlabelLine\tcovered\tevidence\tgroups\tspecificInName\ttextWords\ttextAvailable\tcontextWords\tnextWords\tnumber\treason\tasks\twords\totherPhase\tasksFit\tbareList\tshowsCase\tphrases\tcoverable"
  )
  for answer in try gradedAnswers(library, sets: tuningSets) {
    guard let labels = answer.labels else { continue }
    let (set, stem, scorer) = (answer.set, answer.stem, answer.scorer)
    let card = scorer.score(answer.transcript, level: .staff)
    var results: [String: ItemResult] = [:]
    for phase in card.phases {
      for result in phase.items { results[result.item.id] = result }
    }
    func flag(_ value: Bool) -> String { value ? "1" : "0" }
    for row in scorer.mentionSigns(in: answer.transcript) {
      let result = results[row.itemID]
      let line = TickAgreement.normalised(row.text)
      let signs = row.signs
      let fields: [String] = [
        set, stem, row.itemID, flag(row.isGeneric), "\(row.line)",
        flag(labels.items.contains(row.itemID)), flag(labels.ticks[row.itemID] != nil),
        flag(labels.ticks[row.itemID].map(TickAgreement.normalised) == line),
        flag(result?.status == .covered),
        flag(result?.evidence.map(TickAgreement.normalised) == line),
        "\(signs.groups)", "\(signs.specificInName)", "\(signs.textWords)",
        "\(signs.textWordsAvailable)", "\(signs.contextWords)", "\(signs.nextWords)",
        flag(signs.hasNumber), flag(signs.hasStrongReason), flag(signs.asks),
        "\(signs.wordCount)", flag(signs.otherPhase), flag(signs.asksFit), flag(row.bareList),
        flag(row.showsCaseItem), row.phrases.joined(separator: "|"), flag(row.coverable),
      ]
      print(fields.joined(separator: "\t"))
    }
  }
}

/// Every question line in the tuning sets: the facts the interviewer
/// answers it with, and the case's items the interviewer ticked on it.
func printFactQuestions(_ library: ContentLibrary) throws {
  let firstPhase = library.framework.phases.first?.id ?? ""
  for answer in try gradedAnswers(library, sets: tuningSets) {
    guard let labels = answer.labels else { continue }
    let lookup = answer.scorer.factLookup
    let ownFirst = Set((answer.study.phase(firstPhase)?.checklist ?? []).map(\.id))
    for note in answer.transcript.notes(for: firstPhase) where note.isQuestion {
      let facts = lookup.facts(answering: note.text).map(\.id)
      let line = TickAgreement.normalised(note.text)
      let ticked = labels.ticks.filter {
        ownFirst.contains($0.key) && TickAgreement.normalised($0.value) == line
      }.map(\.key).sorted()
      print(
        "\(answer.set)\t\(answer.stem)\t\(facts.joined(separator: ","))\t\(ticked.joined(separator: ","))\t\(note.text.prefix(100))"
      )
    }
  }
}

/// Per answer: what its total is made of, for tuning the whole-answer rules.
func printAnswerStats(_ library: ContentLibrary, sets: [String]) throws {
  print(
    "set\tfile\tkind\tgrade\ttotal\tnotes\ttopicalShare\ttopicWords\tcaseCovered\tcaseNamed\tcaseWeightCovered\tcaseWeight\tgenericCovered\tgenericNamed\twarnings\twords\tquantified\tdensity\treasonOnly\tstrongReasonOnly\tcommitted"
  )
  for answer in try gradedAnswers(library, sets: sets) {
    let (entry, scorer, transcript) = (answer.entry, answer.scorer, answer.transcript)
    let card = scorer.score(transcript)
    let items = card.phases.flatMap(\.items)
    let own = items.filter { !$0.item.isGeneric }
    let generic = items.filter { $0.item.isGeneric }
    let topical = scorer.topicalShare(of: transcript)
    let density = scorer.quantityDensity(of: transcript)
    let fields: [String] = [
      answer.set, answer.stem, entry.kind, "\(Int(entry.grade))", "\(card.total)",
      "\(topical.notes)", "\(Int(topical.share * 100))", "\(topical.words)",
      "\(own.filter { $0.status == .covered }.count)",
      "\(own.filter { $0.status == .namedOnly }.count)",
      "\(own.filter { $0.status == .covered }.reduce(0) { $0 + $1.item.weight })",
      "\(own.reduce(0) { $0 + $1.item.weight })",
      "\(generic.filter { $0.status == .covered }.count)",
      "\(generic.filter { $0.status == .namedOnly }.count)",
      "\(card.warnings.count)", "\(density.words)", "\(density.quantified)",
      "\(Double(density.quantified * 10000 / max(1, density.words)) / 100)",
      "\(density.reasoned)", "\(density.strongReasoned)", "\(density.committed)",
    ]
    print(fields.joined(separator: "\t"))
  }
}

/// Every case item covered in the answers of a folder, with the signs of
/// its evidence: to see what an unlabelled answer is credited for.
func printCovered(_ library: ContentLibrary, folder: String) throws {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures + folder)) ?? []
  for name in names.sorted() where name.hasSuffix(".md") {
    guard let answer = read("\(folder)/\(name)") else { continue }
    let caseID = name.components(separatedBy: "--").first ?? name
    let scorer = Scorer(study: try library.loadCase(caseID), framework: library.framework)
    let transcript = try TranscriptParser.parse(answer, framework: library.framework)
    let card = scorer.score(transcript, level: .staff)
    let rows = scorer.mentionSigns(in: transcript)
    for result in card.phases.flatMap(\.items)
    where result.status == .covered && !result.item.isGeneric {
      guard
        let row = rows.first(where: { $0.itemID == result.item.id && $0.text == result.evidence })
      else { continue }
      let s = row.signs
      print(
        "\(name.dropLast(3))\t\(result.item.id)\tg\(s.groups) n\(s.specificInName) t\(s.textWords)/\(s.textWordsAvailable) c\(s.contextWords) x\(s.nextWords) #\(s.hasNumber ? 1 : 0) r\(s.hasStrongReason ? 1 : 0) q\(s.asks && s.asksFit ? 1 : 0) w\(s.wordCount)\t\(row.text.prefix(90))"
      )
    }
  }
}

func report(_ library: ContentLibrary, sets: [String], limit: Int, showEvidence: Bool) throws {
  for set in sets {
    guard let evaluation = try AnswerSetEvaluation(set: set, library: library, read: read) else {
      print("\(set): no \(fixtures)\(set)/grades.json, skipped")
      continue
    }
    let agreement = evaluation.agreement
    print(
      "\(set): \(evaluation.labelledAnswers) labelled answers: precision \(percent(agreement.precision)), recall \(percent(agreement.recall)), evidence \(percent(agreement.evidence)) (tp \(agreement.truePositives), fp \(agreement.falsePositives), fn \(agreement.falseNegatives))"
    )
    let byCase = evaluation.spearmanByCase.map { "\($0.caseID) \(two($0.rho))" }
    print(
      "  Spearman \(two(evaluation.spearman)) over \(evaluation.answers.count); by case: \(byCase.joined(separator: ", "))"
    )
    let totals = evaluation.answers.sorted { ($0.caseID, $0.grade) < ($1.caseID, $1.grade) }
      .map { "\($0.file.dropLast(3)) \(Int($0.grade))→\($0.total)" }
    print("  totals (grade→score): " + totals.joined(separator: ", "))
    show("false ticks", agreement.falseTicks, limit: limit)
    show("misses", agreement.misses, limit: limit)
    if showEvidence {
      show("other evidence (scorer <> interviewer)", agreement.otherEvidence, limit: limit)
    }
  }
}

do {
  let library = try ContentLibrary(files: .bundled)
  if let explain {
    // --explain SET/FILE.md ITEM-ID: every note that names the item, with its support.
    guard let text = read(explain.file) else {
      throw AnswerSetEvaluation.Failure.unreadable(explain.file)
    }
    let name = explain.file.split(separator: "/").last.map(String.init) ?? explain.file
    let caseID = name.components(separatedBy: "--").first ?? name
    let scorer = Scorer(study: try library.loadCase(caseID), framework: library.framework)
    let transcript = try TranscriptParser.parse(text, framework: library.framework)
    for (line, support) in scorer.supports(for: explain.item, in: transcript) {
      print("\(support)\t\(line)")
    }
  } else if let coveredIn {
    try printCovered(library, folder: coveredIn)
  } else if answerStats {
    try printAnswerStats(library, sets: sets)
  } else if dumpFactQuestions {
    try printFactQuestions(library)
  } else if dumpFeatures {
    try printFeatures(library)
  } else if crossScores {
    try printCrossScores(library, sets: sets)
  } else if tuneTotals {
    try tuneTotalNumbers(library)
  } else if tune {
    try tuneCoverage(library)
  } else {
    try report(library, sets: sets, limit: limit, showEvidence: showEvidence)
  }
} catch {
  print("error: \(error)")
}
