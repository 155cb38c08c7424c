import Foundation

@testable import MLSDCore

/// Sessions built in code for the history arithmetic tests.
enum SessionSamples {
  static let phaseIDs = ["clarify", "metrics", "architecture", "deployment"]
  static let budgets = [300.0, 480, 1320, 600]

  static func date(_ text: String) -> Date {
    (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
  }

  static func state(
    caseID: String = "visual-search", notes: [[String]] = [["a note"], [], [], []],
    elapsed: [Double] = [0, 0, 0, 0], currentPhase: Int = 0
  ) -> InterviewState {
    var state = InterviewState(
      caseID: caseID, settings: InterviewSettings(totalMinutes: 45), phaseIDs: phaseIDs,
      budgets: budgets)
    for index in state.phases.indices {
      state.phases[index].notes =
        notes.indices.contains(index)
        ? notes[index].map { .init(text: $0, at: 1) } : []
      state.phases[index].elapsed = elapsed.indices.contains(index) ? elapsed[index] : 0
    }
    state.currentPhase = currentPhase
    return state
  }

  static func record(
    _ caseID: String = "visual-search", at start: String = "2026-12-07T14:32:00Z",
    total: Int? = 60, scores: [Int] = [60, 60, 60, 60], missed: [String] = [],
    notes: [[String]] = [["a note"], [], [], []], elapsed: [Double] = [0, 0, 0, 0],
    status: SessionRecord.Status = .completed, currentPhase: Int = 3, id: String? = nil
  ) -> SessionRecord {
    let started = date(start)
    var record = SessionRecord(
      id: id ?? "\(start.prefix(19).replacingOccurrences(of: ":", with: ""))-\(caseID)",
      caseID: caseID, caseTitle: caseID.capitalized, startedAt: started, updatedAt: started,
      status: status,
      state: state(caseID: caseID, notes: notes, elapsed: elapsed, currentPhase: currentPhase))
    if let total {
      record.result = .init(
        total: total, verdict: Verdict(total: total).rawValue,
        phaseScores: Dictionary(uniqueKeysWithValues: zip(phaseIDs, scores)),
        missedItems: missed)
    }
    return record
  }
}
