import MLSDCore

enum SearchCommand: Command {
  static let spec = CommandSpec(
    name: "search",
    abstract: "Search the cases, the framework and the glossary.",
    arguments: [ArgumentSpec(name: "words", help: "What to look for.", isRepeating: true)],
    examples: [
      .init(command: "mlsd search cold start", explanation: "every place that covers cold start"),
      .init(command: "mlsd search ndcg", explanation: "the glossary entry and where it is used"),
    ])

  static let limit = 15

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let query = arguments.positionals.joined(separator: " ")
    guard !query.trimmed().isEmpty else {
      throw UsageError("Give at least one word to search for.", command: spec)
    }
    let library = try context.loadContent()
    let cases: [CaseStudy]
    let glossary: Glossary
    do {
      cases = try library.loadAllCases()
      glossary = try library.loadGlossary()
    } catch {
      throw CommandFailure(CommandContext.describe(error), exitCode: .dataError)
    }
    let index = SearchIndex(
      documents: SearchCorpus.documents(
        framework: library.framework, cases: cases, glossary: glossary))
    let (hits, total) = index.search(query, limit: limit)
    let style = context.style
    let safeQuery = TerminalSafeText.cleanLine(query)
    guard !hits.isEmpty else {
      context.stderr.write("No matches for '\(safeQuery)'. Try fewer or other words.\n")
      return .failure
    }
    let queryTerms = Set(Tokenizer.terms(query))
    var out = ""
    for hit in hits {
      out += style.cyan(hit.document.location) + "\n"
      let lines = WordWrap.wrap(hit.snippet, width: context.width, indent: "  ")
      for line in lines.prefix(3) {
        out += highlight(line, terms: queryTerms, style: style) + "\n"
      }
      if lines.count > 3 { out += "  …\n" }
    }
    if total > hits.count {
      out += style.dim("\(total - hits.count) more; narrow the search with more words.") + "\n"
    }
    context.stdout.write(out)
    return .success
  }

  /// Highlights the words whose stem is one of the query's, reading words
  /// with the same scanner as the query.
  static func highlight(_ line: String, terms: Set<String>, style: Style) -> String {
    guard style.enabled else { return line }
    let bytes = Array(line.utf8)
    var result = ""
    var position = 0
    for word in Tokenizer.wordTerms(line) {
      guard let term = word.term, terms.contains(term) else { continue }
      result += String(decoding: bytes[position..<word.bytes.lowerBound], as: UTF8.self)
      result += style.highlight(String(decoding: bytes[word.bytes], as: UTF8.self))
      position = word.bytes.upperBound
    }
    return result + String(decoding: bytes[position...], as: UTF8.self)
  }
}
