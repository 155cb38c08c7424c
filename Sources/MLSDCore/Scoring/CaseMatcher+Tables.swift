/// A case matcher's tables written out and read back exactly: what
/// `CaseMatcher.init(study:framework:)` computed, so reading them gives
/// the same matcher without tokenizing or stemming a phrase.
extension CaseMatcher {
  /// Items and facts by id, in the case's order, so the tables are checked
  /// against the case they are read for.
  func write(to writer: inout TableWriter) {
    let items = items(for: nil)
    writer.string(study.id)
    writer.array(items) { writer, item in
      writer.string(item.id)
      writer.array(itemPhrases[item.id] ?? []) { $1.write(to: &$0) }
      if let terms = itemTerms[item.id] {
        writer.int(1)
        terms.write(to: &writer)
      } else {
        writer.int(0)
      }
    }
    writer.array(factPhrases) { writer, entry in
      writer.string(entry.fact.id)
      writer.array(entry.phrases) { $1.write(to: &$0) }
    }
    writer.strings(topicTerms)
    writer.array(topicPhrases) { $1.write(to: &$0) }
    vocabulary.write(to: &writer)
    lexicon.write(to: &writer)
  }

  /// Nil when the tables are not this case's (another id, other items or
  /// facts); the reader fails when they are malformed.
  init?(study: CaseStudy, framework: Framework, reader: inout TableReader) {
    guard reader.string() == study.id else { return nil }
    let items = study.allChecklistItems + framework.phases.flatMap(\.checklist)
    var itemPhrases: [String: [Phrase]] = [:]
    var itemTerms: [String: ItemTerms] = [:]
    guard reader.count() == items.count else { return nil }
    for item in items {
      guard reader.string() == item.id else { return nil }
      itemPhrases[item.id] = reader.array(Phrase.init(from:))
      if reader.int() == 1 {
        itemTerms[item.id] = ItemTerms(from: &reader, phrases: itemPhrases[item.id] ?? [])
      }
    }
    guard reader.count() == study.facts.count else { return nil }
    var factPhrases: [(fact: Fact, phrases: [Phrase])] = []
    for fact in study.facts {
      guard reader.string() == fact.id else { return nil }
      factPhrases.append((fact, reader.array(Phrase.init(from:))))
    }
    let topicTerms = reader.strings()
    let topicPhrases = reader.array(Phrase.init(from:))
    let vocabulary = Vocabulary(from: &reader)
    let lexicon = Lexicon(from: &reader)
    guard !reader.failed else { return nil }
    self.init(
      study: study, framework: framework, itemPhrases: itemPhrases, itemTerms: itemTerms,
      factPhrases: factPhrases, vocabulary: vocabulary, lexicon: lexicon, topicTerms: topicTerms,
      topicPhrases: topicPhrases)
  }
}

extension Phrase {
  /// The text and its forms: all that matching reads. The words as written
  /// only feed the vocabulary, which the tables hold already compiled, so
  /// they are left out (half the strings a run would otherwise read).
  func write(to writer: inout TableWriter) {
    writer.string(text)
    writer.array(forms) { $0.strings($1) }
  }

  init(from reader: inout TableReader) {
    let text = reader.string()
    self.init(text: text, forms: reader.array { $0.strings() }, words: [], joinedWord: nil)
  }
}

extension ItemTerms {
  /// The phrases' terms are left out: they are the terms of the phrases'
  /// forms, which the tables hold already (see `ItemTerms.compile`).
  func write(to writer: inout TableWriter) {
    writer.set(textWords)
    writer.set(contextWords)
    writer.set(specificWords)
  }

  init(from reader: inout TableReader, phrases: [Phrase]) {
    let phraseTerms = phrases.map { Set($0.forms.joined()) }
    let textWords = reader.set()
    let contextWords = reader.set()
    self.init(
      phraseTerms: phraseTerms, textWords: textWords, contextWords: contextWords,
      specificWords: reader.set())
  }
}
