import MLSDCore

/// The scorecard a candidate reads after an answer: per phase the score,
/// what was covered and the line that shows it, what was missed and why it
/// matters; then facts never asked for, and the verdict.
enum ScorecardView {
  struct PhaseTiming {
    var used: Double
    var budget: Double
  }

  /// `written`: the card of `mlsd score`, whose questions nobody answered.
  /// `parallel` renders the phases at once (wrapping a long answer's
  /// evidence is a large part of printing its card); the card is the same.
  static func render(
    _ card: Scorecard, width: Int, style: Style, timings: [String: PhaseTiming] = [:],
    hints: [String: [String]] = [:], peeks: [String] = [], written: Bool = false,
    parallel: ParallelLoop = .serial
  ) -> String {
    page(
      card, width: width, style: style, timings: timings, hints: hints, peeks: peeks,
      written: written, parallel: parallel
    ).text
  }

  /// The card as a page, for writing its bytes as they are.
  static func page(
    _ card: Scorecard, width: Int, style: Style, timings: [String: PhaseTiming] = [:],
    hints: [String: [String]] = [:], peeks: [String] = [], written: Bool = false,
    parallel: ParallelLoop = .serial
  ) -> Page {
    var page = Page(width: width, style: style)
    page.title("SCORECARD · \(card.caseTitle) · \(card.level.title) bar")
    let sections = parallel.map(card.phases.count) { index in
      var section = Page(width: width, style: style)
      let phase = card.phases[index]
      render(
        phase, number: index + 1, timing: timings[phase.phaseID], hints: hints[phase.phaseID] ?? [],
        on: &section)
      return section
    }
    for section in sections { page.append(section) }
    if !peeks.isEmpty {
      page.heading("CHEAT SHEET PEEKS")
      page.paragraph(peeks.joined(separator: ", "), indent: "  ")
    }
    page.heading("CLARIFYING FACTS")
    for line in factLines(card, written: written) {
      page.paragraph(line, indent: "  ")
    }
    for warning in card.warnings {
      page.blank()
      page.paragraph(style.yellow("Note: ") + warning, indent: "  ")
    }
    page.heading("TOTAL  \(card.total)/100  —  \(card.verdict.rawValue.uppercased())")
    page.line("  " + bar(card.total, width: min(40, width - 10), style: style))
    page.paragraph(style.dim("Phase scores weighted by each phase's minutes."), indent: "  ")
    return page
  }

  /// One phase: its score and timing, then what was covered (with the line
  /// that shows it), named, missed, and the hints taken.
  private static func render(
    _ phase: PhaseResult, number: Int, timing: PhaseTiming?, hints: [String], on page: inout Page
  ) {
    let style = page.style
    let width = page.width
    var heading = "\(number). \(phase.title.uppercased())  \(phase.score)/100"
    if let timing {
      heading +=
        "  · \(MinutesFormat.clock(seconds: timing.used)) of \(MinutesFormat.clock(seconds: timing.budget))"
      if timing.used > timing.budget + 0.5 {
        heading += " (+\(MinutesFormat.clock(seconds: timing.used - timing.budget)) over)"
      }
    }
    page.heading(heading)
    page.line("  " + bar(phase.score, width: min(40, width - 10), style: style))
    page.paragraph(style.dim(pointsLine(phase)), indent: "  ")
    for result in phase.covered {
      var text = result.item.text + " " + style.dim("+" + points(result.points))
      if result.otherPhase {
        text += style.dim(" (half: said under another phase)")
      } else if result.askedInGeneral {
        text += style.dim(" (half: asked in general, not for this case)")
      }
      page.bullet(text, marker: "✓", indent: "  ", styledMarker: style.green("✓"))
      if let evidence = result.evidence {
        page.paragraph(
          style.dim("“" + DisplayWidth.truncate(evidence, to: 200) + "”"), indent: "      ")
      }
    }
    for result in phase.namedOnly {
      page.bullet(
        result.item.text + " — named, not explained "
          + style.dim("+\(points(result.points)) of \(points(result.weight))"),
        marker: "~", indent: "  ", styledMarker: style.yellow("~"))
      page.paragraph(style.dim("why it matters: ") + result.item.why, indent: "      ")
    }
    for result in phase.missed {
      page.bullet(
        result.item.text + " " + style.dim("0 of \(points(result.weight))"), marker: "✗",
        indent: "  ", styledMarker: style.red("✗"))
      page.paragraph(style.dim("why it matters: ") + result.item.why, indent: "      ")
    }
    for hint in hints {
      page.bullet(
        "hint taken: " + hint, marker: "?", indent: "  ", styledMarker: style.magenta("?"))
    }
  }

  /// How the phase score follows from its items: "14.4 of 23 points; 100
  /// from 18.4 (80% of them)". Said on every card, so a phase that shows
  /// 100 with an item missed states the rule that allows it.
  static func pointsLine(_ phase: PhaseResult) -> String {
    let share = Int((phase.fullMarksPoints / max(phase.availablePoints, 0.001) * 100).rounded())
    return
      "\(points(phase.points)) of \(points(phase.availablePoints)) points; 100 from \(points(phase.fullMarksPoints)) (\(share)% of them)"
  }

  /// One decimal, none when whole: "3", "1.5", "12.4".
  static func points(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }

  /// What the candidate clarified, in words that fit how they answered:
  /// live questions in an interview, a written answer's questions and
  /// stated assumptions in `mlsd score`.
  static func factLines(_ card: Scorecard, written: Bool) -> [String] {
    var lines: [String] = []
    let topics = { (facts: [Fact]) in facts.map(\.topic).joined(separator: ", ") }
    if !card.factsAsked.isEmpty {
      lines.append("Asked for: " + topics(card.factsAsked))
    } else if card.questionCount == 0 {
      lines.append(
        written
          ? "Your answer asks no clarifying questions."
          : "You asked for none of the interviewer's facts.")
    } else {
      let count = card.questionCount
      lines.append(
        "Your \(count == 1 ? "question asks" : "\(count) questions ask") for none of the facts the interviewer holds."
      )
    }
    if !card.factsStated.isEmpty {
      lines.append("Stated as assumptions: " + topics(card.factsStated))
    }
    if !card.factsNeverAsked.isEmpty {
      lines.append(
        (written ? "Neither asked nor stated: " : "Never asked: ") + topics(card.factsNeverAsked))
    }
    return lines
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
  /// The spec's `--json` shape: per phase the covered ids with their
  /// evidence lines, the missed ids (named ones included) and the named ids.
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
            "named": .strings(phase.namedOnly.map(\.item.id)),
            "evidence": .object(
              phase.covered.map { JSONMember(key: $0.item.id, value: .string($0.evidence ?? "")) }),
            "points": .number((phase.points * 10).rounded() / 10),
            "availablePoints": .number((phase.availablePoints * 10).rounded() / 10),
            "fullMarksPoints": .number((phase.fullMarksPoints * 10).rounded() / 10),
          ])
        }),
      "factsAsked": .strings(factsAsked.map(\.id)),
      "factsStated": .strings(factsStated.map(\.id)),
      "factsNeverAsked": .strings(factsNeverAsked.map(\.id)),
      "warnings": .strings(warnings),
    ])
  }
}
