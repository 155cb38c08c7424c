/// Lines of text (a candidate's notes, a question) prepared for fast phrase
/// lookups: every token of every form of every line, indexed by term.
struct IndexedText {
  struct Hit: Equatable {
    var line: Int
    var negated: Bool
  }

  let lines: [String]
  /// Per line, per form (as written, abbreviations collapsed, expanded),
  /// the terms by number.
  private var store = FormStore()
  /// Per term number, where it occurs: only terms that start a phrase form.
  private var index = OccurrenceIndex()
  /// Adjacent words written apart, joined and stemmed: "two tower" → "twotow".
  private var joined: [TermID: [(line: Int, negated: Bool)]] = [:]
  /// The vocabulary's table, with a number for every other word when the
  /// vocabulary numbers every word.
  private var table: TermTable

  /// Words of at most this many extra words may sit between a phrase's words.
  static let maxGap = 2

  /// `vocabulary` lets long misspelt words snap to the phrase word they
  /// were meant to be ("embedings", "retrian"), and numbers the terms.
  init(lines: [String], vocabulary: Vocabulary = .empty, lexicon: Lexicon = .empty) {
    self.lines = lines
    self.table = vocabulary.table
    var found: [(term: Int, occurrence: Occurrence)] = []
    let numbersEveryWord = vocabulary.numbersEveryWord
    var cache: [String: String] = [:]
    // Per word as written: its term, number and flags, worked out once.
    var corrections: [String: (term: String, id: TermID, flags: Lexeme.Flags)] = [:]
    var joinableCandidates: [String: [Vocabulary.JoinableWord]] = [:]
    for (lineIndex, line) in lines.enumerated() {
      var tokens = Tokenizer.tokens(line, cache: &cache, known: lexicon)
      for position in tokens.indices where !tokens[position].isBoundary && !tokens[position].isKnown
      {
        let raw = tokens[position].raw
        if let corrected = corrections[raw] {
          tokens[position].term = corrected.term
          tokens[position].id = corrected.id
          tokens[position].flags = corrected.flags
        } else {
          let stem = tokens[position].term
          let stemID = number(stem, everyWord: numbersEveryWord)
          let term = vocabulary.correction(forWord: raw, stem: stem, id: stemID) ?? stem
          let id = term == stem ? stemID : number(term, everyWord: numbersEveryWord)
          let flags = vocabulary.flags(term: term, id: id, raw: raw)
          if !raw.isEmpty { corrections[raw] = (term, id, flags) }
          tokens[position].term = term
          tokens[position].id = id
          tokens[position].flags = flags
        }
      }
      let scope = Tokenizer.negationScope(tokens)
      for position in tokens.indices.dropLast() {
        guard tokens[position].flags.contains(.joinable) else { continue }
        let first = tokens[position].raw
        let second = tokens[position + 1].raw
        guard !first.isEmpty, !second.isEmpty else { continue }
        // Looked up once per distinct word: "real", "two" recur on many lines.
        let candidates: [Vocabulary.JoinableWord]
        if let known = joinableCandidates[first] {
          candidates = known
        } else {
          candidates = vocabulary.joinable(first)
          joinableCandidates[first] = candidates
        }
        guard
          let candidate = candidates.first(where: {
            $0.word.utf8.count <= first.utf8.count + second.utf8.count + 2
              && Self.continues($0.word, after: first.utf8.count, with: second)
          })
        else { continue }
        let word = first + second
        let term: String
        if let cached = lexicon.lookup(word)?.stem ?? cache[word] {
          term = cached
        } else {
          term = Tokenizer.stem(word)
          cache[word] = term
        }
        let id = table.id(term)
        if term == candidate.stem && id.isNumbered {
          joined[id, default: []].append((lineIndex, scope[position]))
        }
      }
      // Most lines hold no abbreviation or expansion: one form is enough.
      let forms =
        tokens.contains { $0.flags.contains(.abbreviation) }
        ? [
          tokens, AbbreviationForms.collapse(tokens, useFlags: true),
          AbbreviationForms.expand(tokens, useFlags: true),
        ]
        : [tokens]
      for (formIndex, form) in forms.enumerated() {
        if formIndex > 0 && form.count == tokens.count && form == tokens { continue }
        // The form as written is `tokens`, whose scope is known already.
        let formNegated = formIndex == 0 ? scope : Tokenizer.negationScope(form)
        let formNumber = store.formCount
        for (position, token) in form.enumerated() {
          let id: TermID
          if token.isBoundary {
            id = .boundary
          } else if token.isKnown || token.id.isNumbered || formIndex == 0 {
            id = token.id
          } else {
            // A word the collapsed or expanded form made.
            id = number(token.term, everyWord: numbersEveryWord)
          }
          // Collapsed and expanded forms hold new words: check those by term.
          if id.isNumbered
            && (formIndex == 0 ? token.flags.contains(.indexed) : vocabulary.isIndexed(id))
          {
            found.append(
              (
                id.index,
                Occurrence(line: lineIndex, form: formNumber, position: store.terms.count)
              ))
          }
          store.append(id, negated: formNegated[position])
        }
        store.endForm()
      }
      store.endLine()
    }
    index = OccurrenceIndex(found, termCount: table.count)
  }

