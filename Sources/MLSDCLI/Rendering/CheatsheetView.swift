import MLSDCore

/// The framework on one or two screens of a 100-column terminal: every
/// phase's goal, questions, checklist, top tips and traps inline, the
/// metrics that fit each kind of problem, and the patterns to draw.
/// `--markdown` prints everything in full.
enum CheatsheetView {
  /// Patterns drawn in full; the others get their summary line.
  static let drawnPatterns: Set<String> = ["two-stage", "training-vs-inference"]

  static func render(_ framework: Framework, width: Int, style: Style) -> String {
    var page = Page(width: width, style: style)
    let minutes = MinutesFormat.text(framework.totalMinutes)
    page.title("ML SYSTEM DESIGN INTERVIEW — THE FRAMEWORK (\(minutes))")
    for (index, phase) in framework.phases.enumerated() {
      page.heading(
        "\(index + 1). \(phase.title.uppercased()) · \(MinutesFormat.text(phase.minutes))")
      renderPhase(phase, into: &page)
    }
    if !framework.metricsGuide.isEmpty {
      page.heading("METRICS THAT FIT THE PROBLEM")
      for row in framework.metricsGuide {
        let problem =
          row.problem.split(separator: "(").first.map { String($0).trimmed() } ?? row.problem
        let text =
          "\(problem): " + row.offline.prefix(3).joined(separator: ", ") + " → "
          + row.online.prefix(2).joined(separator: ", ")
        var lines = WordWrap.wrap(text, width: width, indent: "  ", hanging: "      ")
        if style.enabled, !lines.isEmpty {
          lines[0] = "  " + style.bold(problem + ":") + lines[0].dropFirst(2 + problem.count + 1)
        }
        for line in lines { page.line(line) }
      }
    }
    let drawn = framework.patterns.filter { drawnPatterns.contains($0.id) }
    let listed = framework.patterns.filter { !drawnPatterns.contains($0.id) }
    for pattern in drawn {
      page.heading("PATTERN: \(pattern.title.uppercased())")
      if pattern.diagram.isEmpty {
        page.paragraph(pattern.summary, indent: "  ")
      } else {
        page.preformatted(pattern.diagram)
      }
    }
    if !listed.isEmpty {
      page.heading("ALSO KNOW")
      for pattern in listed {
        page.labelled(pattern.title, pattern.summary, labelWidth: min(22, max(14, width / 5)))
      }
    }
    page.blank()
    page.line(style.dim("In full: mlsd cheatsheet --markdown · mlsd case ID · mlsd search WORDS"))
    return page.text
  }

  static func renderPhase(_ phase: Phase, into page: inout Page) {
    let style = page.style
    page.paragraph(phase.goal, indent: "  ")
    inline("Ask", style.bold("Ask"), phase.keyQuestions.prefix(4), into: &page)
    inline("Cover", style.green("Cover"), phase.checklist.map(\.text), into: &page)
    inline("Tips", style.green("Tips"), phase.tips.prefix(2), into: &page)
    inline("Avoid", style.red("Avoid"), phase.pitfalls.prefix(2), into: &page)
  }

  /// "  Ask    one · two · three", wrapped under its first item.
  private static func inline<Items: Collection>(
    _ label: String, _ styledLabel: String, _ items: Items, into page: inout Page
  ) where Items.Element == String {
    guard !items.isEmpty else { return }
    let labelWidth = 9
    let padding = String(repeating: " ", count: max(1, labelWidth - 2 - DisplayWidth.of(label)))
    let hanging = String(repeating: " ", count: labelWidth)
    let text = items.joined(separator: " · ")
    var lines = WordWrap.wrap(text, width: page.width, indent: hanging, hanging: hanging)
    if !lines.isEmpty {
      lines[0] = "  " + styledLabel + padding + lines[0].dropFirst(labelWidth)
    }
    for line in lines { page.line(line) }
  }
}
