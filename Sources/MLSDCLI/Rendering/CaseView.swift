import MLSDCore

/// One case study for reading in a terminal, phase by phase.
enum CaseView {
  static func render(_ study: CaseStudy, framework: Framework, width: Int, style: Style) -> String {
    var page = Page(width: width, style: style)
    page.title(study.title.uppercased())
    page.line(
      style.dim(
        "\(study.id) · \(study.category) · \(study.difficulty.rawValue) · \(study.allChecklistItems.count) checklist items"
      ))
    page.blank()
    page.paragraph(study.summary)
    page.heading("THE PROMPT")
    page.paragraph("“\(study.prompt)”", indent: "  ")

    page.heading("WHAT THE INTERVIEWER KNOWS (ask for it)")
    let labelWidth = min(28, max(16, width / 4))
    for fact in study.facts {
      page.labelled(fact.topic, fact.answer, labelWidth: labelWidth)
    }

    for (index, casePhase) in study.phases.enumerated() {
      let phase = framework.phase(casePhase.phaseID)
      let title = phase?.title ?? casePhase.phaseID
      let minutes = phase.map { " · " + MinutesFormat.text($0.minutes) } ?? ""
      page.heading("\(index + 1). \(title.uppercased())\(minutes)")
      page.subheading("  What a strong answer covers")
      for item in casePhase.checklist {
        let marker =
          String(repeating: "●", count: item.weight)
          + String(repeating: "○", count: 3 - item.weight)
        let level = item.level == .senior ? "" : " [\(item.level.rawValue)]"
        page.bullet(
          item.text + level, marker: marker, indent: "    ", styledMarker: style.yellow(marker))
        page.paragraph(style.dim("why: ") + item.why, indent: "        ")
      }
      if !casePhase.followUps.isEmpty {
        page.subheading("  Follow-ups to expect")
        for followUp in casePhase.followUps {
          page.bullet(
            followUp.question, marker: "?", indent: "    ", styledMarker: style.magenta("?"))
        }
      }
      page.subheading("  Reference answer")
      page.paragraph(casePhase.reference, indent: "    ")
    }

    page.heading("PITFALLS")
    for pitfall in study.pitfalls {
      page.bullet(pitfall, marker: "!", indent: "  ", styledMarker: style.red("!"))
    }
    page.heading("PIPELINES")
    page.preformatted(study.diagram)
    page.blank()
    page.line(style.dim("Practise it: mlsd interview \(study.id)"))
    return page.text
  }
}

/// One case study as Markdown.
enum CaseMarkdown {
  static func render(_ study: CaseStudy, framework: Framework) -> String {
    var out = "# \(study.title)\n\n"
    out += "*\(study.category) · \(study.difficulty.rawValue) · id `\(study.id)`*\n\n"
    out += study.summary + "\n\n## The prompt\n\n> \(study.prompt)\n\n"
    out += "## What the interviewer knows\n\n| topic | answer |\n|---|---|\n"
    for fact in study.facts {
      out +=
        "| \(CheatsheetMarkdown.cell(fact.topic)) | \(CheatsheetMarkdown.cell(fact.answer)) |\n"
    }
    for (index, casePhase) in study.phases.enumerated() {
      let phase = framework.phase(casePhase.phaseID)
      let minutes = phase.map { " (\(MinutesFormat.text($0.minutes)))" } ?? ""
      out += "\n## \(index + 1). \(phase?.title ?? casePhase.phaseID)\(minutes)\n\n"
      out += "### What a strong answer covers\n\n"
      for item in casePhase.checklist {
        out += "- **\(item.text)** (weight \(item.weight), \(item.level.rawValue)). \(item.why)\n"
      }
      if !casePhase.followUps.isEmpty {
        out += "\n### Follow-ups to expect\n\n"
        out += casePhase.followUps.map { "- \($0.question)\n" }.joined()
      }
      out += "\n### Reference answer\n\n\(casePhase.reference)\n"
    }
    out += "\n## Pitfalls\n\n" + study.pitfalls.map { "- \($0)\n" }.joined()
    out += "\n## Pipelines\n\n```\n" + study.diagram.joined(separator: "\n") + "\n```\n"
    return out
  }
}
