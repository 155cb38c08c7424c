/// How much a note says beyond naming things. An interviewer gives full
/// credit for "HNSW index, because exact search over 2B vectors blows the
/// 200 ms budget" and little for "HNSW, ANN, FAISS, embeddings": the first
/// shows a decision, the second only vocabulary.
struct NoteSubstance: Equatable {
  enum Kind: Equatable {
    /// A comma-separated run of short terms with no reason or number.
    case bareList
    /// One or two words on their own.
    case fragment
    /// A plain statement: says something, gives no reason or number.
    case statement
    /// Gives a reason, a number, a comparison or a choice, or asks.
    case reasoned
  }

  let kind: Kind
  let wordCount: Int
  let hasNumber: Bool
  let hasReason: Bool
  let isQuestion: Bool

  init(_ text: String) {
    let lower = text.lowercased()
    let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
    wordCount = words.count
    // A quantity: "200 ms", "3,000 QPS", "10k". Digits inside a name (F1,
    // p99, XLM-R) or after '@' (recall@10) do not show an estimate.
    let withoutCutoffs = lower.replacing(/@\s*\d+/, with: " ")
    hasNumber = withoutCutoffs.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." })
      .contains { $0.first?.isNumber == true }
    isQuestion = text.trimmed().hasSuffix("?")
    let wordSet = Set(words.map(String.init))
    hasReason =
      !wordSet.isDisjoint(with: Self.reasonWords)
      || Self.reasonPhrases.contains { lower.contains($0) }
    let segments = lower.split(whereSeparator: { ",;|/".contains($0) })
      .map { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count }
      .filter { $0 > 0 }
    let averageSegment = segments.isEmpty ? 0 : Double(wordCount) / Double(segments.count)
    let isListShaped =
      (segments.count >= 3 && averageSegment <= 2.6) || (segments.count >= 5 && averageSegment <= 3.2)
    let strongReason =
      !wordSet.isDisjoint(with: Self.strongReasonWords)
      || Self.reasonPhrases.contains { lower.contains($0) }
    if isListShaped && !strongReason && !hasNumber && !isQuestion {
      kind = .bareList
    } else if hasReason || hasNumber || isQuestion {
      kind = .reasoned
    } else if wordCount <= 2 {
      kind = .fragment
    } else {
      kind = .statement
    }
  }

  /// Words that show reasoning, comparison or a decision.
  static let reasonWords: Set<String> = [
    "because", "since", "so", "therefore", "thus", "hence", "otherwise", "due", "given", "tradeoff",
    "tradeoffs", "vs", "versus", "instead", "rather", "but", "however", "cheaper", "faster", "slower",
    "simpler", "better", "worse", "cost", "costs", "costly", "expensive", "risk", "risks", "if",
    "unless", "when", "whereas", "which", "means", "why", "helps", "avoid", "avoids", "prevent",
    "prevents", "ensure", "ensures", "need", "needs", "prefer", "choose", "pick", "fallback",
    "tolerate", "budget", "per", "until", "before", "after", "while", "then", "first", "each",
    "every", "only", "both", "either", "over", "against", "than", "compare", "compared", "beat",
    "beats", "fails", "fail", "breaks", "hurt", "hurts", "catch", "catches", "bias", "biased",
    "handle", "handles", "matters", "important", "critical", "key", "goal", "balance", "limit",
  ]

  /// The words that still show reasoning inside a list of terms.
  static let strongReasonWords: Set<String> = [
    "because", "since", "therefore", "otherwise", "due", "given", "vs", "versus", "instead", "rather",
    "cheaper", "faster", "slower", "simpler", "if", "unless", "when", "whereas", "means", "avoid",
    "avoids", "prevent", "prevents", "than",
  ]

  static let reasonPhrases = [
    "trade-off", "so that", "in order to", "to avoid", "to reduce", "to keep", "to catch",
    "to handle", "->", "→", "=>", "i'd", "we'd", "i would", "we would", "start with",
  ]
}
