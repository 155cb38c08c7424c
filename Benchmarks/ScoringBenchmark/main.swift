// Times the scorer in-process on a long transcript, so the figure is the
// scoring itself and not process start-up. Prints figures; asserts nothing.
import Glibc
import MLSDCore

func now() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

let caseID = CommandLine.arguments.dropFirst().first ?? "visual-search"
let words = Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 5000
let library: ContentLibrary
let study: CaseStudy
do {
  library = try ContentLibrary(files: .bundled)
  study = try library.loadCase(caseID)
} catch {
  print("cannot load \(caseID): \(error)")
  exit(1)
}

// A long answer made of the case's own reference answers and some filler,
// repeated to the requested length: realistic vocabulary, many matches.
var notes: [String: [Note]] = [:]
var count = 0
var round = 0
let filler = "then we would check the numbers again because the team cares about it a lot"
while count < words {
  for phase in study.phases {
    let sentences = phase.reference.split(separator: ".").map { String($0) + "." } + [filler]
    for sentence in sentences where count < words {
      notes[phase.phaseID, default: []].append(Note(sentence))
      count += sentence.split(separator: " ").count
    }
  }
  round += 1
}
let transcript = Transcript(notes: notes)

var setup: [Double] = []
var scoring: [Double] = []
var total = 0
let iterations = Int(CommandLine.arguments.dropFirst(3).first ?? "") ?? 30
for _ in 0..<iterations {
  let start = now()
  let scorer = Scorer(study: study, framework: library.framework)
  let middle = now()
  let card = scorer.score(transcript)
  let end = now()
  total += card.total
  setup.append((middle - start) * 1000)
  scoring.append((end - middle) * 1000)
}
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}
let median1 = (median(setup) * 100).rounded() / 100
let median2 = (median(scoring) * 100).rounded() / 100
print(
  "scoring \(transcript.wordCount) words against \(caseID): median \(median2) ms (compiling the case's phrases once: \(median1) ms) [checksum \(total)]"
)
