/// A case matcher's tables written out and read back exactly: what
/// `CaseMatcher.init(study:framework:)` computed, so reading them gives
/// the same matcher without tokenizing or stemming a phrase.
extension CaseMatcher {
  /// The first of the matcher's two tables (the fact lookup's is a third,
  /// read when a question needs it): the vocabulary, whose table numbers
  /// the terms the second refers to, and the lexicon. The two are read at
  /// once (see `PreparedMatcher`).
  func writeLexical(to writer: inout TableWriter) {
    writer.string(study.id)
    vocabulary.write(to: &writer)
    lexicon.write(to: &writer)
  }

  /// The second table: items and facts by id, in the case's order, so the
  /// tables are checked against the case they are read for.
  func writePhrases(to writer: inout TableWriter) {
    let items = items(for: nil)
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

  /// What the first table holds.
  struct LexicalTables: Sendable {
    var vocabulary: Vocabulary
    var lexicon: Lexicon

    /// Nil when the table is another case's.
    init?(study: CaseStudy, reader: inout TableReader) {
      guard reader.string() == study.id else { return nil }
      vocabulary = Vocabulary(from: &reader)
      lexicon = Lexicon(from: &reader)
    }
  }

  /// What the second table holds. Its terms are numbers in the first's
  /// table, checked once both are read (`init?(study:framework:lexical:phrases:)`).
  struct PhraseTables: Sendable {
    var itemPhrases: [String: [Phrase]] = [:]
    var itemTerms: [String: ItemTerms] = [:]
    var factPhrases: [(fact: Fact, phrases: [Phrase])] = []
    var topicTerms: [String] = []
    var topicPhrases: [Phrase] = []

    /// Nil when the table is not this case's (other items or facts).
    init?(study: CaseStudy, framework: Framework, reader: inout TableReader) {
      let items = study.allChecklistItems + framework.phases.flatMap(\.checklist)
      guard reader.count() == items.count else { return nil }
      for item in items {
        guard reader.string() == item.id else { return nil }
        itemPhrases[item.id] = reader.array { Phrase(from: &$0) }
        if reader.int() == 1 {
          itemTerms[item.id] = ItemTerms(from: &reader, phrases: itemPhrases[item.id] ?? [])
        }
      }
      guard reader.count() == study.facts.count else { return nil }
      factPhrases.reserveCapacity(study.facts.count)
      for fact in study.facts {
        guard reader.string() == fact.id else { return nil }
        factPhrases.append((fact, reader.array { Phrase(from: &$0) }))
      }
      topicTerms = reader.strings()
      topicPhrases = reader.array { Phrase(from: &$0) }
    }

    /// The largest term number any phrase or item word uses.
    var largestTermID: TermID {
      var largest = TermID.unknown
      func note(_ phrases: [Phrase]) {
        for phrase in phrases {
          for form in phrase.formIDs {
            for id in form where id > largest { largest = id }
          }
        }
      }
      itemPhrases.values.forEach(note)
      factPhrases.forEach { note($0.phrases) }
      note(topicPhrases)
      for terms in itemTerms.values {
        if let last = terms.largestWord, last > largest { largest = last }
      }
      return largest
    }
  }

  /// Nil when the second table names a term the first does not number.
  init?(study: CaseStudy, framework: Framework, lexical: LexicalTables, phrases: PhraseTables) {
    guard phrases.largestTermID.index < lexical.vocabulary.table.count else { return nil }
    self.init(
      study: study, framework: framework, itemPhrases: phrases.itemPhrases,
      itemTerms: phrases.itemTerms, factPhrases: phrases.factPhrases,
      vocabulary: lexical.vocabulary, lexicon: lexical.lexicon, topicTerms: phrases.topicTerms,
      topicPhrases: phrases.topicPhrases)
  }
}

extension Phrase {
  /// Its forms by number and its specificity: all that matching reads. The
  /// words as written only feed the vocabulary, which the tables hold
  /// already compiled, and the text is for people reading the content, so
  /// both are left out (most of the strings a run would otherwise build).
  func write(to writer: inout TableWriter) {
    writer.array(Array(formIDs)) { writer, form in
      writer.array(Array(form)) { $0.int(Int($1.value)) }
    }
    // Whole and half words: twice it is a whole number.
    writer.int(Int(specificity * 2))
  }

  /// Fails the reader on a negative term number; the matcher checks the
  /// largest against its table.
  init(from reader: inout TableReader) {
    var forms = PhraseForms()
    let formCount = reader.count()
    forms.reserveCapacity(formCount * 4)
    for _ in 0..<formCount {
      for _ in 0..<reader.count() {
        let id = TermID(Int32(truncatingIfNeeded: reader.int()))
        if !id.isNumbered { reader.fail() }
        forms.appendTerm(id)
      }
      forms.endForm()
    }
    self.init(text: "", formIDs: forms, specificity: Double(reader.int()) / 2)
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

  /// The largest item word's number (phrase terms are the phrases').
  var largestWord: TermID? {
    func larger(_ left: TermID?, _ right: TermID?) -> TermID? {
      guard let left else { return right }
      guard let right else { return left }
      return max(left, right)
    }
    return larger(
      larger(textWords.sorted.last, contextWords.sorted.last), specificWords.sorted.last)
  }

  init(from reader: inout TableReader, phrases: [Phrase]) {
    func words(_ reader: inout TableReader) -> TermSet {
      TermSet(sorted: reader.array { TermID(Int32(truncatingIfNeeded: $0.int())) })
    }
    let phraseTerms = TermSet.ofForms(phrases)
    let textWords = words(&reader)
    let contextWords = words(&reader)
    self.init(
      phraseTerms: phraseTerms, textWords: textWords, contextWords: contextWords,
      specificWords: words(&reader))
  }
}
