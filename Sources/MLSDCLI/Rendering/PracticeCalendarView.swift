import MLSDCore

/// Practice days as a grid of weeks (columns) by weekday (rows), Monday on
/// top, with month names over the week a month starts in: `■` practised,
/// `·` not, blank for days still to come.
enum PracticeCalendarView {
  static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
  static let weekdays = ["Mon", "", "Wed", "", "Fri", "", "Sun"]

  private static func monthName(_ day: LocalDay) -> String {
    months[max(0, min(11, day.civil.month - 1))]
  }

  static func render(_ calendar: PracticeCalendar, width: Int, style: Style) -> [String] {
    // From the week of the first practice day (at least 8 weeks, at most
    // half a year or what the width allows).
    let first = calendar.days.min() ?? calendar.today
    let span =
      (calendar.today.daysSinceEpoch - first.daysSinceEpoch + first.weekdayFromMonday) / 7 + 1
    let count = max(1, min(max(8, span), 26, (width - 6) / 2))
    let weeks = calendar.weeks(count)
    var labels: [(column: Int, name: String)] = []
    for (index, week) in weeks.enumerated() {
      guard let first = week.compactMap({ $0 }).first(where: { $0.civil.day == 1 }) else {
        continue
      }
      labels.append((6 + 2 * index, monthName(first)))
    }
    // The first week's month too, if it fits before the next label.
    if let firstDay = weeks.first?.compactMap({ $0 }).first,
      labels.first.map({ $0.column >= 6 + 4 }) ?? true
    {
      labels.insert((6, monthName(firstDay)), at: 0)
    }
    var header = ""
    for label in labels where label.column >= header.count + (header.isEmpty ? 0 : 1) {
      header += String(repeating: " ", count: label.column - header.count) + label.name
    }
    var lines = [header]
    for weekday in 0..<7 {
      var line = DisplayWidth.pad(weekdays[weekday], to: 6)
      for week in weeks {
        guard let day = week[weekday] else {
          line += "  "
          continue
        }
        line += (calendar.days.contains(day) ? style.green("■") : style.dim("·")) + " "
      }
      lines.append(line.droppingTrailingSpaces)
    }
    return lines
  }
}

extension String {
  fileprivate var droppingTrailingSpaces: String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
