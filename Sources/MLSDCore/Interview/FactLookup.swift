/// Which of the case's facts a candidate's question asks for, and what the
/// interviewer says back. A question may ask for two things ("How many
/// daily users and new posts per day?"): each part is looked up on its own
/// and every fact found is answered and recorded. A loosely typed question
/// that no fact's phrases match ("goal?", "latency req?") falls back to the
/// facts' topic names.
package struct FactLookup: Sendable {
  let matcher: CaseMatcher
  let facts: [Fact]
  /// Each fact's topic as stemmed terms, for the fallback.
  private let topicTerms: [(fact: Fact, terms: Set<String>)]

  package init(matcher: CaseMatcher, facts: [Fact]) {
    self.matcher = matcher
    self.facts = facts
    self.topicTerms = facts.map { fact in
      (fact, Set(Tokenizer.terms(fact.topic)).subtracting(Self.vagueTopicTerms))
    }
  }

  /// The facts asked for, in the order the question asks them.
  package func facts(answering question: String) -> [Fact] {
    var found: [Fact] = []
    func add(_ fact: Fact?) {
      if let fact, !found.contains(where: { $0.id == fact.id }) { found.append(fact) }
    }
    let parts = Self.parts(of: question)
    if parts.count > 1 {
      for part in parts { add(matcher.fact(answering: part) ?? topicFact(part)) }
    }
    if found.isEmpty { add(matcher.fact(answering: question) ?? topicFact(question)) }
    return found
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
    Tokenizer.terms("data system current today model the and of per"))

  /// Everyday words for the topics every case's facts cover, so that a
  /// terse question still finds its fact by topic name.
  private static let topicSynonyms: [String: String] = {
    let groups: [(String, [String])] = [
      ("goal", ["objective", "aim", "purpose", "kpi", "success", "optimize", "optimise", "why"]),
      ("user", ["who", "use", "audience", "customer", "people", "viewer", "buyer", "member"]),
      ("scale", ["many", "big", "size", "volume", "dau", "mau", "much"]),
      ("traffic", ["qps", "rps", "request", "load", "peak", "throughput"]),
      ("latency", ["fast", "slow", "millisecond", "ms", "p99", "deadline", "speed", "sla"]),
      ("data", ["log", "dataset", "history", "signal", "training"]),
      ("label", ["ground", "truth", "annotation", "annotate", "target"]),
      ("fresh", ["freshness", "real", "realtime", "stale", "update", "often", "quickly"]),
      ("current", ["existing", "today", "baseline", "now", "legacy"]),
      ("constraint", ["privacy", "regulation", "gdpr", "legal", "compliance", "budget"]),
      ("region", ["country", "language", "locale", "market", "international", "global"]),
      ("device", ["mobile", "phone", "app", "web", "desktop", "platform", "android", "ios"]),
    ]
    var map: [String: String] = [:]
    for (canonical, words) in groups {
      for word in words { for term in Tokenizer.terms(word) { map[term] = canonical } }
    }
    return map
  }()

  private func topicFact(_ question: String) -> Fact? {
    var asked = Set(Tokenizer.terms(question))
    for term in asked {
      if let canonical = Self.topicSynonyms[term] { asked.formUnion(Tokenizer.terms(canonical)) }
    }
    guard !asked.isEmpty else { return nil }
    var best: (fact: Fact, overlap: Int)?
    for (fact, terms) in topicTerms {
      let overlap = terms.intersection(asked).count
      if overlap > 0, overlap > (best?.overlap ?? 0) { best = (fact, overlap) }
    }
    return best?.fact
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
