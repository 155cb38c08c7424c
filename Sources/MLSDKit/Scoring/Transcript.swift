/// A candidate's notes, phase by phase, however they were written: typed
/// in an interview or read from a Markdown answer.
public struct Transcript: Sendable, Equatable {
  public var title: String?
  /// Notes per phase id, in the order written.
  public var notes: [String: [Note]]

  public init(title: String? = nil, notes: [String: [Note]] = [:]) {
    self.title = title
    self.notes = notes
  }

  public func notes(for phaseID: String) -> [Note] { notes[phaseID] ?? [] }

  public var allNotes: [Note] { notes.values.flatMap { $0 } }

  public var wordCount: Int {
    allNotes.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
  }
}

/// One line of notes, with where it came from so evidence can point at it.
public struct Note: Sendable, Equatable {
  public var text: String
  /// The line in the source file, when there is one.
  public var line: Int?

  public init(_ text: String, line: Int? = nil) {
    self.text = text
    self.line = line
  }

  public var isQuestion: Bool { text.trimmed().hasSuffix("?") }
}
