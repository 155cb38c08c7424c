import Foundation
import MLSDBundle
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The build prepares the bundled content as Swift values and a search
/// index; they must be exactly what decoding the JSON gives at run time.
@Suite("Content prepared at build time")
struct PreparedContentTests {
  static let decoded = try? ContentLibrary(files: .bundled)
  static let prepared = try? ContentLibrary(files: .bundledAndPrepared)

  @Test func thePreparedValuesAreForTheseFiles() {
    #expect(PreparedBundle.content.digest == ContentFiles.bundledDigest)
    #expect(ContentFiles.bundledAndPrepared.prepared != nil)
  }

  @Test func frameworkAndGlossaryEqualTheDecodedOnes() throws {
    let decoded = try #require(Self.decoded)
    let prepared = try #require(Self.prepared)
    #expect(prepared.framework == decoded.framework)
    #expect(try prepared.loadGlossary() == decoded.loadGlossary())
  }

  @Test func everyCaseEqualsTheDecodedOne() throws {
    let decoded = try #require(Self.decoded)
    let prepared = try #require(Self.prepared)
    #expect(prepared.caseIDs == decoded.caseIDs)
    #expect(try prepared.loadAllCases() == decoded.loadAllCases())
  }

  @Test func validatingThePreparedContentFindsNothingAndChecksNoFile() {
    #expect(ContentLibrary.validate(.bundledAndPrepared).isEmpty)
  }

  @Test func aPackCaseReplacesThePreparedOne() throws {
    let files = try #require(Fixtures.packRetitlingVisualSearch())
    #expect(files.prepared?.cases["visual-search"] == nil)
    #expect(files.prepared?.cases["news-feed"] != nil)
    #expect(try ContentLibrary(files: files).loadCase("visual-search").title == "Replaced")
  }

  @Test func aPackFrameworkDropsThePreparedFrameworkAndCases() throws {
    let pack = Fixtures.tinyFiles()
    let files = ContentFiles.bundledAndPrepared.overlaid(with: pack)
    #expect(files.prepared?.framework == nil)
    #expect(files.prepared?.cases.isEmpty == true)
    #expect(try ContentLibrary(files: files).framework.phases.map(\.id) == ["clarify", "design"])
  }

  @Test func thePreparedSearchIndexRanksAsTheBuiltOne() throws {
    let library = try #require(Self.decoded)
    let documents = SearchCorpus.documents(
      framework: library.framework, cases: try library.loadAllCases(),
      glossary: try library.loadGlossary())
    let built = SearchIndex.$prepared.withValue(nil) { SearchIndex(documents: documents) }
    let prepared = SearchIndex.$prepared.withValue(PreparedBundle.searchIndexSource) {
      SearchIndex(documents: documents)
    }
    for query in ["NDCG", "cold start", "approximate nearest neighbour", "feature store drift"] {
      let (builtHits, builtTotal) = built.search(query, limit: 15)
      let (preparedHits, preparedTotal) = prepared.search(query, limit: 15)
      #expect(preparedTotal == builtTotal, "\(query)")
      #expect(preparedHits.map(\.document) == builtHits.map(\.document), "\(query)")
      #expect(preparedHits.map(\.snippet) == builtHits.map(\.snippet), "\(query)")
    }
  }

  @Test func thePreparedSearchIndexIsNotUsedForOtherPassages() {
    let documents = [SearchDocument(location: "here", text: "NDCG rewards good ranking")]
    let index = SearchIndex.$prepared.withValue(PreparedBundle.searchIndexSource) {
      SearchIndex(documents: documents)
    }
    #expect(index.search("ndcg", limit: 5).total == 1)
  }
}
