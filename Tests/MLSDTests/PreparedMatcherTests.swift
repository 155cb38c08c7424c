import Foundation
import MLSDBundle
import Testing

@testable import MLSDCore

/// The build writes each bundled case's scoring tables out (`PreparedMatcher`)
/// and `score` and `interview` read them back. Scoring with them must be
/// exactly scoring with tables compiled at run time, as a content pack's
/// case and an unprepared build are scored: these tests guard that fallback.
@Suite("Scoring tables prepared at build time")
struct PreparedMatcherTests {
  static let library = try? ContentLibrary(files: .bundledAndPrepared)

  static var gradedAnswers: [GradeSheet.Entry] {
    (try? GradeSheet(json: Fixtures.text("graded/grades.json")).entries) ?? []
  }

  @Test func everyBundledCaseHasTablesThatRead() throws {
    let library = try #require(Self.library)
    #expect(!library.caseIDs.isEmpty)
    for id in library.caseIDs {
      let prepared = try #require(library.preparedMatcher(id), "\(id)")
      let study = try library.loadCase(id)
      #expect(Scorer(study: study, framework: library.framework, reading: prepared) != nil, "\(id)")
    }
  }

  /// The tables are written sorted, so equal tables are equal text: the
  /// build's are the ones compiling now gives, and reading loses nothing.
  @Test func theBuildsTablesAreTheOnesCompiledNow() throws {
    let library = try #require(Self.library)
    for id in library.caseIDs {
      let prepared = try #require(library.preparedMatcher(id), "\(id)")
      let study = try library.loadCase(id)
      let compiled = Scorer(study: study, framework: library.framework).prepared
      #expect(compiled.encoded == prepared.encoded, "\(id): the build's tables are stale")
      let read = Scorer(study: study, framework: library.framework, reading: prepared)
      #expect(read?.prepared.encoded == prepared.encoded, "\(id): reading changes the tables")
    }
  }

  @Test func everyGradedAnswerScoresAsWithTablesCompiledNow() throws {
    let library = try #require(Self.library)
    let answers = Self.gradedAnswers
    #expect(answers.count >= 24)
    var scorers: [String: (prepared: Scorer, compiled: Scorer)] = [:]
    for answer in answers {
      if scorers[answer.caseID] == nil {
        let study = try library.loadCase(answer.caseID)
        let tables = try #require(library.preparedMatcher(answer.caseID))
        let read = try #require(
          Scorer(study: study, framework: library.framework, reading: tables))
        scorers[answer.caseID] = (read, Scorer(study: study, framework: library.framework))
      }
      let pair = try #require(scorers[answer.caseID])
      let transcript = try TranscriptParser.parse(
        Fixtures.text("graded/\(answer.file)"), framework: library.framework)
      for level in Level.allCases {
        let prepared = pair.prepared.score(transcript, level: level)
        let compiled = pair.compiled.score(transcript, level: level)
        #expect(prepared == compiled, "\(answer.file) at \(level)")
      }
      for note in transcript.allNotes where note.isQuestion {
        #expect(
          pair.prepared.factLookup.facts(answering: note.text).map(\.id)
            == pair.compiled.factLookup.facts(answering: note.text).map(\.id), "\(note.text)")
      }
    }
  }

  /// The tables group joinable words by their first two bytes; every
  /// word a note may start must find the same candidates, in the same order.
  @Test func joinableWordsReadBackAsCompiled() throws {
    let library = try #require(Self.library)
    for id in library.caseIDs {
      let study = try library.loadCase(id)
      let tables = try #require(library.preparedMatcher(id))
      let read = try #require(Scorer(study: study, framework: library.framework, reading: tables))
      let compiled = Scorer(study: study, framework: library.framework)
      let vocabulary = compiled.matcher.vocabulary
      var prefixes: Set<String> = ["two", "re", "multi", "near", "embed", "caf", "\u{e9}t\u{e9}"]
      for words in vocabulary.joinableByLetter.values {
        for word in words { prefixes.insert(String(word.word.prefix(3))) }
      }
      var found = 0
      for prefix in prefixes.sorted() {
        let expected = vocabulary.joinable(prefix).map(\.word)
        found += expected.count
        #expect(
          read.matcher.vocabulary.joinable(prefix).map(\.word) == expected, "\(id): \(prefix)")
      }
      #expect(found > 0, "\(id)")
    }
  }

  @Test func tablesForAnotherCaseOrMalformedAreNotRead() throws {
    let library = try #require(Self.library)
    let study = try library.loadCase("visual-search")
    let other = try #require(library.preparedMatcher("news-feed"))
    #expect(Scorer(study: study, framework: library.framework, reading: other) == nil)
    let own = try #require(library.preparedMatcher("visual-search")).encoded
    for broken in [
      "", "garbage", String(own.dropLast()), own + "1;", String(own.prefix(own.count / 2)),
      own.replacingOccurrences(of: ";", with: ":"),
    ] {
      let tables = PreparedMatcher(encoded: broken)
      #expect(Scorer(study: study, framework: library.framework, reading: tables) == nil)
      // The fallback compiles the tables instead.
      let scorer = Scorer(study: study, framework: library.framework, prepared: tables)
      #expect(scorer.prepared.encoded == own)
    }
  }

  /// The fact lookup's table is read only when a question needs it, after
  /// the tables were accepted: one spoilt in place (its length unchanged)
  /// is compiled instead, and questions get the same facts.
  @Test func aFactTableSpoiltInPlaceIsCompiledInstead() throws {
    let library = try #require(Self.library)
    let study = try library.loadCase("news-feed")
    let own = try #require(library.preparedMatcher("news-feed")).encoded
    let lengths = own.split(separator: ";", maxSplits: 3).prefix(3).compactMap { Int($0) }
    try #require(lengths.count == 3)
    let header = lengths.map { String($0) + ";" }.joined()
    var bytes = Array(own.utf8)
    let factTable = (header.utf8.count + lengths[0] + lengths[1])..<bytes.count
    // The table's format name, one letter changed: same length, not readable.
    let name = Array("matcher".utf8)
    let at = try #require(
      factTable.first { bytes[$0..<min($0 + name.count, bytes.count)].elementsEqual(name) })
    bytes[at] = UInt8(ascii: "n")
    let spoilt = PreparedMatcher(encoded: String(decoding: bytes, as: UTF8.self))
    let read = try #require(Scorer(study: study, framework: library.framework, reading: spoilt))
    let compiled = Scorer(study: study, framework: library.framework)
    for question in [
      "What is the goal?", "How many daily users and new posts per day?", "latency?",
    ] {
      let expected = compiled.factLookup.facts(answering: question).map(\.id)
      #expect(!expected.isEmpty, "\(question)")
      #expect(read.factLookup.facts(answering: question).map(\.id) == expected, "\(question)")
    }
  }

  @Test func aPackCaseHasNoPreparedTables() throws {
    let files = try #require(Fixtures.packRetitlingVisualSearch())
    let library = try ContentLibrary(files: files)
    #expect(library.preparedMatcher("visual-search") == nil)
    #expect(library.preparedMatcher("news-feed") != nil)
    let framework = try ContentLibrary(
      files: ContentFiles.bundledAndPrepared.overlaid(
        with: Fixtures.tinyFiles()))
    #expect(framework.preparedMatcher("news-feed") == nil)
  }
}
