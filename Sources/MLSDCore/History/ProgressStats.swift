import FoundationEssentials

/// Progress over many sessions: per phase the average score and its trend,
/// time over budget, the best total per case, the items missed most often,
/// and the totals in order. Finished sessions with notes count; partial and
/// empty ones are only counted.
package struct ProgressStats: Sendable, Equatable {
  package struct PhaseLine: Sendable, Equatable {
    package var phaseID: String
    package var sessions: Int
    package var average: Double?
    /// Average of the last five sessions minus that of the five before;
    /// nil until there are both.
    package var trend: Double?
    /// Sessions that went over this phase's budget, and their mean overrun.
    package var overruns: Int
    package var averageOverrun: Double
  }

  package struct CaseBest: Sendable, Equatable {
    package var caseID: String
    package var caseTitle: String
    package var best: Int
    package var sessions: Int
  }

  package struct MissedItem: Sendable, Equatable {
    package var itemID: String
    /// The case it belongs to, or nil for the framework's generic items.
    package var caseID: String?
    package var count: Int
  }

  package struct TotalPoint: Sendable, Equatable {
    package var date: Date
    package var caseID: String
    package var total: Int
  }

  /// How many sessions form a trend window.
  package static let trendWindow = 5

  package var phases: [PhaseLine]
  package var bestByCase: [CaseBest]
  package var mostMissed: [MissedItem]
  /// Oldest first.
  package var totals: [TotalPoint]
  package var completed: Int
  package var partial: Int
  package var empty: Int

  package init(records: [SessionRecord], phaseIDs: [String], missedLimit: Int = 5) {
    let ordered = records.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    let finished = ordered.filter { $0.isPractice && $0.isComplete && $0.result != nil }
    completed = finished.count
    partial = ordered.filter { $0.isPractice && !$0.isComplete }.count
    empty = ordered.filter { !$0.isPractice }.count

    phases = phaseIDs.map { id in
      let scores = finished.compactMap { $0.result?.phaseScores[id] }.map(Double.init)
      let overruns = finished.compactMap { record in record.overtime[id] }.filter { $0 >= 1 }
      return PhaseLine(
        phaseID: id, sessions: scores.count, average: Self.mean(scores),
        trend: Self.trend(scores), overruns: overruns.count,
        averageOverrun: Self.mean(overruns) ?? 0)
    }

    var best: [String: CaseBest] = [:]
    for record in finished {
      guard let total = record.result?.total else { continue }
      var entry =
        best[record.caseID]
        ?? CaseBest(caseID: record.caseID, caseTitle: record.caseTitle, best: total, sessions: 0)
      entry.best = max(entry.best, total)
      entry.sessions += 1
      best[record.caseID] = entry
    }
    bestByCase = best.values.sorted { ($0.best, $1.caseID) > ($1.best, $0.caseID) }

    var missed: [String: MissedItem] = [:]
    for record in finished {
      for itemID in Set(record.result?.missedItems ?? []) {
        let caseID = itemID.hasPrefix(ChecklistItem.genericPrefix) ? nil : record.caseID
        let key = (caseID ?? "") + "/" + itemID
        missed[key, default: MissedItem(itemID: itemID, caseID: caseID, count: 0)].count += 1
      }
    }
    mostMissed = Array(
      missed.values.sorted {
        ($0.count, $1.caseID ?? "", $1.itemID) > ($1.count, $0.caseID ?? "", $0.itemID)
      }
      .prefix(missedLimit))

    totals = finished.compactMap { record in
      record.result.map {
        TotalPoint(date: record.startedAt, caseID: record.caseID, total: $0.total)
      }
    }
  }

  static func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }

  /// Last `trendWindow` values against the `trendWindow` before them.
  static func trend(_ values: [Double]) -> Double? {
    let recent = values.suffix(trendWindow)
    let before = values.dropLast(recent.count).suffix(trendWindow)
    guard let now = mean(Array(recent)), let then = mean(Array(before)) else { return nil }
    return now - then
  }
}
