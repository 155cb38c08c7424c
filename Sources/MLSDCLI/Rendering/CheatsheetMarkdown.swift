import MLSDCore

/// The cheat sheet as Markdown, to print or keep in notes.
enum CheatsheetMarkdown {
  static func render(_ framework: Framework) -> String {
    var out = "# ML system design interview — the framework\n\n"
    out += "\(MinutesFormat.text(framework.totalMinutes)) in \(framework.phases.count) phases.\n"
    for (index, phase) in framework.phases.enumerated() {
      out += "\n## \(index + 1). \(phase.title) (\(MinutesFormat.text(phase.minutes)))\n\n"
      out += phase.goal + "\n\n**Ask / answer**\n\n"
      out += phase.keyQuestions.map { "- \($0)\n" }.joined()
      if !phase.checklist.isEmpty {
        out += "\n**Cover**\n\n" + phase.checklist.map { "- [ ] \($0.text)\n" }.joined()
      }
      out += "\n**Tips**\n\n" + phase.tips.map { "- \($0)\n" }.joined()
      out += "\n**Avoid**\n\n" + phase.pitfalls.map { "- \($0)\n" }.joined()
    }
    if !framework.metricsGuide.isEmpty {
      out +=
        "\n## Metrics that fit the problem\n\n| problem | offline | online | note |\n|---|---|---|---|\n"
      for row in framework.metricsGuide {
        out +=
          "| \(cell(row.problem)) | \(cell(row.offline.joined(separator: ", "))) | \(cell(row.online.joined(separator: ", "))) | \(cell(row.note)) |\n"
      }
    }
    for pattern in framework.patterns {
      out += "\n## Pattern: \(pattern.title)\n\n\(pattern.summary)\n\n"
      out += pattern.points.map { "- \($0)\n" }.joined()
      if !pattern.diagram.isEmpty {
        out += "\n```\n" + pattern.diagram.joined(separator: "\n") + "\n```\n"
      }
    }
    return out
  }

  static func cell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\n", with: " ")
  }
}
