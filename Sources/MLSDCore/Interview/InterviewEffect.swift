/// What the engine asks the front end to do. The engine decides; the front
/// end only shows, rings, and writes to disk.
package enum InterviewEffect: Sendable, Equatable {
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

  package struct Message: Sendable, Equatable {
    package enum Kind: String, Sendable, Equatable {
      /// The interviewer speaking: openings, answers, follow-ups.
      case interviewer
      /// A phase boundary or a timing notice.
      case notice
      /// Help, hints, the cheat sheet, time left.
      case info
      /// A mistyped command or something refused.
      case warning
    }

    package var kind: Kind
    package var text: String

    package init(_ kind: Kind, _ text: String) {
      self.kind = kind
      self.text = text
    }
  }
}

/// What the status row shows, computed from the state at a moment.
package struct InterviewStatus: Sendable, Equatable {
  package var caseTitle: String
  package var phaseNumber: Int
  package var phaseCount: Int
  package var phaseTitle: String
  /// Negative once a soft phase runs over.
  package var phaseRemaining: Double
  package var totalRemaining: Double
  package var progress: Double
  package var isPaused: Bool
  package var isTimed: Bool
}
