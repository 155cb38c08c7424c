/// A case matcher's tables written out and read back exactly: what
/// `CaseMatcher.init(study:framework:)` computed, so reading them gives
/// the same matcher without tokenizing or stemming a phrase.
extension CaseMatcher {
  /// Items and facts by id, in the case's order, so the tables are checked
  /// against the case they are read for. The vocabulary first: its table
  /// numbers the terms the rest refer to.
  func write(to writer: inout TableWriter) {
    let items = items(for: nil)
    writer.string(study.id)
    vocabulary.write(to: &writer)
    lexicon.write(to: &writer)
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
  }

  /// Nil when the tables are not this case's (another id, other items or
  /// facts); the reader fails when they are malformed.
  init?(study: CaseStudy, framework: Framework, reader: inout TableReader) {
    guard reader.string() == study.id else { return nil }
    let vocabulary = Vocabulary(from: &reader)
    let lexicon = Lexicon(from: &reader)
    let table = vocabulary.table
    let items = study.allChecklistItems + framework.phases.flatMap(\.checklist)
    var itemPhrases: [String: [Phrase]] = [:]
    var itemTerms: [String: ItemTerms] = [:]
    guard reader.count() == items.count else { return nil }
    for item in items {
      guard reader.string() == item.id else { return nil }
      itemPhrases[item.id] = reader.array { Phrase(from: &$0, table: table) }
      if reader.int() == 1 {
        itemTerms[item.id] = ItemTerms(from: &reader, phrases: itemPhrases[item.id] ?? [])
      }
    }
    guard reader.count() == study.facts.count else { return nil }
    var factPhrases: [(fact: Fact, phrases: [Phrase])] = []
    for fact in study.facts {
      guard reader.string() == fact.id else { return nil }
      factPhrases.append((fact, reader.array { Phrase(from: &$0, table: table) }))
    }
    let topicTerms = reader.strings()
    let topicPhrases = reader.array { Phrase(from: &$0, table: table) }
    guard !reader.failed else { return nil }
    self.init(
      study: study, framework: framework, itemPhrases: itemPhrases, itemTerms: itemTerms,
      factPhrases: factPhrases, vocabulary: vocabulary, lexicon: lexicon, topicTerms: topicTerms,
      topicPhrases: topicPhrases)
  }
}

extension Phrase {
  /// The text and its forms by number: all that matching reads. The words
  /// as written only feed the vocabulary, which the tables hold already
  /// compiled, so they are left out (half the strings a run would
  /// otherwise read).
  func write(to writer: inout TableWriter) {
    writer.string(text)
    writer.array(formIDs) { writer, form in
      writer.array(form) { $0.int(Int($1.value)) }
    }
  }

  init(from reader: inout TableReader, table: TermTable) {
    let text = reader.string()
    let ids = reader.array { reader in
      reader.array { TermID(Int32(truncatingIfNeeded: $0.int())) }
    }
    var forms: [[String]] = []
    forms.reserveCapacity(ids.count)
    for form in ids {
      var terms: [String] = []
      terms.reserveCapacity(form.count)
      for id in form {
        guard let term = table.term(id) else {
          reader.fail()
          break
        }
        terms.append(term)
      }
      forms.append(terms)
    }
    self.init(text: text, forms: forms, words: [], joinedWord: nil, formIDs: ids)
  }
}

extension ItemTerms {
  /// The phrases' terms are left out: they are the terms of the phrases'
  /// forms, which the tables hold already (see `ItemTerms.compile`).
  func write(to writer: inout TableWriter) {
    for words in [textWords, contextWords, specificWords] {
      writer.array(words.sorted) { $0.int(Int($1.value)) }
    }
  }

  init(from reader: inout TableReader, phrases: [Phrase]) {
    func words(_ reader: inout TableReader) -> TermSet {
      TermSet(reader.array { TermID(Int32(truncatingIfNeeded: $0.int())) })
    }
    let phraseTerms = phrases.map { TermSet($0.formIDs.joined()) }
    let textWords = words(&reader)
    let contextWords = words(&reader)
    self.init(
      phraseTerms: phraseTerms, textWords: textWords, contextWords: contextWords,
      specificWords: words(&reader))
  }
}
