/// Reads the Markdown answer format of `mlsd score`: an optional `# title`,
/// then one `## ` heading per phase naming it by id or title.
package enum TranscriptParser {
  package enum ParseError: Error, Equatable, CustomStringConvertible {
    case empty
    case notUTF8
    case unknownHeading(String, line: Int, known: [String])
    case notesBeforeFirstHeading(line: Int)
    case noPhaseHeadings

    package var description: String {
      switch self {
      case .empty: "the transcript is empty"
      case .notUTF8: "the transcript is not UTF-8 text"
      case .unknownHeading(let heading, let line, let known):
        "line \(line): unknown phase heading '## \(heading)' (expected one of: \(known.joined(separator: ", ")))"
      case .notesBeforeFirstHeading(let line):
        "line \(line): notes before the first '## ' phase heading"
      case .noPhaseHeadings:
        "no '## ' phase headings found (write e.g. '## Clarify requirements' above each phase's notes)"
      }
    }
  }

  package static func parse(bytes: [UInt8], framework: Framework) throws(ParseError) -> Transcript {
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
    return try parse(text, framework: framework)
  }

  package static func parse(_ text: String, framework: Framework) throws(ParseError) -> Transcript {
    if text.allSatisfy(\.isWhitespace) { throw .empty }
    var transcript = Transcript()
    var current: String?
    var sawHeading = false
    var inCodeFence = false
    for (offset, rawLine) in Self.lines(of: text).enumerated() {
      let lineNumber = offset + 1
      let line = TerminalSafeText.cleanLine(rawLine).trimmed()
      if line.hasPrefix("```") {
        inCodeFence.toggle()
        continue
      }
      if line.isEmpty { continue }
      if !inCodeFence && line.hasPrefix("## ") && !line.hasPrefix("### ") {
        let heading = String(line.dropFirst(3)).trimmed()
        guard let phase = phase(forHeading: heading, in: framework) else {
          throw .unknownHeading(
            heading, line: lineNumber,
            known: framework.phases.map(\.title) + framework.phases.map(\.id))
        }
        current = phase.id
        sawHeading = true
        if transcript.notes[phase.id] == nil { transcript.notes[phase.id] = [] }
        continue
      }
      if !inCodeFence && !sawHeading && line.hasPrefix("# ") && transcript.title == nil {
        transcript.title = String(line.dropFirst(2)).trimmed()
        continue
      }
      guard let phaseID = current else { throw .notesBeforeFirstHeading(line: lineNumber) }
      let note = stripListMarker(line)
      if !note.isEmpty {
        transcript.notes[phaseID, default: []].append(Note(note, line: lineNumber))
      }
    }
    if !sawHeading { throw .noPhaseHeadings }
    return transcript
  }

  /// The lines of `text`, cut where `Character.isNewline` cuts them: LF,
  /// CRLF and a lone CR, and VT, FF, NEL, LS and PS ("\r\n" is one
  /// Character, so splitting on "\n" alone would leave a CRLF file in one
  /// piece). Cut on bytes, in one pass: a line break is always a character
  /// of its own, so no break sits inside another character.
  static func lines(of text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      var index = 0
      func cut(length: Int) {
        lines.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        index += length
        start = index
      }
      while index < bytes.count {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C:
          cut(length: 1)
        case 0x0D:
          cut(length: index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1)
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
          cut(length: 2)
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          cut(length: 3)
        default:
          index += 1
        }
      }
      lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return lines
    }
  }

  /// Accepts "Clarify requirements", "clarify", "1. Clarify requirements",
  /// "Clarify requirements (5 min)" and the like.
  static func phase(forHeading heading: String, in framework: Framework) -> Phase? {
    if let phase = framework.phase(named: heading) { return phase }
    var cleaned = heading
    if let parenthesis = cleaned.firstIndex(of: "(") {
      cleaned = String(cleaned[..<parenthesis])
    }
    cleaned = String(cleaned.drop { $0.isNumber || $0 == "." || $0 == ")" || $0 == " " })
    for separator in [" — ", " - ", ": "] {
      if let part = cleaned.split(separator: separator, maxSplits: 1).first {
        cleaned = String(part)
      }
    }
    return framework.phase(named: cleaned.trimmed())
  }

  /// "- note", "* note", "+ note", "1. note", "[ ] note" → "note".
  static func stripListMarker(_ line: String) -> String {
    var line = line
    if let start = line.withUTF8(Self.listMarkerEnd) {
      return start == 0 ? line.trimmed() : String(Substring(line.utf8.dropFirst(start))).trimmed()
    }
    return stripListMarkerByCharacters(line)
  }

  /// Where the text after the list marker starts, read from the bytes: the
  /// same as reading characters whenever each byte looked at, and the one
  /// after the marker, is ASCII (an ASCII byte followed by an ASCII byte is
  /// a whole character). Nil when that does not hold, for the character
  /// path to decide. Every note of an answer passes here, and walking its
  /// first characters cost more than the rest of parsing it.
  private static func listMarkerEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    func isASCII(at index: Int) -> Bool { index >= bytes.count || bytes[index] < 0x80 }
    var start = 0
    guard let first = bytes.first else { return 0 }
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      if bytes.count >= 2 && bytes[1] == UInt8(ascii: " ") {
        guard isASCII(at: 2) else { return nil }
        start = 2
      }
    } else if bytes.holds("• ", at: 0) {
      guard isASCII(at: 4) else { return nil }
      start = 4
    } else if first >= 0x80 {
      return nil
    } else {
      var digits = 0
      while digits < bytes.count, bytes[digits] >= UInt8(ascii: "0"),
        bytes[digits] <= UInt8(ascii: "9")
      {
        digits += 1
      }
      guard isASCII(at: digits) else { return nil }
      if digits > 0 && digits <= 3
        && (bytes.holds(". ", at: digits) || bytes.holds(") ", at: digits))
      {
        guard isASCII(at: digits + 2) else { return nil }
        start = digits + 2
      }
    }
    if bytes.holds("[ ] ", at: start) || bytes.holds("[x] ", at: start) {
      guard isASCII(at: start + 4) else { return nil }
      start += 4
    }
    return start
  }

  /// `stripListMarker` by characters, for lines the bytes cannot decide.
  static func stripListMarkerByCharacters(_ line: String) -> String {
    var text = Substring(line)
    if let first = text.first, "-*+•".contains(first), text.dropFirst().first == " " {
      text = text.dropFirst(2)
    } else {
      let digits = text.prefix { $0.isNumber }
      if !digits.isEmpty, digits.count <= 3 {
        let rest = text.dropFirst(digits.count)
        if rest.hasPrefix(". ") || rest.hasPrefix(") ") { text = rest.dropFirst(2) }
      }
    }
    if text.hasPrefix("[ ] ") || text.hasPrefix("[x] ") { text = text.dropFirst(4) }
    return String(text).trimmed()
  }
}
