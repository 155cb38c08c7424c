/// A checklist or fact phrase, normalised once into the token forms a note
/// may match: as written, with expansions collapsed to their abbreviation,
/// and with a multi-word phrase also joined into one word ("two tower" and
/// "twotower").
package struct Phrase: Sendable, Equatable {
  /// As the content writes it. Empty in a phrase read from prepared
  /// tables: matching never reads it.
  package let text: String
  /// The forms' terms. Empty in a phrase read from prepared tables, which
  /// matches by `formIDs` alone: building these strings was a large part
  /// of reading the tables.
  let forms: [[String]]
  /// The words as written with their terms, kept so the vocabulary built
  /// from a case's phrases need not tokenize them again. Empty in a phrase
  /// read from prepared tables, which hold the vocabulary itself.
  let words: [Word]
  /// The phrase written as one word ("two tower" → "twotower"), when that
  /// is a form of its own. Nil in a phrase read from prepared tables.
  let joinedWord: Word?
  /// `forms` by number in a case's `TermTable` (see `numbered(by:)`); empty
  /// until numbered, when a text looks each term up instead.
  private(set) var formIDs = PhraseForms()
  /// How specific the phrase is: longer phrases beat shorter ones when two
  /// facts compete for a question. Question words ("how", "many") say less
  /// about which fact is meant than content words, so they count half.
  let specificity: Double

  struct Word: Sendable, Equatable {
    var raw: String
    var term: String
  }

  package init(_ text: String) {
    var cache: [String: String] = [:]
    self.init(text, cache: &cache)
  }

  /// Compiles with a stem cache shared across a case's phrases.
  init(_ text: String, cache: inout [String: String]) {
    self.text = text
    let tokens = Tokenizer.tokens(text, cache: &cache, isPhrase: true).filter { !$0.isBoundary }
    let terms = tokens.map(\.term)
    var forms: [[String]] = []
    var joinedWord: Word?
    if !terms.isEmpty { forms.append(terms) }
    let collapsed = AbbreviationForms.collapse(tokens).map(\.term)
    if collapsed != terms && !collapsed.isEmpty { forms.append(collapsed) }
    let expanded = AbbreviationForms.expand(tokens).map(\.term)
    if expanded != terms && !expanded.isEmpty { forms.append(expanded) }
    if terms.count > 1 && terms.count <= 3 {
      let joined = Tokenizer.tokens(
        text.filter { $0.isLetter || $0.isNumber }, cache: &cache, isPhrase: true)
      if joined.count == 1 {
        forms.append([joined[0].term])
        joinedWord = Word(raw: joined[0].raw, term: joined[0].term)
      }
    }
    // A bare number is no evidence of anything: a phrase that reads as
    // numbers only (stop words dropped) never matches.
    self.forms = forms.filter { form in form.contains { $0.contains(where: \.isLetter) } }
    self.words = tokens.map { Word(raw: $0.raw, term: $0.term) }
    self.joinedWord = joinedWord
    self.specificity =
      self.forms.map { form in
        form.reduce(0.0) { $0 + (Phrase.questionWords.contains($1) ? 0.5 : 1) }
      }.max() ?? 0
  }

  /// As compiled before, read back from prepared tables: by number only.
  init(text: String, formIDs: PhraseForms, specificity: Double) {
    self.text = text
    self.forms = []
    self.words = []
    self.joinedWord = nil
    self.formIDs = formIDs
    self.specificity = specificity
  }

  /// The phrase with its forms numbered by `table`, which must hold every
  /// term of them.
  func numbered(by table: TermTable) -> Phrase {
    var phrase = self
    phrase.formIDs = PhraseForms(forms.map { $0.map(table.id) })
    return phrase
  }

  static let questionWords: Set<String> = [
    "how", "mani", "much", "what", "which", "who", "when", "where", "why",
  ]
}

/// Rewrites token sequences between abbreviations and their expansions.
enum AbbreviationForms {
  private static let expansions = Abbreviations.terms

  /// Every word an abbreviation or expansion starts with or is: a line
  /// without any of them is the same in every form.
  static let relevantTerms: Set<String> = Set(
    expansions.flatMap { entry in entry.abbreviation + entry.terms.prefix(1) })

  /// Single-word abbreviations expand to their first listed expansion.
  private static let firstExpansion: [String: [String]] = {
    var result: [String: [String]] = [:]
    result.reserveCapacity(expansions.count)
    for entry in expansions where entry.abbreviation.count == 1 {
      if result[entry.abbreviation[0]] == nil { result[entry.abbreviation[0]] = entry.terms }
    }
    return result
  }()

  private static let byFirstTerm: [String: [(abbreviation: [String], terms: [String])]] = {
    var result: [String: [(abbreviation: [String], terms: [String])]] = [:]
    result.reserveCapacity(expansions.count)
    for entry in expansions {
      guard let first = entry.terms.first else { continue }
      result[first, default: []].append(entry)
    }
    for key in result.keys {
      result[key]?.sort { $0.terms.count > $1.terms.count }
    }
    return result
  }()

  static func startsExpansion(_ term: String) -> Bool { byFirstTerm[term] != nil }
  static func expands(_ term: String) -> Bool { firstExpansion[term] != nil }

  /// "approximate nearest neighbor search" → "ann search". With `useFlags`,
  /// only tokens flagged `Lexeme.Flags.startsExpansion` are looked up.
  static func collapse(_ tokens: [Tokenizer.Token], useFlags: Bool = false) -> [Tokenizer.Token] {
    // Nothing flagged, nothing to collapse: the same tokens, not a copy.
    if useFlags && !tokens.contains(where: { $0.flags.contains(.startsExpansion) }) {
      return tokens
    }
    // Copied only from the first expansion found: most flagged lines hold
    // a word that starts one ("nearest") without the rest of it.
    var result: [Tokenizer.Token] = []
    var copied = 0
    var index = 0
    while index < tokens.count {
      guard !useFlags || tokens[index].flags.contains(.startsExpansion),
        let candidates = byFirstTerm[tokens[index].term],
        let candidate = candidates.first(where: { matches($0.terms, in: tokens, at: index) })
      else {
        index += 1
        continue
      }
      if copied == 0 { result.reserveCapacity(tokens.count) }
      result += tokens[copied..<index]
      result += candidate.abbreviation.map { Tokenizer.Token(term: $0) }
      index += candidate.terms.count
      copied = index
    }
    if copied == 0 { return tokens }
    result += tokens[copied...]
    return result
  }

  /// Whether `terms` are the terms of the tokens from `start` on.
  private static func matches(_ terms: [String], in tokens: [Tokenizer.Token], at start: Int)
    -> Bool
  {
    guard start + terms.count <= tokens.count else { return false }
    for (offset, term) in terms.enumerated() where tokens[start + offset].term != term {
      return false
    }
    return true
  }

  /// "ann search" → "approximate nearest neighbor search".
  static func expand(_ tokens: [Tokenizer.Token], useFlags: Bool = false) -> [Tokenizer.Token] {
    if useFlags && !tokens.contains(where: { $0.flags.contains(.expands) }) { return tokens }
    var result: [Tokenizer.Token] = []
    result.reserveCapacity(tokens.count + 8)
    for token in tokens {
      if !useFlags || token.flags.contains(.expands), let terms = firstExpansion[token.term] {
        for term in terms { result.append(Tokenizer.Token(term: term)) }
      } else {
        result.append(token)
      }
    }
    return result
  }
}
