import Foundation
import Testing

@testable import MLSDCore

@Suite("Progress statistics")
struct ProgressStatsTests {
  static func day(_ number: Int) -> String {
    "2026-11-\(number < 10 ? "0" : "")\(number)T10:00:00Z"
  }

  @Test func averagesAndTrendCompareTheLastFiveWithTheFiveBefore() throws {
    // Clarify scores 10, 20, … 100 over ten days: the last five average 80,
    // the five before 30.
    let records = (1...10).map { day in
      SessionSamples.record(
        at: Self.day(day), total: day * 10, scores: [day * 10, 50, 50, 50])
    }
    let stats = ProgressStats(records: records.shuffled(), phaseIDs: SessionSamples.phaseIDs)
    let clarify = try #require(stats.phases.first)
    #expect(clarify.sessions == 10)
    #expect(clarify.average == 55)
    #expect(clarify.trend == 50)
    #expect(stats.phases[1].trend == 0)
    #expect(stats.totals.map(\.total) == Array(stride(from: 10, through: 100, by: 10)))
  }

  @Test func aTrendNeedsSessionsBeforeTheLastFive() {
    let records = (1...5).map { SessionSamples.record(at: Self.day($0)) }
    let stats = ProgressStats(records: records, phaseIDs: SessionSamples.phaseIDs)
    #expect(stats.phases.allSatisfy { $0.trend == nil })
    #expect(stats.phases.allSatisfy { $0.average == 60 })
  }

  @Test func emptyAndPartialSessionsAreCountedButNotScored() {
    let records = [
      SessionSamples.record(at: Self.day(1), total: 40),
      SessionSamples.record(at: Self.day(2), total: 0, notes: [[], [], [], []]),
      SessionSamples.record(at: Self.day(3), total: 10, status: .inProgress),
    ]
    let stats = ProgressStats(records: records, phaseIDs: SessionSamples.phaseIDs)
    #expect(stats.completed == 1)
    #expect(stats.empty == 1)
    #expect(stats.partial == 1)
    #expect(stats.totals.map(\.total) == [40])
  }

  @Test func overrunsAndBestTotalsPerCase() {
    let records = [
      SessionSamples.record("news-feed", at: Self.day(1), total: 50, elapsed: [360, 400, 0, 0]),
      SessionSamples.record("news-feed", at: Self.day(2), total: 70, elapsed: [420, 0, 0, 0]),
      SessionSamples.record("visual-search", at: Self.day(3), total: 65),
    ]
    let stats = ProgressStats(records: records, phaseIDs: SessionSamples.phaseIDs)
    #expect(stats.phases[0].overruns == 2)
    #expect(stats.phases[0].averageOverrun == 90)
    #expect(stats.phases[1].overruns == 0)
    #expect(stats.bestByCase.map(\.caseID) == ["news-feed", "visual-search"])
    #expect(stats.bestByCase.first?.best == 70)
    #expect(stats.bestByCase.first?.sessions == 2)
  }

  @Test func theItemsMissedMostOftenComeFirst() {
    let records = [
      SessionSamples.record(at: Self.day(1), missed: ["a", "b", "fw-clarify-scale"]),
      SessionSamples.record("news-feed", at: Self.day(2), missed: ["a", "fw-clarify-scale"]),
      SessionSamples.record(at: Self.day(3), missed: ["a"]),
    ]
    let stats = ProgressStats(records: records, phaseIDs: SessionSamples.phaseIDs)
    #expect(stats.mostMissed.first == .init(itemID: "fw-clarify-scale", caseID: nil, count: 2))
    #expect(stats.mostMissed.contains(.init(itemID: "a", caseID: "visual-search", count: 2)))
    #expect(stats.mostMissed.contains(.init(itemID: "a", caseID: "news-feed", count: 1)))
  }
}

