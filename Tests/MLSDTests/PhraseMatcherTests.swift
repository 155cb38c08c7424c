import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The phrase matcher as a candidate meets it: each case is a note, a
/// checklist phrase, and whether an interviewer would say the note covers it.
@Suite("Phrase matcher")
struct PhraseMatcherTests {
  typealias Case = (note: String, phrase: String, shouldMatch: Bool)

  /// Indexes one note with the phrase's own vocabulary, as the scorer does.
  static func covers(_ note: String, _ phrase: String) -> Bool {
    let compiled = Phrase(phrase)
    let text = IndexedText(lines: [note], vocabulary: Vocabulary(phrases: [compiled]))
    return text.contains(compiled)
  }

  static let casing: [Case] = [
    ("NDCG@10!", "ndcg", true),
    ("ndcg", "NDCG", true),
    ("We report Recall@K.", "recall@k", true),
    ("(HNSW) for serving", "hnsw", true),
    ("Use FAISS; it is fast.", "faiss", true),
    ("\"Cold-start\" users get popular items", "cold start", true),
    ("Latency: p99 under 200 ms", "P99", true),
    ("DCG@10", "ndcg", false),
    ("cold storage for old logs", "cold start", false),
  ]

  @Test(arguments: casing)
  func caseAndPunctuationAreIgnored(note: String, phrase: String, shouldMatch: Bool) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  static let inflections: [Case] = [
    ("ranks by predicted watch time", "rank", true),
    ("ranking with a GBDT", "rank", true),
    ("items ranked by score", "rank", true),
    ("rank the candidates", "ranking", true),
    ("learn embeddings for images", "embedding", true),
    ("an embedding per image", "embeddings", true),
    ("retraining every week", "retrain", true),
    ("we retrained last week", "retrain", true),
    ("retrain daily", "retraining", true),
    ("positive labels come from clicks", "position bias", false),
    ("a training pipeline", "retrain", false),
    ("the news feed", "new users", false),
  ]

  @Test(arguments: inflections)
  func inflectionsAreFolded(note: String, phrase: String, shouldMatch: Bool) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  static let abbreviations: [Case] = [
    ("Serve from an ANN index", "approximate nearest neighbour", true),
    ("approximate nearest neighbour search", "ANN", true),
    ("approximate nearest neighbors in FAISS", "ann", true),
    ("k-nearest neighbours as a baseline", "knn", true),
    ("CTR is the online metric", "click-through rate", true),
    ("click-through rate as the online metric", "CTR", true),
    ("click through rate", "ctr", true),
    ("nDCG@10 offline", "NDCG", true),
    ("NDCG offline", "normalized discounted cumulative gain", true),
    ("normalised discounted cumulative gain", "ndcg", true),
    ("mAP@10 on the eval set", "mean average precision", true),
    ("MAP on the eval set", "mAP", true),
    ("mean average precision at 10", "mAP", true),
    ("mAP@10 on the eval set", "map@10", true),
    ("mAP on the eval set", "map", true),
    ("map users to clusters", "map", false),
    ("a split test on 5% of traffic", "A/B test", true),
    ("map the users to clusters", "mAP", false),
    ("we map users to segments", "mean average precision", false),
    ("a DCG-style gain", "ndcg", false),
    ("CVR after the click", "ctr", false),
  ]

  @Test(arguments: abbreviations)
  func abbreviationsMatchTheirExpansionsBothWays(note: String, phrase: String, shouldMatch: Bool) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  static let spellings: [Case] = [
    ("normalise the features", "normalize", true),
    ("normalize the features", "normalise", true),
    ("normalised counts", "normalized", true),
    ("catalogue size is 2B", "catalog size", true),
    ("catalog size is 2B", "catalogue size", true),
    ("nearest neighbours", "nearest neighbor", true),
    ("nearest neighbors", "nearest neighbour", true),
    ("modelling user intent", "modeling", true),
    ("modeling user intent", "modelling", true),
    ("labelled data from raters", "labeled data", true),
    ("colour jitter augmentation", "color jitter", true),
    ("personalised feed", "personalized", true),
    ("catalogue", "category", false),
  ]

