/// What the engine asks the front end to do. The engine decides; the front
/// end only shows, rings, and writes to disk.
public enum InterviewEffect: Sendable, Equatable {
  /// Text for the transcript area.
  case show(Message)
  /// Ring the terminal bell.
  case bell
  /// Persist the state (after /quit, or when the interview ends).
  case save
  /// The candidate left with /quit: save and exit, resumable.
  case quit
  /// All phases are over: review the checklist, then show the scorecard.
  case finished

  public struct Message: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
      /// The interviewer speaking: openings, answers, follow-ups.
      case interviewer
      /// A phase boundary or a timing notice.
      case notice
      /// Help, hints, the cheat sheet, time left.
      case info
      /// A mistyped command or something refused.
      case warning
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
      self.kind = kind
      self.text = text
    }
  }
}

/// What the status row shows, computed from the state at a moment.
public struct InterviewStatus: Sendable, Equatable {
  public var caseTitle: String
  public var phaseNumber: Int
  public var phaseCount: Int
  public var phaseTitle: String
  /// Negative once a soft phase runs over.
  public var phaseRemaining: Double
  public var totalRemaining: Double
  public var progress: Double
  public var isPaused: Bool
  public var isTimed: Bool
}