@Suite("Practice calendar and streaks")
struct PracticeCalendarTests {
  @Test func aStreakRunsAcrossTheEndOfAMonthAndAYear() {
    let days = Set(
      [(2025, 12, 30), (2025, 12, 31), (2026, 1, 1), (2026, 1, 2)].map {
        LocalDay(year: $0.0, month: $0.1, day: $0.2)
      })
    let calendar = PracticeCalendar(days: days, today: LocalDay(year: 2026, month: 1, day: 2))
    #expect(calendar.currentStreak == 4)
    #expect(calendar.longestStreak == 4)
    let february = Set(
      [(2028, 2, 28), (2028, 2, 29), (2028, 3, 1)].map {
        LocalDay(year: $0.0, month: $0.1, day: $0.2)
      })
    #expect(
      PracticeCalendar(days: february, today: LocalDay(year: 2028, month: 3, day: 1)).currentStreak
        == 3)
  }

  @Test func aStreakThatEndedYesterdayIsStillAliveButNotTheDayBefore() {
    let days = Set([
      LocalDay(year: 2026, month: 3, day: 30), LocalDay(year: 2026, month: 3, day: 31),
    ])
    #expect(
      PracticeCalendar(days: days, today: LocalDay(year: 2026, month: 4, day: 1)).currentStreak == 2
    )
    #expect(
      PracticeCalendar(days: days, today: LocalDay(year: 2026, month: 4, day: 2)).currentStreak == 0
    )
  }

  @Test func daysAreCountedInTheUsersTimeZone() {
    // 03:30 UTC on 1 December is still 30 November in New York (UTC−5) and
    // already 1 December in Tokyo.
    let records = [
      SessionSamples.record(at: "2026-11-30T03:30:00Z"),
      SessionSamples.record(at: "2026-12-01T03:30:00Z"),
    ]
    let now = SessionSamples.date("2026-12-01T12:00:00Z")
    let newYork = PracticeCalendar(
      records: records, now: now, timeZone: .fixed(secondsFromGMT: -5 * 3600))
    #expect(
      newYork.days == [
        LocalDay(year: 2026, month: 11, day: 29), LocalDay(year: 2026, month: 11, day: 30),
      ])
    #expect(newYork.today == LocalDay(year: 2026, month: 12, day: 1))
    #expect(newYork.currentStreak == 2)
    let tokyo = PracticeCalendar(
      records: records, now: now, timeZone: .fixed(secondsFromGMT: 9 * 3600))
    #expect(
      tokyo.days == [
        LocalDay(year: 2026, month: 11, day: 30), LocalDay(year: 2026, month: 12, day: 1),
      ])
    #expect(tokyo.currentStreak == 2)
    let utc = PracticeCalendar(records: records, now: now, timeZone: .utc)
    #expect(
      utc.days == [
        LocalDay(year: 2026, month: 11, day: 30), LocalDay(year: 2026, month: 12, day: 1),
      ])
  }

  @Test func daylightSavingTimeMovesTheDayBoundary() throws {
    let zone = try #require(TimeZone(identifier: "America/New_York"))
    let local = LocalTimeZone { zone.secondsFromGMT(for: $0) }
    // 23:30 local on the night clocks go back (UTC−4 before, UTC−5 after).
    #expect(
      local.day(of: SessionSamples.date("2026-11-01T03:30:00Z"))
        == LocalDay(year: 2026, month: 10, day: 31))
    #expect(
      local.day(of: SessionSamples.date("2026-11-02T04:30:00Z"))
        == LocalDay(year: 2026, month: 11, day: 1))
    #expect(local.minuteText(SessionSamples.date("2026-07-04T16:05:00Z")) == "2026-07-04 12:05")
  }

  @Test func weeksEndWithTodayAndStartOnMonday() {
    let today = LocalDay(year: 2026, month: 12, day: 9)  // a Wednesday
    let weeks = PracticeCalendar(days: [], today: today).weeks(2)
    #expect(weeks.count == 2)
    #expect(weeks[1][0] == LocalDay(year: 2026, month: 12, day: 7))
    #expect(weeks[1][2] == today)
    #expect(weeks[1][3] == nil)
    #expect(weeks[0][0] == LocalDay(year: 2026, month: 11, day: 30))
  }

  @Test func civilDatesRoundTrip() {
    for days in stride(from: -800_000, through: 800_000, by: 997) {
      let (year, month, day) = LocalDay.civil(daysSinceEpoch: days)
      #expect(LocalDay.days(year: year, month: month, day: day) == days)
    }
    #expect(LocalDay(year: 1970, month: 1, day: 1).weekdayFromMonday == 3)
  }
}
