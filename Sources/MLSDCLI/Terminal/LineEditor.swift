import MLSDCore

/// The line being typed, with a cursor: pure editing logic, no terminal.
struct LineEditor: Equatable {
  private(set) var characters: [Character] = []
  private(set) var cursor = 0
  private var history: [String] = []
  private var historyIndex: Int?

  var text: String { String(characters) }

  enum Outcome: Equatable {
    case edited
    case submitted(String)
    case interrupt
    case endOfInput
    case redraw
  }

  mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .text(let string):
      let inserted = Array(string)
      characters.insert(contentsOf: inserted, at: cursor)
      cursor += inserted.count
    case .enter:
      let line = text
      if !line.trimmed().isEmpty { history.append(line) }
      historyIndex = nil
      characters.removeAll()
      cursor = 0
      return .submitted(line)
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = characters.count
    case .clearLine:
      characters.removeFirst(cursor)
      cursor = 0
    case .killToEnd:
      characters.removeLast(characters.count - cursor)
    case .deleteWord:
      var start = cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .up:
      guard !history.isEmpty else { break }
      let index = max(0, (historyIndex ?? history.count) - 1)
      historyIndex = index
      set(history[index])
    case .down:
      guard let index = historyIndex else { break }
      if index + 1 < history.count {
        historyIndex = index + 1
        set(history[index + 1])
      } else {
        historyIndex = nil
        set("")
      }
    case .interrupt: return .interrupt
    case .endOfInput:
      if characters.isEmpty { return .endOfInput }
      if cursor < characters.count { characters.remove(at: cursor) }
    case .redraw: return .redraw
    }
    return .edited
  }

  private mutating func set(_ line: String) {
    characters = Array(line)
    cursor = characters.count
  }

  /// The part of the line that fits `width` columns, scrolled to keep the
  /// cursor visible, and the cursor's column within it.
  func visible(width: Int) -> (text: String, cursorColumn: Int) {
    let width = max(4, width)
    var start = 0
    func columns(_ range: Range<Int>) -> Int {
      characters[range].reduce(0) { $0 + DisplayWidth.of(String($1)) }
    }
    while start < cursor && columns(start..<cursor) >= width { start += 1 }
    var end = start
    var used = 0
    while end < characters.count {
      let next = DisplayWidth.of(String(characters[end]))
      if used + next > width { break }
      used += next
      end += 1
    }
    return (String(characters[start..<end]), columns(start..<cursor))
  }
}
