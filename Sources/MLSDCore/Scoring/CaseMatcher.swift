/// A case's phrases compiled once: every checklist item's and every fact's,
/// with the vocabulary for typo correction. Shared by the scorer and the
/// interviewer so both read notes the same way.
package struct CaseMatcher: Sendable {
  package let study: CaseStudy
  package let framework: Framework
  let itemPhrases: [String: [Phrase]]
  /// Per item, the words that say what it is about (see `ItemTerms`).
  let itemTerms: [String: ItemTerms]
  let factPhrases: [(fact: Fact, phrases: [Phrase])]
  let vocabulary: Vocabulary
  /// Every word the case's phrases and prose use, with its stem and flags,
  /// computed once so that scoring an answer mostly looks words up.
  let lexicon: Lexicon
  /// The words that say what this case is about, as a reader would name it.
  let topicTerms: [String]
  let topicPhrases: [Phrase]
  /// How a long answer is indexed: in halves at once when the shell hands
  /// in more than one core.
  var parallel = ParallelLoop.serial

  package init(study: CaseStudy, framework: Framework, topicTerms: [String]? = nil) {
    self.study = study
    self.framework = framework
    var itemPhrases: [String: [Phrase]] = [:]
    var all: [Phrase] = []
    var cache: [String: String] = [:]
    let items = study.allChecklistItems + framework.phases.flatMap(\.checklist)
    for item in items {
      let phrases = item.phrases.map { Phrase($0, cache: &cache) }.filter { !$0.forms.isEmpty }
      itemPhrases[item.id] = phrases
      all += phrases
    }
    var factPhrases: [(fact: Fact, phrases: [Phrase])] = []
    for fact in study.facts {
      factPhrases.append(
        (fact, fact.phrases.map { Phrase($0, cache: &cache) }.filter { !$0.forms.isEmpty }))
    }
    let prose = Self.prose(of: study, framework: framework)
    _ = Tokenizer.tokens(prose, cache: &cache)
    // After the prose, which holds every item's text, why and hint: their
    // words are all in the cache by now.
    let itemWords = ItemTerms.compile(items, phrases: itemPhrases, cache: &cache)
    all += factPhrases.flatMap(\.1)
    let topics = topicTerms ?? Self.defaultTopicTerms(study)
    let topicPhrases = topics.map { Phrase($0, cache: &cache) }
    let extraTerms = itemWords.values.reduce(into: Set<String>()) { $0.formUnion($1.all) }
    let vocabulary = Vocabulary(
      phrases: all, knownText: prose, lookups: all + topicPhrases, extraTerms: extraTerms.sorted())
    let table = vocabulary.table
    let numberedItemPhrases = itemPhrases.mapValues { $0.map { $0.numbered(by: table) } }
    self.itemPhrases = numberedItemPhrases
    self.itemTerms = itemWords.reduce(into: [:]) { result, entry in
      result[entry.key] = ItemTerms(
        entry.value, phrases: numberedItemPhrases[entry.key] ?? [], table: table)
    }
    self.factPhrases = factPhrases.map { ($0.fact, $0.phrases.map { $0.numbered(by: table) }) }
    self.topicTerms = topics
    self.topicPhrases = topicPhrases.map { $0.numbered(by: table) }
    self.vocabulary = vocabulary
    var words: [Lexeme] = []
    for (word, stem) in cache {
      let id = table.id(stem)
      words.append(
        Lexeme(
          stem: stem, flags: vocabulary.flags(term: stem, id: id, raw: word), raw: word, id: id))
    }
    // Stop words last: they replace whatever the cache said of them.
    for word in Tokenizer.plainStopWords { words.append(Lexeme(stem: "", flags: [], raw: word)) }
    self.lexicon = Lexicon(words)
  }

  /// Tables compiled before, read back (see `PreparedMatcher`).
  init(
    study: CaseStudy, framework: Framework, itemPhrases: [String: [Phrase]],
    itemTerms: [String: ItemTerms], factPhrases: [(fact: Fact, phrases: [Phrase])],
    vocabulary: Vocabulary, lexicon: Lexicon, topicTerms: [String], topicPhrases: [Phrase]
  ) {
    self.study = study
    self.framework = framework
    self.itemPhrases = itemPhrases
    self.itemTerms = itemTerms
    self.factPhrases = factPhrases
    self.vocabulary = vocabulary
    self.lexicon = lexicon
    self.topicTerms = topicTerms
    self.topicPhrases = topicPhrases
  }

  /// Everything the case and framework say in sentences: a dictionary of
  /// words known to be spelt right.
  static func prose(of study: CaseStudy, framework: Framework) -> String {
    var parts = [study.summary, study.prompt] + study.pitfalls + study.facts.map(\.answer)
    for phase in study.phases {
      parts.append(phase.reference)
      parts += phase.followUps.map(\.question)
      parts += phase.checklist.flatMap { [$0.text, $0.hint, $0.why] }
    }
    for phase in framework.phases {
      parts += [phase.goal, phase.opening] + phase.keyQuestions + phase.tips + phase.pitfalls
    }
    return parts.joined(separator: " ")
  }

  /// The case's topics, or the words of its title when it names none.
  static func defaultTopicTerms(_ study: CaseStudy) -> [String] {
    if !study.topics.isEmpty { return study.topics }
    return Tokenizer.terms(study.title).filter { $0.count >= 3 && !commonDesignTerms.contains($0) }
  }

  /// How many distinct topic terms the notes use, and the lines that name
  /// one: each topic phrase looked up once for both.
  func topicMentions(in text: IndexedText) -> (terms: Int, lines: Set<Int>) {
    var forms = Set<PhraseForms>()
    var lines = Set<Int>()
    for index in topicPhrases.indices {
      var named = false
      for hit in text.hits(topicPhrases, at: index) where !hit.negated {
        lines.insert(hit.line)
        named = true
      }
      if named { forms.insert(topicPhrases[index].formIDs) }
    }
    return (forms.count, lines)
  }

  /// Stems of words that say nothing about which problem is being solved.
  static let commonDesignTerms: Set<String> = Set(
    Tokenizer.terms(
      """
      design system build model machine learning user users platform service product company data
      want need make find show give let help large scale million billion thousand time day daily
      good better best new real want interest interesting part problem question quality relevant
      relevance rank ranking predict prediction recommend recommendation signal feature features
      high low right wrong each every one two many often without within across around per
      """))

  /// The items that count for a phase at a level: the case's own, then the
  /// framework's generic ones.
  package func items(for phaseID: String, level: Level) -> [ChecklistItem] {
    let own = study.phase(phaseID)?.checklist ?? []
    let generic = framework.phase(phaseID)?.checklist ?? []
    return (own + generic).filter { $0.level <= level }
  }

  /// Every item of the case and the framework, whatever its level, when
  /// `phaseID` is nil.
  func items(for phaseID: String?) -> [ChecklistItem] {
    guard let phaseID else {
      return study.allChecklistItems + framework.phases.flatMap(\.checklist)
    }
    return items(for: phaseID, level: .staff)
  }

  /// The phase an item belongs to.
  func phaseID(of itemID: String) -> String? {
    for phase in framework.phases
    where items(for: phase.id, level: .staff).contains(where: { $0.id == itemID }) {
      return phase.id
    }
    return nil
  }

  func index(_ lines: [String]) -> IndexedText {
    index(lines) { _ in () }.text
  }

  /// The lines indexed, and `perLine` of each line, worked out in the same
  /// pass: in halves at once on a long answer. Halves only pay for the
  /// second thread on a long answer, and only a vocabulary that numbers no
  /// new words indexes each half alike.
  func index<Value>(_ lines: [String], alongside perLine: (String) -> Value) -> (
    text: IndexedText, values: [Value]
  ) {
    guard !parallel.isSerial, lines.count >= Self.linesWorthSplitting,
      !vocabulary.numbersEveryWord
    else {
      return (
        IndexedText(lines: lines, vocabulary: vocabulary, lexicon: lexicon), lines.map(perLine)
      )
    }
    let middle = Self.middle(of: lines)
    let halves = parallel.map(2) { half in
      let part = Array(half == 0 ? lines[..<middle] : lines[middle...])
      return (
        text: IndexedText(lines: part, vocabulary: vocabulary, lexicon: lexicon),
        values: part.map(perLine)
      )
    }
    return (IndexedText(joining: halves.map(\.text)), halves.flatMap(\.values))
  }

  /// About a thousand words of notes.
  static let linesWorthSplitting = 64

  /// Where to split lines into halves of about the same number of bytes:
  /// indexing costs by the word, and an answer's lines range from a few
  /// words to a paragraph, so halves by count can leave one thread most of
  /// the work. Each half keeps at least one line.
  static func middle(of lines: [String]) -> Int {
    var total = 0
    for line in lines { total += line.utf8.count }
    var sum = 0
    for (index, line) in lines.enumerated() {
      sum += line.utf8.count
      if sum * 2 >= total { return min(max(index + 1, 1), lines.count - 1) }
    }
    return lines.count / 2
  }

  /// Lines that mention the item without negating it, each with the
  /// indices (in `itemPhrases[item.id]`) of the phrases found on it.
  func mentions(of item: ChecklistItem, in text: IndexedText) -> [(
    line: Int, phrases: ArraySlice<Int>
  )] {
    // Pairs sorted, then grouped by line: no table of lines to hash into.
    var found: [(line: Int, phrase: Int)] = []
    let itemPhrases = itemPhrases[item.id] ?? []
    for index in itemPhrases.indices {
      for hit in text.hits(itemPhrases, at: index) where !hit.negated {
        found.append((hit.line, index))
      }
    }
    found.sort { $0.line != $1.line ? $0.line < $1.line : $0.phrase < $1.phrase }
    // Each line's phrases a range of one array, not an array of their own.
    let phrases = found.map(\.phrase)
    var result: [(line: Int, phrases: ArraySlice<Int>)] = []
    var start = 0
    for index in found.indices
    where index + 1 == found.count || found[index + 1].line != found[index].line {
      result.append((found[index].line, phrases[start...index]))
      start = index + 1
    }
    return result
  }

  /// Every fact a note names (a phrase of it, not negated), in the case's
  /// order: "What are the scale and the latency budget?" names two.
  func facts(namedIn note: String) -> [Fact] {
    factsNamed(in: index([note]))[0] ?? []
  }

  /// Per line of an indexed text, the facts it names, in the case's order.
  func factsNamed(in text: IndexedText) -> [Int: [Fact]] {
    var result: [Int: [Fact]] = [:]
    for index in factPhrases.indices {
      var lines = Set<Int>()
      let phrases = factPhrases[index].phrases
      for position in phrases.indices {
        for hit in text.hits(phrases, at: position) where !hit.negated { lines.insert(hit.line) }
      }
      for line in lines { result[line, default: []].append(factPhrases[index].fact) }
    }
    return result
  }

}
