import FoundationEssentials
import MLSDCore

/// `mlsd history`: one row per session, newest first, as a table that fits
/// the width, or as JSON with the same fields and the session id.
enum HistoryView {
  static func render(
    _ sessions: [SessionRecord], timeZone: LocalTimeZone, width: Int, style: Style
  ) -> String {
    let header = ["DATE", "CASE", "LEVEL", "TIME", "TOTAL", "VERDICT", "STATE"]
    let rows = sessions.map { record -> [String] in
      let scored = record.isPractice ? record.result : nil
      return [
        timeZone.minuteText(record.startedAt),
        TerminalSafeText.cleanLine(record.caseID),
        record.state.settings.level.rawValue,
        MinutesFormat.clock(seconds: record.timeUsed),
        scored.map { String($0.total) } ?? "–",
        scored.map { TerminalSafeText.cleanLine($0.verdict) } ?? "–",
        record.progressLabel,
      ]
    }
    let columns = TextTable.widths(of: [header] + rows)
    let gap = TextTable.gap(for: columns, width: width)
    var lines = [style.bold(TextTable.row(header, widths: columns, gap: gap))]
    for (record, row) in zip(sessions, rows) {
      let line = TextTable.row(row, widths: columns, gap: gap)
      lines.append(record.isPractice ? line : style.dim(line))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func json(_ sessions: [SessionRecord]) -> JSONValue {
    .array(
      sessions.map { record in
        let scored = record.isPractice ? record.result : nil
        return .object([
          "id": .string(record.id),
          "date": .string(record.startedAt.ISO8601Format()),
          "case": .string(record.caseID),
          "caseTitle": .string(record.caseTitle),
          "level": .string(record.state.settings.level.rawValue),
          "timeUsed": .number((record.timeUsed * 10).rounded() / 10),
          "timeBudget": .number((record.timeBudget * 10).rounded() / 10),
          "total": scored.map { .number(Double($0.total)) } ?? .null,
          "verdict": scored.map { .string($0.verdict) } ?? .null,
          "status": .string(record.progressLabel),
          "notes": .number(Double(record.noteCount)),
        ])
      })
  }
}

/// Left-aligned columns padded to their widest cell.
enum TextTable {
  static func widths(of rows: [[String]]) -> [Int] {
    var widths: [Int] = []
    for row in rows {
      for (index, cell) in row.enumerated() {
        let width = DisplayWidth.of(cell)
        if index < widths.count {
          widths[index] = max(widths[index], width)
        } else {
          widths.append(width)
        }
      }
    }
    return widths
  }

  /// Two spaces between columns, one if two would not fit.
  static func gap(for widths: [Int], width: Int) -> Int {
    let content = widths.reduce(0, +)
    return content + 2 * max(0, widths.count - 1) <= width ? 2 : 1
  }

  static func row(_ cells: [String], widths: [Int], gap: Int) -> String {
    var line = ""
    for (index, cell) in cells.enumerated() {
      let isLast = index == cells.count - 1
      let padded =
        isLast || index >= widths.count ? cell : DisplayWidth.pad(cell, to: widths[index])
      line += padded + (isLast ? "" : String(repeating: " ", count: gap))
    }
    return line
  }
}
