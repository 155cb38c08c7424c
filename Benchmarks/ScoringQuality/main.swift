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

do {
  let library = try ContentLibrary(files: .bundled)
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
} catch {
  print("error: \(error)")
}
