// How well the scorer agrees with interviewers, per answer set: item ticks
// (precision, recall, evidence) against the labels, totals (Spearman)
// against the grades, and the worst false ticks and misses.
//
//   swift run -c release ScoringQuality [SET…] [--limit N] [--evidence]
//
// Sets default to graded, holdout and blind (skipped when absent). Run from
// the package folder. Prints figures; asserts nothing (the test does).
import FoundationEssentials
import MLSDCore

let fixtures = "Tests/MLSDTests/Fixtures/"
var arguments = Array(CommandLine.arguments.dropFirst())
var limit = 20
var showEvidence = false
if let flag = arguments.firstIndex(of: "--limit"), flag + 1 < arguments.count {
  limit = Int(arguments[flag + 1]) ?? limit
  arguments.removeSubrange(flag...(flag + 1))
}
if let flag = arguments.firstIndex(of: "--evidence") {
  showEvidence = true
  arguments.remove(at: flag)
}
var explain: (file: String, item: String)?
if let flag = arguments.firstIndex(of: "--explain"), flag + 2 < arguments.count {
  explain = (arguments[flag + 1], arguments[flag + 2])
  arguments.removeSubrange(flag...(flag + 2))
}
var tuneTotals = false
if let flag = arguments.firstIndex(of: "--tune-totals") {
  tuneTotals = true
  arguments.remove(at: flag)
}
var tune = false
if let flag = arguments.firstIndex(of: "--tune") {
  tune = true
  arguments.remove(at: flag)
}
var crossScores = false
if let flag = arguments.firstIndex(of: "--cross") {
  crossScores = true
  arguments.remove(at: flag)
}
let sets = arguments.isEmpty ? ["graded", "holdout", "blind"] : arguments

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
  for set in sets {
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
    (\.genericCoverage, "genericCoverage", [1, 1.5, 2]),
    (\.reasonSupport, "reason", [0, 0.5]),
    (\.numberSupport, "number", [0.5, 1]),
    (\.otherPhasePenalty, "other", [1.5, 2.5]),
    (\.coverage, "coverage", [2, 2.5, 3]),
  ]
  var results: [(objective: Double, line: String)] = []
  try forEachSetting(grid) { policy, names in
    var counts = (tp: 0, fp: 0, fn: 0)
    for set in tuningSets {
      guard
        let evaluation = try AnswerSetEvaluation(
          set: set, library: library, policy: policy, read: read)
      else { continue }
      counts.tp += evaluation.agreement.truePositives
      counts.fp += evaluation.agreement.falsePositives
      counts.fn += evaluation.agreement.falseNegatives
    }
    let precision = Double(counts.tp) / Double(max(1, counts.tp + counts.fp))
    let recall = Double(counts.tp) / Double(max(1, counts.tp + counts.fn))
    results.append(
      (
        min(precision / 0.90, recall / 0.85),
        "\(names): P \(percent(precision)) R \(percent(recall))"
      ))
  }
  for result in results.sorted(by: { $0.objective > $1.objective }).prefix(15) {
    print(result.line)
  }
}

/// The sets tuning may read: never `unseen`, which carries the held-out
/// figures.
let tuningSets = ["graded", "holdout", "blind"]

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
    for set in ["graded", "holdout"] {
      guard
        let evaluation = try AnswerSetEvaluation(
          set: set, library: library, policy: policy, read: read)
      else { continue }
      answers += evaluation.answers
      worstCase = min(worstCase, evaluation.spearmanByCase.map(\.rho).min() ?? 1)
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
        "\(names): rho \(two(rho)) worst case \(two(worstCase)) error \(two(error)) broken \(broken)"
      ))
  }
  for result in results.sorted(by: { $0.objective > $1.objective }).prefix(15) {
    print(result.line)
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
