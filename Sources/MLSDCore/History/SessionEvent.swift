import FoundationEssentials

/// One change to a session small enough to append to its journal instead of
/// rewriting the session: a note, a fact asked for, a question nobody could
/// answer, or the time spent in a phase. Each is one JSON line on disk.
package enum SessionEvent: Sendable, Equatable {
  /// A note typed in phase `phase` (an index), `at` seconds into it.
  case note(phase: Int, text: String, at: Double)
  case fact(id: String)
  case question(text: String)
  /// The phase's elapsed seconds, when time passed without a note.
  case elapsed(phase: Int, seconds: Double)
}

/// A journal line: the event, its sequence number (so a checkpoint can say
/// which events it already holds) and when it happened.
package struct JournalEntry: Sendable, Equatable, Codable {
  package var sequence: Int
  package var time: Date
  package var event: SessionEvent

  package init(sequence: Int, time: Date, event: SessionEvent) {
    self.sequence = sequence
    self.time = time
    self.event = event
  }

  private enum CodingKeys: String, CodingKey {
    case sequence = "seq", time = "t", kind, phase, text, at, id, seconds
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    sequence = try container.decode(Int.self, forKey: .sequence)
    time = Date(timeIntervalSince1970: try container.decode(Double.self, forKey: .time))
    let kind = try container.decode(String.self, forKey: .kind)
    switch kind {
    case "note":
      event = .note(
        phase: try container.decode(Int.self, forKey: .phase),
        text: try container.decode(String.self, forKey: .text),
        at: try container.decode(Double.self, forKey: .at))
    case "fact":
      event = .fact(id: try container.decode(String.self, forKey: .id))
    case "question":
      event = .question(text: try container.decode(String.self, forKey: .text))
    case "elapsed":
      event = .elapsed(
        phase: try container.decode(Int.self, forKey: .phase),
        seconds: try container.decode(Double.self, forKey: .seconds))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container, debugDescription: "unknown event '\(kind)'")
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sequence, forKey: .sequence)
    try container.encode(time.timeIntervalSince1970, forKey: .time)
    switch event {
    case .note(let phase, let text, let at):
      try container.encode("note", forKey: .kind)
      try container.encode(phase, forKey: .phase)
      try container.encode(text, forKey: .text)
      try container.encode(at, forKey: .at)
    case .fact(let id):
      try container.encode("fact", forKey: .kind)
      try container.encode(id, forKey: .id)
    case .question(let text):
      try container.encode("question", forKey: .kind)
      try container.encode(text, forKey: .text)
    case .elapsed(let phase, let seconds):
      try container.encode("elapsed", forKey: .kind)
      try container.encode(phase, forKey: .phase)
      try container.encode(seconds, forKey: .seconds)
    }
  }
}
