/// Chooses what to practise: the case practised least, then the one scored
/// worst, so weak spots get the time.
package enum CasePicker {
  /// `roll` picks among equally deserving cases (random at the edge,
  /// fixed in tests).
  package static func pick(
    from caseIDs: [String], history: [SessionRecord], roll: (Int) -> Int
  ) -> String? {
    guard !caseIDs.isEmpty else { return nil }
    var attempts: [String: Int] = [:]
    var best: [String: Int] = [:]
    for session in history where session.status == .completed {
      attempts[session.caseID, default: 0] += 1
      if let total = session.result?.total {
        best[session.caseID] = max(best[session.caseID] ?? 0, total)
      }
    }
    let ranked = caseIDs.map { id in (id, attempts[id] ?? 0, best[id] ?? 0) }
    guard let fewest = ranked.map(\.1).min() else { return nil }
    let leastPractised = ranked.filter { $0.1 == fewest }
    guard let worst = leastPractised.map(\.2).min() else { return nil }
    let candidates = leastPractised.filter { $0.2 == worst }.map(\.0)
    let index = roll(candidates.count)
    return candidates[max(0, min(candidates.count - 1, index))]
  }
}
