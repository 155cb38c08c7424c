/// A candidate's notes, phase by phase, however they were written: typed
/// in an interview or read from a Markdown answer.
package struct Transcript: Sendable, Equatable {
  package var title: String?
  /// Notes per phase id, in the order written.
  package var notes: [String: [Note]]

  package init(title: String? = nil, notes: [String: [Note]] = [:]) {
    self.title = title
    self.notes = notes
  }

  package func notes(for phaseID: String) -> [Note] { notes[phaseID] ?? [] }

  package var allNotes: [Note] { notes.values.flatMap { $0 } }

  package var wordCount: Int {
    allNotes.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
  }
}

/// One line of notes, with where it came from so evidence can point at it.
package struct Note: Sendable, Equatable {
  package var text: String
  /// The line in the source file, when there is one.
  package var line: Int?

  package init(_ text: String, line: Int? = nil) {
    self.text = text
    self.line = line
  }

  package var isQuestion: Bool { text.trimmed().hasSuffix("?") }
}
