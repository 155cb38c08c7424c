import MLSDCore

/// The end of a scorecard: what to do next, as commands to type.
enum NextSteps {
  static func text(for card: Scorecard, caseID: String, width: Int) -> String {
    var rows: [(command: String, why: String)] = []
    if let weakest = card.phases.min(by: { $0.score < $1.score }) {
      rows.append(
        (
          "mlsd case \(caseID)",
          "the reference answer; weakest phase: \(weakest.title) (\(weakest.score)/100)"
        ))
    }
    let missed = card.phases.reduce(0) { $0 + $1.missed.count + $1.namedOnly.count }
    if missed > 0 {
      rows.append(("mlsd drill", "practise the \(missed) item\(missed == 1 ? "" : "s") you missed"))
    }
    rows.append(("mlsd interview", "another case, chosen where you are weakest"))
    let commandWidth = rows.map(\.command.count).max() ?? 0
    var out = "Next:\n"
    for row in rows {
      let gap = String(repeating: " ", count: commandWidth + 2 - row.command.count)
      // Wrapped to the window, continuing under the explanation.
      let hanging = String(repeating: " ", count: 2 + commandWidth + 2)
      let first: String = "  " + row.command + gap
      let lines = WordWrap.wrap(row.why, width: width, indent: first, hanging: hanging)
      out += lines.joined(separator: "\n") + "\n"
    }
    return out
  }
}
