import MLSDCore

/// On a terminal, the candidate corrects the detected checklist before the
/// scorecard, one page at a time so that it fits even an 80×24 terminal:
/// numbers toggle items on the page, Enter goes on, `b` goes back.
enum InterviewReview {
  static let footer = "numbers toggle · Enter next · b back · a accept all · Ctrl-C save and leave"

  /// The candidate's corrections, by item id; nil when the review was left
  /// with Ctrl-C or a signal.
  static func run(loop: InterviewLoop, engine: InterviewEngine, screen: InterviewScreen)
    -> [String: Bool]?
  {
    let review = ReviewPages(card: engine.scorecard(), rows: screen.transcriptSize.rows)
    guard !review.pages.isEmpty else { return [:] }
    var overrides: [String: Bool] = [:]
    var index = 0
    var echo: String?
    var warning: String?
    defer { screen.setChrome(status: nil, footer: nil) }
    while index < review.pages.count {
      let page = review.pages[index]
      screen.setChrome(
        status: "Review · page \(index + 1) of \(review.pages.count) · \(page.phaseTitle)",
        footer: footer)
      screen.clearTranscript()
      var lines = ReviewPages.lines(
        page, number: index + 1, of: review.pages.count, overrides: overrides,
        width: screen.transcriptSize.columns)
      if let echo { lines.append("› " + echo) }
      loop.show(lines.joined(separator: "\n"))
      // A warning stays on screen until the next key: it is redrawn with
      // the page and cleared only once something else was typed.
      if let warning { loop.show(warning, kind: .warning) }
      warning = nil
      guard let reply = loop.readReviewLine() else { return overrides }
      guard let line = reply?.trimmed() else { return nil }
      echo = line.isEmpty ? nil : TerminalSafeText.cleanLine(line)
      switch line.lowercased() {
      case "":
        index += 1
        echo = nil
      case "b", "back":
        index = max(0, index - 1)
        echo = nil
      case "a", "accept":
        return overrides
      default:
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," })
        let numbers = words.compactMap { Int($0) }
        guard numbers.count == words.count,
          numbers.allSatisfy({ $0 >= 1 && $0 <= page.entries.count })
        else {
          warning =
            "Type numbers from 1 to \(page.entries.count) to toggle, Enter for the next page, b to go back."
          continue
        }
        for number in numbers {
          let entry = page.entries[number - 1]
          overrides[entry.itemID] = !(overrides[entry.itemID] ?? (entry.status == .covered))
        }
      }
    }
    return overrides
  }
}
