/// A calendar day in the user's time zone, counted from 1970-01-01, so that
/// consecutive days differ by one whatever the month or year.
package struct LocalDay: Sendable, Hashable, Comparable {
  package var daysSinceEpoch: Int

  package init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  package init(year: Int, month: Int, day: Int) {
    self.daysSinceEpoch = Self.days(year: year, month: month, day: day)
  }

  package static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
    lhs.daysSinceEpoch < rhs.daysSinceEpoch
  }

  package func adding(days: Int) -> LocalDay { LocalDay(daysSinceEpoch: daysSinceEpoch + days) }

  package var civil: (year: Int, month: Int, day: Int) {
    Self.civil(daysSinceEpoch: daysSinceEpoch)
  }

  /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
  package var weekdayFromMonday: Int {
    let remainder = (daysSinceEpoch + 3) % 7
    return remainder < 0 ? remainder + 7 : remainder
  }

  /// "2026-12-07".
  package var isoText: String {
    let (year, month, day) = civil
    return "\(year)-\(Self.two(month))-\(Self.two(day))"
  }

  static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// Howard Hinnant's days-to-civil: no calendar (and no ICU) needed.
  package static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Civil-to-days, the inverse of `civil(daysSinceEpoch:)`.
  package static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }
}
