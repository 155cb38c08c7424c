import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The one-pass case decoder must never change a result: whatever it
/// accepts, the thorough decoder accepts with no problem and decodes to the
/// same value; everything else it leaves to the thorough decoder.
@Suite("Direct case decoding")
struct DirectCaseDecodingTests {
  /// The thorough decoder's verdict: the value, or nil if it found a problem.
  static func thorough(_ text: String, framework: Framework, id: String) -> CaseStudy? {
    let log = ProblemLog(file: "case")
    guard let value = try? JSONParser.parse(text) else { return nil }
    let study = CaseStudy.decode(
      JSONReader(value: value, path: .root, log: log), framework: framework, expectedID: id)
    return log.problems.isEmpty ? study : nil
  }

  static func direct(_ text: String, framework: Framework, id: String) -> CaseStudy? {
    DirectCaseDecoding.decode(text, framework: framework, expectedID: id)
  }

  @Test func everyBundledCaseDecodesDirectlyToTheSameValue() throws {
    let library = try ContentLibrary(files: .bundled)
    for id in library.caseIDs {
      let text = try #require(BundledContent.files["cases/\(id).json"])
      let direct = Self.direct(text, framework: library.framework, id: id)
      #expect(direct != nil, "\(id) should take the direct path")
      #expect(direct == Self.thorough(text, framework: library.framework, id: id), "\(id)")
    }
  }

  @Test func theTinyCaseDecodesDirectly() throws {
    let framework = try ContentLibrary(files: Fixtures.tinyFiles()).framework
    let direct = Self.direct(Fixtures.tinyCase, framework: framework, id: "tiny")
    #expect(direct != nil)
    #expect(direct == Self.thorough(Fixtures.tinyCase, framework: framework, id: "tiny"))
  }

  /// Rare but valid forms go to the thorough decoder, which accepts them.
  @Test(arguments: [
    (#""title": "Tiny case""#, #""title": "Tiny \u0063ase""#),
    (#""weight": 3"#, #""weight": 3.0"#),
    (#""title": "Tiny case""#, #""title": "Tiny\tcase""#),
  ])
  func rareFormsAreLeftToTheThoroughDecoder(target: String, replacement: String) throws {
    let framework = try ContentLibrary(files: Fixtures.tinyFiles()).framework
    let text = Fixtures.edit(Fixtures.tinyCase, target, replacement)
    let thorough = Self.thorough(text, framework: framework, id: "tiny")
    #expect(thorough != nil)
    let direct = Self.direct(text, framework: framework, id: "tiny")
    #expect(direct == nil || direct == thorough)
  }

  /// Thousands of small random edits of a valid file: the direct decoder
  /// never accepts what the thorough one rejects, nor decodes differently.
  @Test func randomEditsNeverMakeTheTwoDisagree() throws {
    let framework = try ContentLibrary(files: Fixtures.tinyFiles()).framework
    let original = Array(Fixtures.tinyCase.utf8)
    let replacements = Array(#"{}[]",:0123 \abz-\#n"#.utf8) + [0x09, 0xC2, 0x85, 0xE2]
    var generator = SplitMix(seed: 11)
    var accepted = 0
    for _ in 0..<4000 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes.remove(at: position)
        case 1: bytes.insert(replacements.randomElement(using: &generator)!, at: position)
        default: bytes[position] = replacements.randomElement(using: &generator)!
        }
      }
      guard let text = String(validating: bytes, as: UTF8.self) else { continue }
      // Reading only the summary still accepts only well-formed JSON.
      if DirectCaseDecoding.summary(text, expectedID: "tiny") != nil {
        #expect((try? JSONParser.parse(text)) != nil, "\(text)")
      }
      guard let direct = Self.direct(text, framework: framework, id: "tiny") else { continue }
      accepted += 1
      let thorough = Self.thorough(text, framework: framework, id: "tiny")
      #expect(direct == thorough, "\(text)")
    }
    #expect(accepted > 100, "the edits should leave many files valid")
  }

  @Test func eachBrokenFileOfTheValidationTestsIsLeftToTheThoroughDecoder() throws {
    let framework = try ContentLibrary(files: Fixtures.tinyFiles()).framework
    let edits = [
      (#""weight": 3"#, #""weight": 4"#), (#""level": "senior""#, #""level": "principal""#),
      (#""hint": "Why build it?","#, #""hint": "Why build it?", "colour": "red","#),
      (#""phrases": ["how many users", "user count"]"#, #""phrases": []"#),
      (#""id": "two-tower""#, #""id": "goal""#), (#""design": {"#, #""desing": {"#),
      (#""probes": ["goal"]"#, #""probes": ["gaol"]"#), (#""id": "tiny""#, #""id": "small""#),
      (#""difficulty": "easy""#, #""difficulty": "trivial""#),
      (#""id": "goal""#, #""id": "fw-goal""#),
      (#""summary": "A case small enough to read in a test.","#, ""),
      (#""diagram": ["train -> model""#, #""diagram": ["\#(String(repeating: "=", count: 79))""#),
      (#""id": "users""#, #""id": "Users Count""#), (#""title": "Tiny case""#, #""title": " ""#),
      (#""category": "Test","#, #""category": "Test""#),
    ]
    for (target, replacement) in edits {
      let text = Fixtures.edit(Fixtures.tinyCase, target, replacement)
      #expect(Self.direct(text, framework: framework, id: "tiny") == nil, "\(replacement)")
      #expect(Self.thorough(text, framework: framework, id: "tiny") == nil, "\(replacement)")
    }
  }
}

/// `cases` needs five fields; reading only those must give the same list.
@Suite("Case summaries")
struct CaseSummaryTests {
  static func summaryFields(_ study: CaseStudy) -> [String] {
    [study.id, study.title, study.category, study.difficulty.rawValue, study.summary]
  }

  @Test func summariesMatchTheFullCases() throws {
    let library = try ContentLibrary(files: .bundled)
    let summaries = try library.loadCaseSummaries()
    #expect(
      summaries.map(Self.summaryFields) == (try library.loadAllCases()).map(Self.summaryFields))
    #expect(summaries.allSatisfy { $0.phases.isEmpty && $0.facts.isEmpty })
  }

  @Test func aBrokenFileIsReportedAsLoadingItWholeReportsIt() throws {
    let broken = Fixtures.edit(Fixtures.tinyCase, #""category": "Test","#, #""category": "Test""#)
    let library = try ContentLibrary(files: Fixtures.tinyFiles(tinyCase: broken))
    #expect(throws: ContentError.self) { try library.loadCaseSummaries() }
    do {
      _ = try library.loadCaseSummaries()
    } catch {
      #expect(
        error.problems.map(\.description) == [
          "cases/tiny.json: line 5: expected ',' or '}', found '\"'"
        ])
    }
    // A problem in a field `cases` does not print leaves the list alone.
    let weight = Fixtures.edit(Fixtures.tinyCase, #""weight": 3"#, #""weight": 4"#)
    let lenient = try ContentLibrary(files: Fixtures.tinyFiles(tinyCase: weight))
    #expect(try lenient.loadCaseSummaries().map(\.id) == ["tiny"])
  }
}
