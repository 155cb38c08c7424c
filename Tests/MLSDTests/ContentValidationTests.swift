import Testing

@testable import MLSDCLI
@testable import MLSDCore

@Suite("Content loading and validation")
struct ContentValidationTests {
  @Test func theTinyPackLoads() throws {
    let library = try ContentLibrary(files: Fixtures.tinyFiles())
    #expect(library.framework.phases.map(\.id) == ["clarify", "design"])
    #expect(library.framework.totalMinutes == 5)
    let study = try library.loadCase("tiny")
    #expect(study.phases.map(\.phaseID) == ["clarify", "design"])
    #expect(study.phase("design")?.checklist.first?.weight == 3)
    #expect(study.phase("design")?.followUps.first?.probes == [])
    #expect(ContentLibrary.validate(Fixtures.tinyFiles()).isEmpty)
  }

  /// Each broken case file must produce exactly the problem a user needs.
  @Test(arguments: [
    (
      #""weight": 3"#, #""weight": 4"#,
      "cases/tiny.json: phases.design.checklist[0].weight: must be 1, 2 or 3"
    ),
    (
      #""level": "senior""#, #""level": "principal""#,
      "cases/tiny.json: phases.design.checklist[0].level: must be mid, senior or staff"
    ),
    (
      #""hint": "Why build it?","#, #""hint": "Why build it?", "colour": "red","#,
      "cases/tiny.json: phases.clarify.checklist[0].colour: unknown key"
    ),
    (
      #""phrases": ["how many users", "user count"]"#, #""phrases": []"#,
      "cases/tiny.json: facts[0].phrases: must not be empty"
    ),
    (
      #""id": "two-tower""#, #""id": "goal""#,
      "cases/tiny.json: phases.design.checklist[0].id: duplicate id 'goal'"
    ),
    (
      #""design": {"#, #""desing": {"#,
      "cases/tiny.json: phases.desing: unknown key (did you mean 'design'?)"
    ),
    (
      #""probes": ["goal"]"#, #""probes": ["gaol"]"#,
      "cases/tiny.json: phases.clarify.followUps[0].probes[0]: 'gaol' is not a checklist item of this phase"
    ),
    (
      #""id": "tiny""#, #""id": "small""#,
      "cases/tiny.json: id: 'small' does not match the file name 'tiny.json'"
    ),
    (
      #""difficulty": "easy""#, #""difficulty": "trivial""#,
      "cases/tiny.json: difficulty: must be easy, medium or hard"
    ),
    (
      #""id": "goal""#, #""id": "fw-goal""#,
      "cases/tiny.json: phases.clarify.checklist[0].id: case checklist ids must not start with 'fw-'"
    ),
    (
      #""summary": "A case small enough to read in a test.","#, "",
      "cases/tiny.json: summary: missing"
    ),
    (
      #""diagram": ["train -> model""#, #""diagram": ["\#(String(repeating: "=", count: 79))""#,
      "cases/tiny.json: diagram[0]: is 79 columns wide"
    ),
    (
      #""id": "users""#, #""id": "Users Count""#,
      "cases/tiny.json: facts[0].id: 'Users Count' is not a valid id"
    ),
  ])
  func reportsEachCaseProblem(target: String, replacement: String, expected: String) {
    let broken = Fixtures.edit(Fixtures.tinyCase, target, replacement)
    let problems = ContentLibrary.validate(Fixtures.tinyFiles(tinyCase: broken)).map(\.description)
    #expect(problems.contains { $0.hasPrefix(expected) }, "got \(problems)")
  }

  @Test func anEmptyChecklistIsAnError() {
    let item =
      #"{"id": "two-tower", "text": "Uses a two-tower retrieval model", "weight": 3, "level": "senior", "phrases": ["two tower", "dual encoder"], "hint": "How do you retrieve?", "why": "It scales."}"#
    let broken = Fixtures.edit(Fixtures.tinyCase, item, "")
    let problems = ContentLibrary.validate(Fixtures.tinyFiles(tinyCase: broken)).map(\.description)
    #expect(
      problems.contains("cases/tiny.json: phases.design.checklist: must not be empty"),
      "got \(problems)")
  }

  @Test func syntaxErrorsNameTheLine() {
    let broken = Fixtures.edit(Fixtures.tinyCase, #""category": "Test","#, #""category": "Test""#)
    let problems = ContentLibrary.validate(Fixtures.tinyFiles(tinyCase: broken)).map(\.description)
    #expect(problems == ["cases/tiny.json: line 5: expected ',' or '}', found '\"'"])
  }

  @Test func everyProblemIsReportedNotJustTheFirst() {
    var broken = Fixtures.edit(Fixtures.tinyCase, #""weight": 3"#, #""weight": 0"#)
    broken = Fixtures.edit(broken, #""level": "mid""#, #""level": "junior""#)
    broken = Fixtures.edit(broken, #""pitfalls": ["Skipping retrieval."]"#, #""pitfalls": "none""#)
    let problems = ContentLibrary.validate(Fixtures.tinyFiles(tinyCase: broken))
    #expect(problems.count == 3, "got \(problems)")
  }

  @Test func frameworkProblemsAreReported() {
    var broken = Fixtures.edit(Fixtures.tinyFramework, #""id": "fw-scale""#, #""id": "scale""#)
    broken = Fixtures.edit(broken, #""minutes": 3"#, #""minutes": -1"#)
    let problems = ContentLibrary.validate(Fixtures.tinyFiles(framework: broken)).map(\.description)
    #expect(
      problems.contains(
        "framework.json: phases[0].checklist[0].id: framework checklist ids must start with 'fw-'"))
    #expect(
      problems.contains("framework.json: phases[1].minutes: must be more than 0 and at most 180"))
  }

  @Test func unknownFilesInAPackAreReported() {
    let problems = ContentLibrary.validate(Fixtures.tinyFiles(extra: ["notes.json": "{}"]))
    #expect(
      problems.map(\.description) == [
        "notes.json: not a content file (expected framework.json, glossary.json or cases/ID.json)"
      ])
  }

  @Test func controlCharactersAreRemovedFromPackText() throws {
    let hostile = Fixtures.edit(
      Fixtures.tinyCase, #""title": "Tiny case""#,
      #""title": "Tiny\u001b[2J\u001b]0;pwned\u0007 case\u202e""#)
    let study = try ContentLibrary(files: Fixtures.tinyFiles(tinyCase: hostile)).loadCase("tiny")
    #expect(study.title == "Tiny[2J]0;pwned case")
    #expect(!study.title.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
  }

  @Test func aPackCaseReplacesTheBundledCaseWithTheSameID() throws {
    let bundled = Fixtures.tinyFiles()
    let pack = ContentFiles(files: [
      "cases/tiny.json": .init(
        displayName: "pack/cases/tiny.json",
        text: Fixtures.edit(Fixtures.tinyCase, #""title": "Tiny case""#, #""title": "Replaced""#))
    ])
    let library = try ContentLibrary(files: bundled.overlaid(with: pack))
    #expect(try library.loadCase("tiny").title == "Replaced")
  }
}
