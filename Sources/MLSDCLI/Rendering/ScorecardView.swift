import MLSDCore

/// The scorecard a candidate reads after an answer: per phase the score,
/// what was covered and the line that shows it, what was missed and why it
/// matters; then facts never asked for, and the verdict.
enum ScorecardView {
  struct PhaseTiming {
    var used: Double
    var budget: Double
  }

  static func render(
    _ card: Scorecard, width: Int, style: Style, timings: [String: PhaseTiming] = [:],
    hints: [String: [String]] = [:], peeks: [String] = []
  ) -> String {
    var page = Page(width: width, style: style)
    page.title("SCORECARD · \(card.caseTitle) · \(card.level.title) bar")
    for (index, phase) in card.phases.enumerated() {
      var heading = "\(index + 1). \(phase.title.uppercased())  \(phase.score)/100"
      if let timing = timings[phase.phaseID] {
        heading +=
          "  · \(MinutesFormat.clock(seconds: timing.used)) of \(MinutesFormat.clock(seconds: timing.budget))"
        if timing.used > timing.budget + 0.5 {
          heading += " (+\(MinutesFormat.clock(seconds: timing.used - timing.budget)) over)"
        }
      }
      page.heading(heading)
      page.line("  " + bar(phase.score, width: min(40, width - 10), style: style))
      for result in phase.covered {
        page.bullet(result.item.text, marker: "✓", indent: "  ", styledMarker: style.green("✓"))
        if let evidence = result.evidence {
          page.paragraph(
            style.dim("“" + DisplayWidth.truncate(evidence, to: 200) + "”"), indent: "      ")
        }
      }
      for result in phase.namedOnly {
        page.bullet(
          result.item.text + " — named, not explained", marker: "~", indent: "  ",
          styledMarker: style.yellow("~"))
        page.paragraph(style.dim("why it matters: ") + result.item.why, indent: "      ")
      }
      for result in phase.missed {
        page.bullet(result.item.text, marker: "✗", indent: "  ", styledMarker: style.red("✗"))
        page.paragraph(style.dim("why it matters: ") + result.item.why, indent: "      ")
      }
      for hint in hints[phase.phaseID] ?? [] {
        page.bullet(
          "hint taken: " + hint, marker: "?", indent: "  ", styledMarker: style.magenta("?"))
      }
    }
    if !peeks.isEmpty {
      page.heading("CHEAT SHEET PEEKS")
      page.paragraph(peeks.joined(separator: ", "), indent: "  ")
    }
    page.heading("CLARIFYING FACTS")
    if card.factsAsked.isEmpty {
      page.paragraph("You asked for none of the interviewer's facts.", indent: "  ")
    } else {
      page.paragraph(
        "Asked for: " + card.factsAsked.map(\.topic).joined(separator: ", "), indent: "  ")
    }
    if !card.factsNeverAsked.isEmpty {
      page.paragraph(
        "Never asked: " + card.factsNeverAsked.map(\.topic).joined(separator: ", "), indent: "  ")
    }
    for warning in card.warnings {
      page.blank()
      page.paragraph(style.yellow("Note: ") + warning, indent: "  ")
    }
    page.heading("TOTAL  \(card.total)/100  —  \(card.verdict.rawValue.uppercased())")
    page.line("  " + bar(card.total, width: min(40, width - 10), style: style))
    return page.text
  }

  static func bar(_ score: Int, width: Int, style: Style) -> String {
    let filled = max(0, min(width, Int((Double(score) / 100 * Double(width)).rounded())))
    let text = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    switch score {
    case 65...: return style.green(text)
    case 40..<65: return style.yellow(text)
    default: return style.red(text)
    }
  }
}

extension Scorecard {
  /// The spec's `--json` shape.
  var jsonValue: JSONValue {
    .object([
      "case": .string(caseID), "total": .number(Double(total)),
      "verdict": .string(verdict.rawValue),
      "level": .string(level.rawValue),
      "phases": .array(
        phases.map { phase in
          .object([
            "id": .string(phase.phaseID), "score": .number(Double(phase.score)),
            "covered": .strings(phase.covered.map(\.item.id)),
            "missed": .strings((phase.namedOnly + phase.missed).map(\.item.id)),
          ])
        }),
      "factsAsked": .strings(factsAsked.map(\.id)),
      "factsNeverAsked": .strings(factsNeverAsked.map(\.id)),
    ])
  }
}
