/// The framework on one or two screens: dense, scannable, wrapped to width.
enum CheatsheetView {
  static func render(_ framework: Framework, width: Int, style: Style) -> String {
    var page = Page(width: width, style: style)
    let minutes = MinutesFormat.text(framework.totalMinutes)
    page.title("ML SYSTEM DESIGN INTERVIEW — THE FRAMEWORK (\(minutes))")
    for (index, phase) in framework.phases.enumerated() {
      page.heading("\(index + 1). \(phase.title.uppercased()) · \(MinutesFormat.text(phase.minutes))")
      renderPhase(phase, into: &page)
    }
    if !framework.metricsGuide.isEmpty {
      page.heading("METRICS THAT FIT THE PROBLEM")
      let labelWidth = min(34, max(20, width / 3))
      for row in framework.metricsGuide {
        page.labelled(
          row.problem,
          "offline: \(row.offline.joined(separator: ", ")) · online: \(row.online.joined(separator: ", "))",
          labelWidth: labelWidth)
      }
    }
    for pattern in framework.patterns {
      page.heading("PATTERN: \(pattern.title.uppercased())")
      page.paragraph(pattern.summary, indent: "  ")
      for point in pattern.points {
        page.bullet(point)
      }
      if !pattern.diagram.isEmpty {
        page.blank()
        page.preformatted(pattern.diagram)
      }
    }
    page.blank()
    page.line(style.dim("More: mlsd case ID · mlsd search WORDS · mlsd interview"))
    return page.text
  }

  static func renderPhase(_ phase: Phase, into page: inout Page) {
    let style = page.style
    page.paragraph(phase.goal, indent: "  ")
    page.subheading("  Ask / answer")
    for question in phase.keyQuestions {
      page.bullet(question, marker: "?", indent: "    ")
    }
    if !phase.checklist.isEmpty {
      page.subheading("  Cover")
      for item in phase.checklist {
        page.bullet(item.text, marker: "[ ]", indent: "    ", styledMarker: style.green("[ ]"))
      }
    }
    if !phase.tips.isEmpty {
      page.subheading("  Tips")
      for tip in phase.tips {
        page.bullet(tip, marker: "+", indent: "    ", styledMarker: style.green("+"))
      }
    }
    if !phase.pitfalls.isEmpty {
      page.subheading("  Avoid")
      for pitfall in phase.pitfalls {
        page.bullet(pitfall, marker: "!", indent: "    ", styledMarker: style.red("!"))
      }
    }
  }
}

/// "45 min", "7.5 min", "30 s": minutes as people say them.
enum MinutesFormat {
  static func text(_ minutes: Double) -> String {
    if minutes < 1 { return "\(Int((minutes * 60).rounded())) s" }
    if minutes == minutes.rounded() { return "\(Int(minutes)) min" }
    return "\((minutes * 10).rounded() / 10) min"
  }

  /// A clock: "4:05", or "1:02:03" past an hour.
  static func clock(seconds: Double) -> String {
    let total = max(0, Int(seconds.rounded(.up)))
    let hours = total / 3600
    let minutes = (total % 3600) / 60
    let secs = total % 60
    let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" }
    return "\(minutes):\(twoDigits(secs))"
  }
}
