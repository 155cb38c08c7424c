/// What a checklist item is about, in stems, compiled once per case: the
/// words of each of its phrases, and the specific words of its text and of
/// its why and hint. The coverage rule asks a note that names the item to
/// say more of these than the name itself.
struct ItemTerms: Sendable {
  /// Per phrase (aligned with `CaseMatcher.itemPhrases`), every term of
  /// every form.
  var phraseTerms: [TermSet]
  /// Specific words of the item's text ("calibrated", "bid"), not words
  /// every item uses ("model", "user").
  var textWords: TermSet
  /// Specific words of its why and hint that the text does not use.
  var contextWords: TermSet
  /// Every specific word of the item, its phrases' included: a phrase of
  /// several of them ("retrain weekly") says more than a lone buzzword.
  var specificWords: TermSet

  /// The same, as stems: what `compile` finds, before a table numbers them.
  struct Words {
    var textWords: Set<String>
    var contextWords: Set<String>
    var specificWords: Set<String>

    /// Every word, for the table to number.
    var all: Set<String> { textWords.union(contextWords).union(specificWords) }
  }

  /// `phrases` numbered by `table`, which holds every word of `words`.
  init(_ words: Words, phrases: [Phrase], table: TermTable) {
    phraseTerms = TermSet.ofForms(phrases)
    textWords = TermSet(words.textWords.map(table.id))
    contextWords = TermSet(words.contextWords.map(table.id))
    specificWords = TermSet(words.specificWords.map(table.id))
  }

  init(phraseTerms: [TermSet], textWords: TermSet, contextWords: TermSet, specificWords: TermSet) {
    self.phraseTerms = phraseTerms
    self.textWords = textWords
    self.contextWords = contextWords
    self.specificWords = specificWords
  }

  /// A word is specific when at most this share of the case's and the
  /// framework's items use it: "calibration" is, "model" and "user" are not.
  static let maxItemShare = 0.125

  static func compile(
    _ items: [ChecklistItem], phrases: [String: [Phrase]], cache: inout [String: String]
  ) -> [String: Words] {
    func words(_ text: String) -> Set<String> {
      Set(
        Tokenizer.tokens(text, cache: &cache).lazy.filter {
          !$0.isBoundary && !$0.isNegator && $0.term.first?.isNumber != true
        }.map(\.term))
    }
    var documentFrequency: [String: Int] = [:]
    var compiled:
      [(id: String, phraseTerms: [Set<String>], text: Set<String>, context: Set<String>)] =
        []
    for item in items {
      let phraseTerms = (phrases[item.id] ?? []).map { Set($0.forms.joined()) }
      let text = words(item.text)
      let context = words(item.why + " " + item.hint)
      for word in text.union(context).union(phraseTerms.reduce(Set(), { $0.union($1) })) {
        documentFrequency[word, default: 0] += 1
      }
      compiled.append((item.id, phraseTerms, text, context))
    }
    // A word only one item uses is specific however few items there are.
    let limit = max(1, Int(Double(items.count) * maxItemShare))
    func isSpecific(_ word: String) -> Bool { documentFrequency[word, default: 0] <= limit }
    var result: [String: Words] = [:]
    for entry in compiled {
      let text = entry.text.filter(isSpecific)
      let all = entry.phraseTerms.reduce(entry.text.union(entry.context)) { $0.union($1) }
      result[entry.id] = Words(
        textWords: text, contextWords: entry.context.filter(isSpecific).subtracting(text),
        specificWords: all.filter(isSpecific))
    }
    return result
  }
}
