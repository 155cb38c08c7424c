/// Which of the case's facts a candidate's question asks for, and what the
/// interviewer says back. A question may ask for two things ("How many
/// daily users and new posts per day?"): each part is looked up on its own
/// and every fact found is answered and recorded. A loosely typed question
/// that no fact's phrases match ("goal?", "latency req?") falls back to the
/// facts' topic names.
package struct FactLookup: Sendable {
  let matcher: CaseMatcher
  let facts: [Fact]
  /// Per fact, each term it is known by and how strongly: its topic name
  /// and id (3), its phrases (2), its answer (1).
  let factTerms: [[String: Double]]
  /// How rare each term is across the case's facts: a word every fact
  /// mentions says nothing about which one is asked for.
  let inverseFrequency: [String: Double]
  /// Every term the facts use, for correcting typos in questions.
  let vocabulary: [String]

  package init(matcher: CaseMatcher, facts: [Fact]) {
    self.matcher = matcher
    self.facts = facts
    var factTerms: [[String: Double]] = []
    var documentFrequency: [String: Int] = [:]
    for fact in facts {
      var terms: [String: Double] = [:]
      func add(_ words: [String], _ weight: Double) {
        for term in words where !Self.vagueTopicTerms.contains(term) {
          terms[term] = max(terms[term] ?? 0, weight)
        }
      }
      add(Tokenizer.terms(fact.answer), 1)
      add(fact.phrases.flatMap { Tokenizer.terms($0) }, 2)
      var topicWords = Tokenizer.terms(fact.topic)
      for word in (fact.topic.lowercased() + " " + fact.id).split(whereSeparator: {
        !$0.isLetter
      }) {
        topicWords += Tokenizer.terms(String(word))
        if let canonical = Self.topicSynonyms[String(word)] { topicWords.append(canonical) }
      }
      add(topicWords, 3)
      for term in terms.keys { documentFrequency[term, default: 0] += 1 }
      factTerms.append(terms)
    }
    let count = Double(max(1, facts.count))
    self.factTerms = factTerms
    self.inverseFrequency = documentFrequency.mapValues {
      ElementaryFunctions.log((count + 1) / (Double($0) + 0.5))
    }
    self.vocabulary = documentFrequency.keys.filter { $0.count >= 4 }.sorted()
  }

  /// The facts asked for, in the order the question asks them.
  package func facts(answering question: String) -> [Fact] {
    if let fact = factHeadedBy(question) { return [fact] }
    var found: [Fact] = []
    let parts = Self.parts(of: question)
    if parts.count > 1 {
      for part in parts {
        // A part that points at a fact already found, in words that fact
        // uses, asks more of it ("how many images, and how many new per
        // day?"), not for another.
        if repeats(part, found), let again = bestFact(part), found.contains(again) { continue }
        // A part that only repeats a fact already found may be asking for
        // another one in words its phrases miss.
        if let fact = bestFact(part, excluding: Set(found.map(\.id))) { found.append(fact) }
      }
    }
    if found.isEmpty, let fact = bestFact(question) { found.append(fact) }
    return found
  }

  /// Whether every word of `part` ("how" and "per" aside) is a word of one
  /// of `found`'s facts.
  private func repeats(_ part: String, _ found: [Fact]) -> Bool {
    let terms = Tokenizer.terms(part).filter { !Self.vagueTopicTerms.contains($0) }
    guard !terms.isEmpty else { return false }
    let known = found.compactMap { fact in facts.firstIndex { $0.id == fact.id } }
      .filter { $0 < factTerms.count }.map { factTerms[$0] }
    return terms.allSatisfy { term in known.contains { $0[term] != nil } }
  }

  /// Every fact scored on the question: its phrases by the matcher's rule
  /// (the most specific phrase, a bonus for words side by side), plus the
  /// question's words weighted by how rare they are among the facts and by
  /// where the fact uses them (topic, phrases, answer). Nil when nothing
  /// points anywhere.
  private func bestFact(_ question: String, excluding taken: Set<String> = []) -> Fact? {
    let text = matcher.index([question])
    let asked = questionTerms(question)
    var best: (fact: Fact, score: Double)?
    // By index: iterating copied each fact and phrase for a look at it.
    let factPhrases = matcher.factPhrases
    for index in factPhrases.indices where !taken.contains(factPhrases[index].fact.id) {
      var phraseScore = 0.0
      let phrases = factPhrases[index].phrases
      for position in phrases.indices where text.contains(phrases, at: position) {
        let tight = text.contains(phrases, at: position, maxGap: 0) ? 0.25 : 0
        phraseScore = max(phraseScore, phrases[position].specificity + tight)
      }
      var termScore = 0.0
      var hits = 0
      var namesTopic = false
      if index < factTerms.count {
        for term in asked {
          if let weight = factTerms[index][term] {
            termScore += weight * (inverseFrequency[term] ?? 0)
            hits += 1
            if weight >= 3 { namesTopic = true }
          }
        }
      }
      // Without a phrase, one stray word is not a question about this fact:
      // it takes a word of the topic's name, or two words of the fact.
      let wordsPoint = termScore >= Self.minimumTermScore && (namesTopic || hits >= 2)
      guard phraseScore > 0 || wordsPoint else { continue }
      let score = (phraseScore > 0 ? 1 + phraseScore : 0) + Self.termWeight * termScore
      if score > (best?.score ?? 0) { best = (factPhrases[index].fact, score) }
    }
    return best?.fact
  }

  /// How much the word evidence counts against a phrase match, and how
  /// much of it is needed on its own (one topic word of middling rarity).
  static let termWeight = 0.25
  static let minimumTermScore = 2.0

  /// The question's terms, everyday words mapped to their topic, and words
  /// no fact uses corrected to one it does when one edit away ("latncy").
  private func questionTerms(_ question: String) -> Set<String> {
    var terms = Self.terms(ofQuestion: question)
    for term in terms where term.count >= 4 && inverseFrequency[term] == nil {
      if let corrected = vocabulary.first(where: { EditDistance.distance(term, $0, limit: 1) == 1 })
      {
        terms.insert(corrected)
      }
    }
    return terms
  }

  /// What the interviewer says to a question.
  package func reply(to question: String) -> (text: String, facts: [Fact]) {
    let answered = facts(answering: question)
    if !answered.isEmpty {
      return (answered.map(\.answer).joined(separator: " "), answered)
    }
    if Self.isYesNo(question) {
      return ("That is your call: state an assumption and go on.", [])
    }
    let topics = facts.map { $0.topic.lowercased() }
    let listed = topics.prefix(12).joined(separator: ", ")
    return (
      "I can't tell you that one; make a reasonable assumption and state it. I can speak to: \(listed).",
      []
    )
  }

  // MARK: Private

  /// Topic words too vague to pick a fact on their own.
  private static let vagueTopicTerms: Set<String> = Set(
    Tokenizer.terms("system model the and of per what how"))

  /// Everyday words for the topics every case's facts cover, so that a
  /// terse question still finds its fact by topic name. Raw lowercase words,
  /// since many of them ("now", "who", "many") are stop words to the
  /// tokenizer. A word with an everyday second sense is listed only with
  /// the neighbour that fixes its meaning ("by hand", not "hand" of "on the
  /// other hand"; "street address", not "address" of "how do we address
  /// cold start?"), or not at all ("edge", of "edge cases").
  private static let topicSynonyms: [String: String] = {
    let groups: [(String, [String])] = [
      (
        "goal",
        [
          "objective", "aim", "purpose", "kpi", "success", "optimize", "optimise", "maximize",
          "maximise", "why", "goals", "objectives", "hoping", "hope", "achieve", "ultimately",
        ]
      ),
      (
        "user",
        ["who", "users", "audience", "customer", "customers", "people", "viewers", "members"]
      ),
      ("scale", ["many", "big", "size", "dau", "mau", "much", "scale"]),
      ("traffic", ["qps", "rps", "requests", "load", "peak", "throughput", "traffic"]),
      (
        "latency",
        [
          "slow", "millisecond", "milliseconds", "ms", "p99", "deadline", "speed", "sla",
          "latency", "latncy", "latecy",
        ]
      ),
      (
        "data", ["logs", "logged", "dataset", "signals", "training", "data", "info", "information"]
      ),
      (
        "label",
        [
          "labels", "labelled", "labeled", "annotations", "annotated", "ground", "annotators",
          "raters", "rater", "graders", "judges", "human", "humans", "manual", "manually",
          "by hand",
        ]
      ),
      (
        "freshness",
        [
          "fresh", "realtime", "real-time", "stale", "update", "updated", "quickly", "soon",
          "often", "freshness", "eligible", "recommendable",
        ]
      ),
      (
        "current",
        [
          "existing", "today", "baseline", "now", "currently", "current", "curent", "legacy",
          "production", "already", "moment",
        ]
      ),
      (
        "privacy",
        [
          "privacy", "regulation", "gdpr", "legal", "compliance", "consent", "law", "sensitive",
          "ethnicity", "race", "religion", "pii", "personal", "indefinitely", "anonymous",
          "anonymize", "anonymise", "identifiable", "contacts", "street address",
          "home address", "exact address",
        ]
      ),
      ("region", ["country", "countries", "languages", "language", "locale", "markets", "global"]),
      (
        "device",
        [
          "mobile", "phone", "phones", "app", "web", "desktop", "platform", "android", "ios", "tv",
          "devices", "device", "vehicle", "vehicles", "on-device", "car", "cars", "onboard",
        ]
      ),
      ("infrastructure", ["infra", "compute", "gpu", "gpus", "hardware", "budget", "storage"]),
    ]
    var map: [String: String] = [:]
    for (canonical, words) in groups {
      for word in words { map[word] = canonical }
    }
    return map
  }()

  /// The question's words as the tokenizer sees them, plus the canonical
  /// topic word of each everyday word it uses.
  private static func terms(ofQuestion question: String) -> Set<String> {
    var terms = Set(Tokenizer.terms(question))
    let words = question.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }
    // Each word, and each pair of words side by side ("by hand").
    let pairs = zip(words, words.dropFirst()).map { String($0) + " " + String($1) }
    for word in words.map(String.init) + pairs {
      if let canonical = topicSynonyms[word] {
        terms.formUnion(Tokenizer.terms(canonical))
        terms.insert(canonical)
      }
    }
    return terms
  }

  /// "How many users and posts per day?" → ["How many users", "posts per
  /// day"]: split on "and", "&", "plus", commas, semicolons and question
  /// marks inside the line.
  static func parts(of question: String) -> [String] {
    var parts: [String] = []
    var current: [Substring] = []
    func flush() {
      if !current.isEmpty { parts.append(current.joined(separator: " ")) }
      current.removeAll()
    }
    for word in question.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      let lowered = word.lowercased()
      if lowered == "and" || lowered == "&" || lowered == "plus" || lowered == "also" {
        flush()
        continue
      }
      var stripped = word
      let endsClause = stripped.last.map { $0 == "," || $0 == ";" || $0 == "?" } ?? false
      if endsClause { stripped = stripped.dropLast() }
      if !stripped.isEmpty { current.append(stripped) }
      if endsClause { flush() }
    }
    flush()
    return parts.filter { !$0.isEmpty }
  }

  private static let yesNoOpeners: Set<String> = [
    "do", "does", "did", "is", "are", "was", "were", "can", "could", "should", "will", "would",
    "must", "have", "has", "may", "shall", "any",
  ]

  static func isYesNo(_ question: String) -> Bool {
    guard let first = question.split(separator: " ").first else { return false }
    return yesNoOpeners.contains(first.lowercased())
  }
}
