/// A checklist or fact phrase, normalised once into the token forms a note
/// may match: as written, with expansions collapsed to their abbreviation,
/// and with a multi-word phrase also joined into one word ("two tower" and
/// "twotower").
public struct Phrase: Sendable, Equatable {
  public let text: String
  let forms: [[String]]

  public init(_ text: String) {
    self.text = text
    let tokens = Tokenizer.tokens(text).filter { !$0.isBoundary }
    let terms = tokens.map(\.term)
    var forms: [[String]] = []
    if !terms.isEmpty { forms.append(terms) }
    let collapsed = AbbreviationForms.collapse(tokens).map(\.term)
    if collapsed != terms && !collapsed.isEmpty { forms.append(collapsed) }
    let expanded = AbbreviationForms.expand(tokens).map(\.term)
    if expanded != terms && !expanded.isEmpty { forms.append(expanded) }
    if terms.count > 1 && terms.count <= 3 {
      let joined = Tokenizer.terms(text.filter { $0.isLetter || $0.isNumber })
      if joined.count == 1 { forms.append(joined) }
    }
    self.forms = forms
  }

  /// How specific the phrase is: longer phrases beat shorter ones when two
  /// facts compete for a question.
  var specificity: Int { forms.map(\.count).max() ?? 0 }
}

/// Rewrites token sequences between abbreviations and their expansions.
enum AbbreviationForms {
  private static let expansions: [(abbreviation: String, terms: [String])] = Abbreviations.table
    .map { ($0.abbreviation, Tokenizer.terms($0.expansion)) }

  private static let firstExpansion: [String: [String]] = {
    var result: [String: [String]] = [:]
    for entry in expansions where result[entry.abbreviation] == nil {
      result[entry.abbreviation] = entry.terms
    }
    return result
  }()

  private static let byFirstTerm: [String: [(abbreviation: String, terms: [String])]] = {
    var result: [String: [(abbreviation: String, terms: [String])]] = [:]
    for entry in expansions {
      guard let first = entry.terms.first else { continue }
      result[first, default: []].append(entry)
    }
    for key in result.keys {
      result[key]?.sort { $0.terms.count > $1.terms.count }
    }
    return result
  }()

  /// "approximate nearest neighbor search" → "ann search".
  static func collapse(_ tokens: [Tokenizer.Token]) -> [Tokenizer.Token] {
    var result: [Tokenizer.Token] = []
    var index = 0
    outer: while index < tokens.count {
      if let candidates = byFirstTerm[tokens[index].term] {
        for candidate in candidates where index + candidate.terms.count <= tokens.count {
          let slice = tokens[index..<index + candidate.terms.count].map(\.term)
          if slice == candidate.terms {
            result.append(Tokenizer.Token(term: candidate.abbreviation))
            index += candidate.terms.count
            continue outer
          }
        }
      }
      result.append(tokens[index])
      index += 1
    }
    return result
  }

  /// "ann search" → "approximate nearest neighbor search".
  static func expand(_ tokens: [Tokenizer.Token]) -> [Tokenizer.Token] {
    var result: [Tokenizer.Token] = []
    for token in tokens {
      if let terms = firstExpansion[token.term] {
        result += terms.map { Tokenizer.Token(term: $0) }
      } else {
        result.append(token)
      }
    }
    return result
  }
}
