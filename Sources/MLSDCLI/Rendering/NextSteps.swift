import MLSDCore

/// The end of a scorecard: what to do next, as commands to type.
enum NextSteps {
  static func text(for card: Scorecard, caseID: String) -> String {
    var lines = ["Next:"]
    if let weakest = card.phases.min(by: { $0.score < $1.score }) {
      lines.append(
        "  mlsd case \(caseID)    study the reference answer; your weakest phase was \(weakest.title) (\(weakest.score)/100)"
      )
    }
    let missed = card.phases.reduce(0) { $0 + $1.missed.count + $1.namedOnly.count }
    if missed > 0 {
      lines.append(
        "  mlsd drill              practise the \(missed) item\(missed == 1 ? "" : "s") you missed")
    }
    lines.append("  mlsd interview          another case, chosen where you are weakest")
    return lines.joined(separator: "\n") + "\n"
  }
}
