import MLSDCore

/// On a terminal, the candidate corrects the detected checklist before the
/// scorecard: numbers toggle items, Enter accepts.
enum InterviewReview {
  /// The candidate's corrections, by item id; nil when the review was left
  /// with Ctrl-C or a signal.
  static func run(loop: InterviewLoop, engine: InterviewEngine) -> [String: Bool]? {
    let items = engine.detectedItems()
    var overrides: [String: Bool] = [:]
    func isCovered(_ index: Int) -> Bool {
      overrides[items[index].item.id] ?? items[index].detected
    }
    while true {
      var lines = ["Review what was detected. Type numbers to toggle (e.g. 3 7), Enter to accept:"]
      var lastPhase = ""
      for (index, entry) in items.enumerated() {
        if entry.phaseID != lastPhase {
          lastPhase = entry.phaseID
          lines.append(engine.framework.phase(entry.phaseID)?.title ?? entry.phaseID)
        }
        lines.append("  [\(isCovered(index) ? "x" : " ")] \(index + 1). \(entry.item.text)")
      }
      lines.append("Toggle items by number (e.g. 3 7), or press Enter to accept.")
      loop.show(lines.joined(separator: "\n"))
      guard let reply = loop.readReviewLine() else { return overrides }
      guard let line = reply else { return nil }
      let numbers = line.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }
      if numbers.isEmpty {
        if !line.trimmed().isEmpty {
          loop.show("Numbers from 1 to \(items.count), or Enter to accept.", kind: .warning)
          continue
        }
        return overrides
      }
      for number in numbers where number >= 1 && number <= items.count {
        let id = items[number - 1].item.id
        overrides[id] = !isCovered(number - 1)
      }
    }
  }
}
