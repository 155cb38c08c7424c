import FoundationEssentials

/// Which local days had practice, the streak, and a grid of recent weeks.
/// Days are counted in the user's time zone, so a session at 23:30 counts
/// for that evening, and month and year ends are just the next day.
package struct PracticeCalendar: Sendable, Equatable {
  package var days: Set<LocalDay>
  package var today: LocalDay

  package init(days: Set<LocalDay>, today: LocalDay) {
    self.days = days
    self.today = today
  }

  /// Days on which a session with notes was started.
  package init(records: [SessionRecord], now: Date, timeZone: LocalTimeZone) {
    self.days = Set(records.filter(\.isPractice).map { timeZone.day(of: $0.startedAt) })
    self.today = timeZone.day(of: now)
  }

  /// Consecutive practice days up to today; a streak that ended yesterday
  /// is still alive until today is over.
  package var currentStreak: Int {
    var day = days.contains(today) ? today : today.adding(days: -1)
    var count = 0
    while days.contains(day) {
      count += 1
      day = day.adding(days: -1)
    }
    return count
  }

  package var longestStreak: Int {
    var longest = 0
    for day in days where !days.contains(day.adding(days: -1)) {
      var length = 1
      while days.contains(day.adding(days: length)) { length += 1 }
      longest = max(longest, length)
    }
    return longest
  }

  /// The last `count` weeks, Monday first, oldest first, the last holding
  /// today. Days after today are nil.
  package func weeks(_ count: Int) -> [[LocalDay?]] {
    let thisMonday = today.adding(days: -today.weekdayFromMonday)
    return (0..<max(0, count)).reversed().map { back in
      let monday = thisMonday.adding(days: -7 * back)
      return (0..<7).map { offset in
        let day = monday.adding(days: offset)
        return day > today ? nil : day
      }
    }
  }
}
