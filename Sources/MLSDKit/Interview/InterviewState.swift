/// Everything an interview has accumulated. Codable, so `/quit` can save it
/// and `--resume` can pick up with the time that was left.
public struct InterviewState: Sendable, Equatable, Codable {
  public struct NoteRecord: Sendable, Equatable, Codable {
    public var text: String
    /// Seconds into the phase when it was written.
    public var at: Double
  }

  public struct PhaseRecord: Sendable, Equatable, Codable {
    public var id: String
    public var budget: Double
    public var elapsed: Double = 0
    public var notes: [NoteRecord] = []
    public var hints: [String] = []
    public var followUps: [String] = []
    public var peeked = false
    public var warnedOneMinute = false
    public var announcedTimeUp = false

    public var overtime: Double { max(0, elapsed - budget) }
  }

  public var caseID: String
  public var settings: InterviewSettings
  public var phases: [PhaseRecord]
  public var currentPhase = 0
  public var isPaused = false
  public var isFinished = false
  /// Input ended before the last phase was over: the session stays
  /// resumable even though a scorecard was shown.
  public var endedByInput = false
  /// Fact ids the candidate asked for, in order.
  public var factsAsked: [String] = []
  /// Questions no fact answered, for the report.
  public var unansweredQuestions: [String] = []

  public init(caseID: String, settings: InterviewSettings, phaseIDs: [String], budgets: [Double]) {
    self.caseID = caseID
    self.settings = settings
    self.phases = zip(phaseIDs, budgets).map { PhaseRecord(id: $0, budget: $1) }
  }

  public var current: PhaseRecord? {
    phases.indices.contains(currentPhase) ? phases[currentPhase] : nil
  }

  public var totalBudget: Double { phases.reduce(0) { $0 + $1.budget } }
  public var totalElapsed: Double { phases.reduce(0) { $0 + $1.elapsed } }

  /// The notes as a transcript the scorer reads.
  public var transcript: Transcript {
    var notes: [String: [Note]] = [:]
    for phase in phases {
      notes[phase.id] = phase.notes.map { Note($0.text) }
    }
    return Transcript(notes: notes)
  }
}
