import MLSDCore

/// Totals over time as vertical bars, one column per session, oldest on
/// the left, drawn with block characters so it reads without colour.
enum TotalsChart {
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// `height` rows of eighth-blocks for scores 0…100, axis labelled at
  /// 100, 50 and 0; at most as many sessions as fit in `width`.
  static func render(_ totals: [Int], width: Int, height: Int = 8, style: Style) -> [String] {
    let room = max(1, width - 8)
    let spaced = totals.count * 2 <= room
    let shown = Array(totals.suffix(spaced ? totals.count : room))
    var lines: [String] = []
    for row in (0..<height).reversed() {
      let label: String =
        switch row {
        case height - 1: " 100 ┤"
        case height / 2: "  50 ┤"
        default: "     │"
        }
      var bars = ""
      for (index, total) in shown.enumerated() {
        let eighths = Int((Double(max(0, min(100, total))) / 100 * Double(height * 8)).rounded())
        let filled = eighths - row * 8
        let cell: String =
          filled >= 8 ? "█" : filled > 0 ? String(blocks[filled - 1]) : " "
        if spaced && index > 0 { bars += " " }
        bars += colour(cell, total: total, style: style)
      }
      while bars.last == " " { bars.removeLast() }
      lines.append(label + bars)
    }
    lines.append(
      "   0 └" + String(repeating: "─", count: max(1, shown.count * (spaced ? 2 : 1) - 1)))
    return lines
  }

  private static func colour(_ cell: String, total: Int, style: Style) -> String {
    switch total {
    case 65...: style.green(cell)
    case 40..<65: style.yellow(cell)
    default: style.red(cell)
    }
  }
}
