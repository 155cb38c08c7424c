/// Everything an interview has accumulated. Codable, so `/quit` can save it
/// and `--resume` can pick up with the time that was left.
package struct InterviewState: Sendable, Equatable, Codable {
  package struct NoteRecord: Sendable, Equatable, Codable {
    package var text: String
    /// Seconds into the phase when it was written.
    package var at: Double
  }

  package struct PhaseRecord: Sendable, Equatable, Codable {
    package var id: String
    package var budget: Double
    package var elapsed: Double = 0
    package var notes: [NoteRecord] = []
    package var hints: [String] = []
    package var followUps: [String] = []
    package var peeked = false
    package var warnedOneMinute = false
    package var announcedTimeUp = false

    package var overtime: Double { max(0, elapsed - budget) }
  }

  package var caseID: String
  package var settings: InterviewSettings
  package var phases: [PhaseRecord]
  package var currentPhase = 0
  package var isPaused = false
  package var isFinished = false
  /// Input ended before the last phase was over: the session stays
  /// resumable even though a scorecard was shown.
  package var endedByInput = false
  /// Fact ids the candidate asked for, in order.
  package var factsAsked: [String] = []
  /// Questions no fact answered, for the report.
  package var unansweredQuestions: [String] = []

  package init(caseID: String, settings: InterviewSettings, phaseIDs: [String], budgets: [Double]) {
    self.caseID = caseID
    self.settings = settings
    self.phases = zip(phaseIDs, budgets).map { PhaseRecord(id: $0, budget: $1) }
  }

  package var current: PhaseRecord? {
    phases.indices.contains(currentPhase) ? phases[currentPhase] : nil
  }

  package var totalBudget: Double { phases.reduce(0) { $0 + $1.budget } }
  package var totalElapsed: Double { phases.reduce(0) { $0 + $1.elapsed } }

  /// The notes as a transcript the scorer reads.
  package var transcript: Transcript {
    var notes: [String: [Note]] = [:]
    for phase in phases {
      notes[phase.id] = phase.notes.map { Note($0.text) }
    }
    return Transcript(notes: notes)
  }
}
