import FoundationEssentials
import MLSDCore

/// `mlsd stats`: per phase the average score, its trend and time over
/// budget; the best total per case; the items missed most often; totals
/// over time as a chart; practice days and the streak. Plain text that
/// reads without colour and fits 80 columns.
enum StatsView {
  struct Names {
    /// Phase id → title.
    var phases: [String: String]
    /// "case/item" or "item" (generic) → the item's text.
    var items: [String: String]
  }

  static func render(
    _ stats: ProgressStats, calendar: PracticeCalendar, names: Names, width: Int, style: Style
  ) -> String {
    var page = Page(width: width, style: style)
    var counted = "\(stats.completed) finished session\(stats.completed == 1 ? "" : "s")"
    let others = [
      stats.partial > 0 ? "\(stats.partial) partial" : nil,
      stats.empty > 0 ? "\(stats.empty) empty" : nil,
    ].compactMap { $0 }
    if !others.isEmpty { counted += " (\(others.joined(separator: ", ")) not scored)" }
    page.title("PROGRESS · " + counted)

    if stats.completed > 0 {
      phaseTable(stats, names: names, page: &page)
      bestTable(stats, page: &page)
      missed(stats, names: names, page: &page)
      page.heading("TOTALS OVER TIME (one bar per finished session, oldest on the left)")
      for line in TotalsChart.render(stats.totals.map(\.total), width: width, style: style) {
        page.line(line)
      }
      let totals = stats.totals.map(\.total)
      if let first = totals.first, let last = totals.last, let best = totals.max() {
        page.line(
          "      first \(first) · last \(last) · best \(best) · 65+ is hire, 80+ strong hire")
      }
    }

    page.heading("PRACTICE DAYS")
    let current = calendar.currentStreak
    page.line(
      "  Current streak: \(days(current)) · longest: \(days(calendar.longestStreak)) · \(days(calendar.days.count)) in all"
    )
    page.blank()
    for line in PracticeCalendarView.render(calendar, width: width, style: style) {
      page.line(line)
    }
    return page.text
  }

  private static func phaseTable(_ stats: ProgressStats, names: Names, page: inout Page) {
    page.heading("PER PHASE")
    let header = ["PHASE", "AVERAGE", "TREND", "OVER BUDGET"]
    let rows = stats.phases.map { line -> [String] in
      [
        names.phases[line.phaseID] ?? line.phaseID,
        line.average.map { String(Int($0.rounded())) } ?? "–",
        trend(line.trend),
        line.overruns == 0
          ? "never"
          : "\(line.overruns) of \(line.sessions), by \(MinutesFormat.clock(seconds: line.averageOverrun)) on average",
      ]
    }
    let widths = TextTable.widths(of: [header] + rows)
    let gap = TextTable.gap(for: widths, width: page.width - 2)
    page.line("  " + page.style.bold(TextTable.row(header, widths: widths, gap: gap)))
    for row in rows { page.line("  " + TextTable.row(row, widths: widths, gap: gap)) }
    page.line(
      page.style.dim(
        "  Trend: the last \(ProgressStats.trendWindow) sessions against the \(ProgressStats.trendWindow) before."
      ))
  }

  private static func bestTable(_ stats: ProgressStats, page: inout Page) {
    page.heading("BEST TOTAL PER CASE")
    let rows = stats.bestByCase.map { best in
      [
        TerminalSafeText.cleanLine(best.caseID), String(best.best),
        Verdict(total: best.best).rawValue,
        "\(best.sessions) session\(best.sessions == 1 ? "" : "s")",
      ]
    }
    let widths = TextTable.widths(of: rows)
    let gap = TextTable.gap(for: widths, width: page.width - 2)
    for row in rows { page.line("  " + TextTable.row(row, widths: widths, gap: gap)) }
  }

  private static func missed(_ stats: ProgressStats, names: Names, page: inout Page) {
    guard !stats.mostMissed.isEmpty else { return }
    page.heading("MISSED MOST OFTEN")
    for item in stats.mostMissed {
      let key = (item.caseID.map { $0 + "/" } ?? "") + item.itemID
      let text = names.items[key] ?? item.itemID
      let whose = item.caseID.map { TerminalSafeText.cleanLine($0) } ?? "every case"
      page.bullet("\(item.count)× \(text) (\(whose))", marker: "•", indent: "  ")
    }
    page.line(page.style.dim("  Drill them with: mlsd drill"))
  }

  static func trend(_ value: Double?) -> String {
    guard let value else { return "–" }
    let points = Int(value.rounded())
    if points > 0 { return "▲ +\(points)" }
    if points < 0 { return "▼ −\(-points)" }
    return "= 0"
  }

  private static func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }
}
