import FoundationEssentials

/// The user's time zone as the core needs it: the offset from UTC at an
/// instant. The shell builds it from the C library (`localtime_r`), because
/// `TimeZone.current` without ICU is always GMT; tests pass fixed offsets or
/// a real zone's rules. Days and streaks are counted in this zone.
package struct LocalTimeZone: Sendable {
  private let offset: @Sendable (Date) -> Int

  /// `offset` gives seconds east of UTC at an instant (DST included).
  package init(offset: @escaping @Sendable (Date) -> Int) {
    self.offset = offset
  }

  package static let utc = LocalTimeZone { _ in 0 }

  package static func fixed(secondsFromGMT seconds: Int) -> LocalTimeZone {
    LocalTimeZone { _ in seconds }
  }

  package func secondsFromGMT(at date: Date) -> Int { offset(date) }

  /// The local calendar day of an instant.
  package func day(of date: Date) -> LocalDay {
    LocalDay(daysSinceEpoch: Self.floorDiv(localSeconds(date), 86400))
  }

  /// Local hour and minute of an instant.
  package func timeOfDay(_ date: Date) -> (hour: Int, minute: Int) {
    let seconds = localSeconds(date) - Self.floorDiv(localSeconds(date), 86400) * 86400
    return (seconds / 3600, seconds / 60 % 60)
  }

  /// "2026-12-07 14:32" in this zone.
  package func minuteText(_ date: Date) -> String {
    let (hour, minute) = timeOfDay(date)
    return "\(day(of: date).isoText) \(LocalDay.two(hour)):\(LocalDay.two(minute))"
  }

  private func localSeconds(_ date: Date) -> Int {
    let seconds = date.timeIntervalSince1970
    guard seconds.isFinite, abs(seconds) < 1e12 else { return 0 }
    return Int(seconds.rounded(.down)) + offset(date)
  }

  private static func floorDiv(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }
}
