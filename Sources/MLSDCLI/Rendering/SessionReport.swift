import FoundationEssentials
import MLSDCore

/// `mlsd report`: one session in full, as Markdown. The case and its prompt,
/// then per phase the notes as typed, what was covered (with the line that
/// shows it), what was missed and why it matters, the reference answer,
/// hints and peeks, time against budget; then the facts never asked for and
/// the verdict. The scorecard is recomputed from the notes with the
/// candidate's review corrections, so it is the one the interview showed.
enum SessionReport {
  static func render(
    _ record: SessionRecord, study: CaseStudy, framework: Framework,
    prepared: PreparedMatcher? = nil, timeZone: LocalTimeZone
  ) -> String {
    let card = Scorer(study: study, framework: framework, prepared: prepared)
      .score(
        record.state.transcript, level: record.state.settings.level, overrides: record.overrides)
    let items = study.allChecklistItems + framework.phases.flatMap(\.checklist)
    var out = "# \(clean(study.title)) — mock interview report\n\n"
    out += "- Session: `\(record.id)`\n"
    out += "- Started: \(timeZone.minuteText(record.startedAt))\n"
    out += "- Level: \(record.state.settings.level.title) bar\n"
    out += "- Time used: \(clock(record.timeUsed)) of \(clock(record.timeBudget))\n"
    out += "- State: \(stateText(record))\n"
    out += "- Total: \(card.total)/100 — \(card.verdict.rawValue)\n"
    out += "\n## The case\n\n\(quote(study.prompt))\n"

    for (number, phase) in card.phases.enumerated() {
      let saved = record.state.phases.first { $0.id == phase.phaseID }
      out += "\n## \(number + 1). \(clean(phase.title)) — \(phase.score)/100\n\n"
      if let saved {
        out += "Time: \(clock(saved.elapsed)) of \(clock(saved.budget))"
        if saved.overtime >= 1 { out += " (\(clock(saved.overtime)) over)" }
        out += "\n"
      }
      out += "\n### Your notes\n\n"
      let notes = saved?.notes ?? []
      out += notes.isEmpty ? "(none)\n" : notes.map { "- " + clean($0.text) + "\n" }.joined()
      if !phase.covered.isEmpty {
        out += "\n### Covered\n\n"
        for result in phase.covered {
          out += "- ✓ \(clean(result.item.text))"
          if let evidence = result.evidence { out += " — “\(clean(evidence))”" }
          out += "\n"
        }
      }
      let missed = phase.namedOnly + phase.missed
      if !missed.isEmpty {
        out += "\n### Missed\n\n"
        for result in missed {
          let named = result.status == .namedOnly ? " (named, not explained)" : ""
          out += "- ✗ **\(clean(result.item.text))**\(named) — \(clean(result.item.why))\n"
        }
      }
      let hints = (saved?.hints ?? []).map { id in
        items.first { $0.id == id }.map { "Hint taken: \(clean($0.hint))" } ?? "Hint taken: \(id)"
      }
      let peeks = saved?.peeked == true ? ["Peeked at the cheat sheet for this phase."] : []
      if !(hints + peeks).isEmpty {
        out += "\n### Hints and peeks\n\n" + (hints + peeks).map { "- \($0)\n" }.joined()
      }
      let followUps = saved?.followUps ?? []
      if !followUps.isEmpty {
        out += "\n### The interviewer asked\n\n" + followUps.map { "- \(clean($0))\n" }.joined()
      }
      if let reference = study.phase(phase.phaseID)?.reference, !reference.isEmpty {
        out += "\n### Reference answer\n\n\(TerminalSafeText.clean(reference))\n"
      }
    }

    out += "\n## Clarifying facts\n\n"
    out +=
      card.factsAsked.isEmpty
      ? "You asked for none of the interviewer's facts.\n"
      : "Asked for: \(card.factsAsked.map { clean($0.topic) }.joined(separator: ", ")).\n"
    if !card.factsNeverAsked.isEmpty {
      out += "\nNever asked for:\n\n"
      out += card.factsNeverAsked.map { "- **\(clean($0.topic))**: \(clean($0.answer))\n" }.joined()
    }
    if !record.state.unansweredQuestions.isEmpty {
      out += "\nQuestions the interviewer had no fact for (state your assumption):\n\n"
      out += record.state.unansweredQuestions.map { "- \(clean($0))\n" }.joined()
    }

    out += "\n## Verdict\n\n**\(card.total)/100 — \(card.verdict.rawValue).**\n"
    if let saved = record.result, saved.total != card.total {
      out +=
        "\nScored \(saved.total) when the session was saved; today's scorer gives \(card.total).\n"
    }
    if !record.isComplete {
      out +=
        "\nThe session is \(record.isPractice ? "partial" : "empty"): phases not reached score zero. Continue it with `mlsd interview --resume`.\n"
    }
    for warning in card.warnings { out += "\nNote: \(clean(warning))\n" }
    return out
  }

  static func stateText(_ record: SessionRecord) -> String {
    if !record.isPractice { return "empty (no notes)" }
    if record.isComplete { return "complete" }
    switch record.ending {
    case .quit?: return "partial (left with /quit)"
    case .interrupted?: return "partial (interrupted)"
    case .endOfInput?: return "partial (input ended)"
    case .finished?, nil: return "partial"
    }
  }

  private static func clock(_ seconds: Double) -> String { MinutesFormat.clock(seconds: seconds) }

  private static func clean(_ text: String) -> String { TerminalSafeText.cleanLine(text) }

  private static func quote(_ text: String) -> String {
    TerminalSafeText.clean(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map { "> " + $0 }.joined(separator: "\n")
  }
}
