/// Chooses what to practise: the case practised least, then the one scored
/// worst, so weak spots get the time. Sessions without notes are not
/// practice and do not count.
package enum CasePicker {
  /// `roll(n)` picks an index below `n` among equally deserving cases
  /// (random at the edge, fixed in tests).
  package static func pick(
    from caseIDs: [String], history: [SessionRecord], roll: (Int) -> Int
  ) -> String? {
    guard !caseIDs.isEmpty else { return nil }
    var attempts: [String: Int] = [:]
    var best: [String: Int] = [:]
    for session in history where session.isPractice {
      attempts[session.caseID, default: 0] += 1
      if session.isComplete, let total = session.result?.total {
        best[session.caseID] = max(best[session.caseID] ?? 0, total)
      }
    }
    let ranked = caseIDs.map { id in (id: id, attempts: attempts[id] ?? 0, best: best[id] ?? 0) }
    guard let fewest = ranked.map(\.attempts).min() else { return nil }
    let leastPractised = ranked.filter { $0.attempts == fewest }
    guard let worst = leastPractised.map(\.best).min() else { return nil }
    let candidates = leastPractised.filter { $0.best == worst }.map(\.id)
    let index = roll(candidates.count)
    return candidates[max(0, min(candidates.count - 1, index))]
  }
}
