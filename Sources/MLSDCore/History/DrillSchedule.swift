import FoundationEssentials

// Spaced repetition by Leitner boxes, chosen over SM-2 because a candidate
// can read it: each card sits in a box from 1 to 6 (a new card counts as
// box 1), and box b comes back
// after 2^(b-1) days (1, 2, 4, 8, 16, 32). "Good" moves a card up one box,
// "easy" two; "hard" keeps it where it is and brings it back in half the
// box's time; "again" sends it to box 1 and back in ten minutes, so a card
// you could not recall returns in the next drill. A card never seen is due
// at once. Dates come in as parameters: the schedule never reads a clock.

/// How well the candidate recalled a card.
package enum DrillGrade: String, Sendable, CaseIterable, Codable {
  case again, hard, good, easy

  /// "a", "again", "1" … "e", "easy", "4"; nil for anything else.
  package init?(answer: String) {
    let text = answer.trimmed().lowercased()
    for (index, grade) in Self.allCases.enumerated()
    where text == grade.rawValue || text == String(grade.rawValue.prefix(1))
      || text == String(index + 1)
    {
      self = grade
      return
    }
    return nil
  }
}

/// Where a card stands.
package struct DrillCardState: Sendable, Equatable, Codable {
  package var box: Int
  package var due: Date
  package var reviews: Int
  package var lapses: Int
  package var lastGrade: DrillGrade?

  package init(box: Int, due: Date, reviews: Int = 0, lapses: Int = 0, lastGrade: DrillGrade? = nil)
  {
    self.box = box
    self.due = due
    self.reviews = reviews
    self.lapses = lapses
    self.lastGrade = lastGrade
  }
}

/// Every card's state, saved as `drill.json` in the data folder.
package struct DrillSchedule: Sendable, Equatable, Codable {
  package static let currentFormatVersion = 1
  package static let boxes = 1...6
  static let day = 86400.0
  static let againDelay = 600.0

  package var formatVersion = DrillSchedule.currentFormatVersion
  package var cards: [String: DrillCardState] = [:]

  package init(cards: [String: DrillCardState] = [:]) {
    self.cards = cards
  }

  /// Days until a card in `box` comes back.
  package static func interval(box: Int) -> Double {
    let clamped = min(max(box, Self.boxes.lowerBound), Self.boxes.upperBound)
    return Double(1 << (clamped - 1)) * day
  }

  package func isDue(_ cardID: String, now: Date) -> Bool {
    guard let state = cards[cardID] else { return true }
    return state.due <= now
  }

  /// Records a review of `cardID` graded `grade` at `now`.
  package mutating func review(_ cardID: String, grade: DrillGrade, now: Date) {
    var state = cards[cardID] ?? DrillCardState(box: 0, due: now)
    let box = max(state.box, Self.boxes.lowerBound)
    switch grade {
    case .again:
      state.box = Self.boxes.lowerBound
      state.due = now.addingTimeInterval(Self.againDelay)
      if state.reviews > 0 { state.lapses += 1 }
    case .hard:
      state.box = box
      state.due = now.addingTimeInterval(Self.interval(box: box) / 2)
    case .good:
      state.box = min(box + 1, Self.boxes.upperBound)
      state.due = now.addingTimeInterval(Self.interval(box: state.box))
    case .easy:
      state.box = min(box + 2, Self.boxes.upperBound)
      state.due = now.addingTimeInterval(Self.interval(box: state.box))
    }
    state.reviews += 1
    state.lastGrade = grade
    cards[cardID] = state
  }

  /// Why a decoded schedule cannot be used; empty when it can.
  package var problems: [String] {
    var problems: [String] = []
    if formatVersion > Self.currentFormatVersion {
      problems.append(
        "written by a newer mlsd (format \(formatVersion); this one reads up to \(Self.currentFormatVersion))"
      )
    }
    for (id, state) in cards.sorted(by: { $0.key < $1.key }) {
      if !(0...Self.boxes.upperBound).contains(state.box)
        || !state.due.timeIntervalSince1970.isFinite
        || state.reviews < 0 || state.lapses < 0
      {
        problems.append("card '\(id)' has values out of range")
        break
      }
    }
    return problems
  }
}