  /// Texts indexed apart with the same vocabulary, one after another: the
  /// same index as the lines indexed together.
  init(joining parts: [IndexedText]) {
    self.lines = parts.flatMap(\.lines)
    self.table = parts.first?.table ?? .empty
    var shifted: [(index: OccurrenceIndex, line: Int, form: Int, position: Int)] = []
    var offset = 0
    for part in parts {
      shifted.append((part.index, offset, store.formCount, store.terms.count))
      store.append(part.store)
      for (id, lines) in part.joined {
        joined[id, default: []] += lines.map { (line: $0.line + offset, negated: $0.negated) }
      }
      offset += part.lines.count
    }
    index = OccurrenceIndex(
      joining: shifted, termCount: parts.map(\.index.termCount).max() ?? 0)
  }

  /// The term's number; with `everyWord`, a new one when the table has
  /// none (and room for it in the index).
  private mutating func number(_ term: String, everyWord: Bool) -> TermID {
    let id = table.id(term)
    guard everyWord && !id.isNumbered else { return id }
    return table.add(term)
  }

  /// Every line where the phrase occurs, once per line; a line counts as
  /// negated only if every occurrence on it is negated.
  func hits(_ phrase: Phrase, maxGap: Int = IndexedText.maxGap) -> [Hit] {
    hits(
      forms: phrase.formIDs.isEmpty
        ? PhraseForms(phrase.forms.map { $0.map(table.id) }) : phrase.formIDs, maxGap: maxGap)
  }

  /// `hits(phrases[index])`, reading only the phrase's numbered forms:
  /// passing the phrase itself copied it (every reference in it retained
  /// and released), for every phrase of every item on every answer.
  func hits(_ phrases: [Phrase], at index: Int, maxGap: Int = IndexedText.maxGap) -> [Hit] {
    let forms = phrases[index].formIDs
    return forms.isEmpty ? hits(phrases[index], maxGap: maxGap) : hits(forms: forms, maxGap: maxGap)
  }

  /// Every line where a phrase with these forms occurs (see `hits(_:)`).
  func hits(forms: PhraseForms, maxGap: Int = IndexedText.maxGap) -> [Hit] {
    // Every occurrence first, then sorted and merged by line: cheaper than
    // finding each line's hit in a table as it comes (a common phrase in a
    // long answer hits many lines; most phrases hit none).
    var found: [Hit] = []
    for form in forms {
      // A term the table lacks occurs nowhere.
      guard let first = form.first, first.index < index.termCount, form.allSatisfy(\.isNumbered)
      else { continue }
      let occurrences = index[first.index]
      found.reserveCapacity(found.count + occurrences.count)
      for occurrence in occurrences {
        // A line's occurrences come together: one not negated settles it.
        if let last = found.last, last.line == occurrence.line, !last.negated { continue }
        let end = store.range(ofForm: occurrence.form).upperBound
        if matches(form, endingBefore: end, from: occurrence.position, maxGap: maxGap) {
          found.append(
            Hit(line: occurrence.line, negated: store.negated[occurrence.position]))
        }
      }
      // "two-tower" in a note meets the one-word phrase "twotower".
      if form.count == 1, !joined.isEmpty {
        for occurrence in joined[first] ?? [] {
          found.append(Hit(line: occurrence.line, negated: occurrence.negated))
        }
      }
    }
    return Self.merged(found)
  }

  /// Hits sorted by line, once per line: negated only if every hit on the
  /// line is.
  private static func merged(_ hits: [Hit]) -> [Hit] {
    guard hits.count > 1 else { return hits }
    // One form's hits come in line order already: sorted only when
    // another form's or a joined word's came after them.
    let inOrder = zip(hits, hits.dropFirst()).allSatisfy { $0.line <= $1.line }
    var result: [Hit] = []
    result.reserveCapacity(hits.count)
    for hit in inOrder ? hits : hits.sorted(by: { $0.line < $1.line }) {
      if let last = result.last, last.line == hit.line {
        result[result.count - 1].negated = last.negated && hit.negated
      } else {
        result.append(hit)
      }
    }
    return result
  }

  /// Whether `word` goes on, after its first `offset` bytes, with the start
  /// of `next` (at least three bytes of it, or all of a shorter one): a
  /// cheap test before joining and stemming a word pair.
  static func continues(_ word: String, after offset: Int, with next: String) -> Bool {
    var word = word
    var next = next
    return word.withUTF8 { wordBytes in
      next.withUTF8 { nextBytes in
        let needed = min(3, nextBytes.count)
        guard wordBytes.count - offset >= needed else { return false }
        for index in 0..<needed where wordBytes[offset + index] != nextBytes[index] {
          return false
        }
        return true
      }
    }
  }

  /// Every term of a line in any of its forms (as written, abbreviations
  /// collapsed or expanded), boundaries left out.
  func terms(ofLine line: Int) -> TermSet {
    TermSet(store.terms(ofLine: line))
  }

  /// Whether any non-negated hit exists.
  func contains(_ phrase: Phrase, maxGap: Int = IndexedText.maxGap) -> Bool {
    hits(phrase, maxGap: maxGap).contains { !$0.negated }
  }

  /// `contains(phrases[index])` without copying the phrase.
  func contains(_ phrases: [Phrase], at index: Int, maxGap: Int = IndexedText.maxGap) -> Bool {
    hits(phrases, at: index, maxGap: maxGap).contains { !$0.negated }
  }

  /// Whether the form's other terms follow the one at `start` in the
  /// stored form that ends before `end`.
  private func matches(
    _ form: ArraySlice<TermID>, endingBefore end: Int, from start: Int, maxGap: Int
  )
    -> Bool
  {
    let sequence = store.terms
    var position = start
    for term in form.dropFirst() {
      var found = false
      var next = position + 1
      while next < end && next <= position + 1 + maxGap {
        if sequence[next] == .boundary { break }
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
}
