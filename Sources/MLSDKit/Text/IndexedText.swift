/// Lines of text (a candidate's notes, a question) prepared for fast phrase
/// lookups: every token of every form of every line, indexed by term.
struct IndexedText {
  struct Hit: Equatable {
    var line: Int
    var negated: Bool
  }

  private struct Occurrence {
    var line: Int
    var form: Int
    var position: Int
  }

  let lines: [String]
  private var sequences: [[[String]]] = []
  private var negated: [[[Bool]]] = []
  private var index: [String: [Occurrence]] = [:]

  /// Words of at most this many extra words may sit between a phrase's words.
  static let maxGap = 2

  /// `vocabulary` lets long misspelt words snap to the phrase word they
  /// were meant to be ("embedings", "retrian").
  init(lines: [String], vocabulary: Vocabulary = .empty) {
    self.lines = lines
    var cache: [String: String] = [:]
    var corrections: [String: String] = [:]
    for (lineIndex, line) in lines.enumerated() {
      var tokens = Tokenizer.tokens(line, cache: &cache)
      for position in tokens.indices where !tokens[position].isBoundary {
        let term = tokens[position].term
        if let corrected = corrections[term] {
          tokens[position].term = corrected
        } else if let corrected = vocabulary.correction(for: term) {
          corrections[term] = corrected
          tokens[position].term = corrected
        } else {
          corrections[term] = term
        }
      }
      let forms = [tokens, AbbreviationForms.collapse(tokens), AbbreviationForms.expand(tokens)]
      var lineSequences: [[String]] = []
      var lineNegated: [[Bool]] = []
      for (formIndex, form) in forms.enumerated() {
        if formIndex > 0 && form == tokens { continue }
        let terms = form.map(\.term)
        lineSequences.append(terms)
        lineNegated.append(Self.negationScope(form))
        for (position, term) in terms.enumerated() where term != Tokenizer.boundary {
          index[term, default: []].append(
            Occurrence(line: lineIndex, form: lineSequences.count - 1, position: position))
        }
      }
      sequences.append(lineSequences)
      negated.append(lineNegated)
    }
  }

  /// Every line where the phrase occurs, once per line.
  func hits(_ phrase: Phrase) -> [Hit] {
    var result: [Hit] = []
    var seenLines = Set<Int>()
    for form in phrase.forms {
      guard let first = form.first, let occurrences = index[first] else { continue }
      for occurrence in occurrences where !seenLines.contains(occurrence.line) {
        let sequence = sequences[occurrence.line][occurrence.form]
        if matches(form, in: sequence, from: occurrence.position) {
          seenLines.insert(occurrence.line)
          result.append(
            Hit(
              line: occurrence.line,
              negated: negated[occurrence.line][occurrence.form][occurrence.position]))
        }
      }
    }
    return result.sorted { $0.line < $1.line }
  }

  /// Whether any non-negated hit exists.
  func contains(_ phrase: Phrase) -> Bool {
    hits(phrase).contains { !$0.negated }
  }

  /// Distinct terms in the text (boundaries excluded).
  var termCount: Int { index.count }

  func terms(ofLine line: Int) -> [String] {
    sequences[line].first?.filter { $0 != Tokenizer.boundary } ?? []
  }

  private func matches(_ form: [String], in sequence: [String], from start: Int) -> Bool {
    var position = start
    for term in form.dropFirst() {
      var found = false
      var next = position + 1
      while next < sequence.count && next <= position + 1 + Self.maxGap {
        if sequence[next] == Tokenizer.boundary { break }
        if sequence[next] == term {
          found = true
          break
        }
        next += 1
      }
      guard found else { return false }
      position = next
    }
    return true
  }

  /// A token is negated when a negator precedes it by at most three words
  /// in the same clause, unless "only"/"just" follows the negator.
  private static func negationScope(_ tokens: [Tokenizer.Token]) -> [Bool] {
    var result = [Bool](repeating: false, count: tokens.count)
    var remaining = 0
    for (position, token) in tokens.enumerated() {
      if token.isBoundary {
        remaining = 0
        continue
      }
      if token.isNegator {
        remaining = 3
        continue
      }
      if token.cancelsNegation {
        remaining = 0
        continue
      }
      if remaining > 0 {
        result[position] = true
        remaining -= 1
      }
    }
    return result
  }
}

/// The words that phrases use, so a long misspelt word in a note can be
/// corrected to the one it was meant to be.
struct Vocabulary {
  private var terms: Set<String> = []
  private var byLength: [Int: [String]] = [:]

  static let empty = Vocabulary(phrases: [])

  init(phrases: [Phrase]) {
    for phrase in phrases {
      for form in phrase.forms {
        for term in form where term.count >= Self.minimumLength - 1 {
          if terms.insert(term).inserted {
            byLength[term.count, default: []].append(term)
          }
        }
      }
    }
  }

  /// Words shorter than this are not corrected: too many real words sit one
  /// edit apart ("rank", "bank").
  static let minimumLength = 7

  /// Real words one edit from an ML word: never "corrected" ("consent" is
  /// not a typo for "content").
  static let realWords: Set<String> = [
    "consent", "commut", "context", "contest", "nightli", "explor", "quantil", "quantiz", "rather",
    "convert", "concert", "corpor", "cluster", "custom", "contract", "protect", "project",
    "predat", "traine", "triag", "ration", "station", "nation", "lotteri",
  ]

  func correction(for term: String) -> String? {
    guard term.count >= Self.minimumLength, !terms.contains(term),
      term.first?.isLetter == true, !Self.realWords.contains(term)
    else { return nil }
    let length = term.count
    for candidateLength in [length, length - 1, length + 1] {
      for candidate in byLength[candidateLength] ?? []
      where candidate.first == term.first && EditDistance.isWithinOne(term, candidate) {
        return candidate
      }
    }
    return nil
  }
}

enum EditDistance {
  /// Optimal-string-alignment distance of at most one: one insertion,
  /// deletion, substitution or swap of neighbours ("retrian" → "retrain").
  static func isWithinOne(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if x == y { return true }
    if abs(x.count - y.count) > 1 { return false }
    var i = 0
    while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
    if x.count == y.count {
      if Array(x[(i + 1)...]) == Array(y[(i + 1)...]) { return true }
      return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i]
        && Array(x[(i + 2)...]) == Array(y[(i + 2)...])
    }
    let (longer, shorter) = x.count > y.count ? (x, y) : (y, x)
    return Array(longer[(i + 1)...]) == Array(shorter[i...])
  }
}