  @Test(arguments: spellings)
  func britishAndAmericanSpellingsAgree(note: String, phrase: String, shouldMatch: Bool) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  static let joins: [Case] = [
    ("a two-tower model", "two tower", true),
    ("a two tower model", "two-tower", true),
    ("a twotower model", "two tower", true),
    ("a two-tower model", "twotower", true),
    ("an A/B test on 5% of traffic", "ab test", true),
    ("an AB test on 5% of traffic", "A/B test", true),
    ("an a-b test on 5% of traffic", "A/B test", true),
    ("A/B testing for two weeks", "a/b test", true),
    ("a tower of two layers", "two tower", false),
    ("a big test set", "A/B test", false),
    ("a lab test", "ab test", false),
  ]

  @Test(arguments: joins)
  func hyphensAndSpacesAreIgnored(note: String, phrase: String, shouldMatch: Bool) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  static let typos: [Case] = [
    ("learn embedings for images", "embeddings", true),
    ("learn embeddigns for images", "embeddings", true),
    ("retrian the model weekly", "retrain", true),
    ("retraning every week", "retraining", true),
    ("recomendation for the homepage", "recommendation", true),
    ("a bank of features", "rank", false),
    ("banking app", "ranking", false),
    ("retain users", "retrain", false),
    ("a training pipeline", "retraining", false),
  ]

  @Test(arguments: typos)
  func smallTyposInLongWordsAreTolerated(note: String, phrase: String, shouldMatch: Bool) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  static let negations: [Case] = [
    ("no need for an A/B test", "A/B test", false),
    ("we don't use ANN", "ANN", false),
    ("we do not use ANN", "ANN", false),
    ("without a feature store", "feature store", false),
    ("skip the A/B test", "A/B test", false),
    ("never retrain", "retrain", false),
    ("not only CTR but also watch time", "CTR", true),
    ("not only CTR but also watch time", "watch time", true),
    ("not just CTR: watch time too", "CTR", true),
    ("No GPUs. Use ANN.", "ANN", true),
    ("No GPUs, so ANN on CPU", "ANN", true),
    ("A/B test first, no shadow mode", "A/B test", true),
    ("No A/B test for a hotfix; an A/B test for every model change", "A/B test", true),
  ]

  @Test(arguments: negations)
  func negatedMentionsDoNotCount(note: String, phrase: String, shouldMatch: Bool) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  static let gaps: [Case] = [
    ("click through the rate", "click-through rate", true),
    ("hard mined negatives", "hard negatives", true),
    ("hard carefully mined negatives", "hard negatives", true),
    ("hard and carefully mined random negatives", "hard negatives", false),
    ("negatives that are hard", "hard negatives", false),
    ("low latency. Budget is tight", "latency budget", false),
    ("hard, mined negatives", "hard negatives", false),
    ("latency; budget", "latency budget", false),
    ("latency: budget", "latency budget", false),
    ("low latency but a budget for GPUs", "latency budget", false),
    ("the user crops a photo", "how many users", false),
    ("a post from a friend", "how many posts", false),
  ]

  @Test(arguments: gaps)
  func multiWordPhrasesAllowTwoWordsBetweenWithinAClause(
    note: String, phrase: String, shouldMatch: Bool
  ) {
    #expect(Self.covers(note, phrase) == shouldMatch, "'\(note)' vs '\(phrase)'")
  }

  @Test func hitsNameEachLineOnceAndSayWhetherItWasNegated() {
    let phrase = Phrase("ANN")
    let text = IndexedText(
      lines: ["HNSW ANN index", "no ANN", "FAISS only", "ANN, then ANN again"],
      vocabulary: Vocabulary(phrases: [phrase]))
    #expect(
      text.hits(phrase) == [
        .init(line: 0, negated: false), .init(line: 1, negated: true),
        .init(line: 3, negated: false),
      ])
    #expect(text.contains(phrase))
    let negatedOnly = IndexedText(lines: ["no ANN"], vocabulary: Vocabulary(phrases: [phrase]))
    #expect(!negatedOnly.contains(phrase))
  }
}
