import Testing

@testable import MLSDCore

/// Prose wrapped to the terminal: what every page, card and case shows.
@Suite("Word wrap")
struct WordWrapTests {
  @Test func wordsStayWholeAndLinesFitTheWidth() {
    let lines = WordWrap.wrap(
      "the quick brown fox jumps over the lazy dog and keeps on running", width: 16)
    #expect(
      lines == ["the quick brown", "fox jumps over", "the lazy dog and", "keeps on running"])
    #expect(lines.allSatisfy { $0.count <= 16 })
  }

  @Test func runsOfSpacesAndLineBreaksReadAsOneSpace() {
    let lines = WordWrap.wrap("alpha   beta\ngamma  \n delta epsilon", width: 18)
    #expect(lines == ["alpha beta gamma", "delta epsilon"])
  }

  @Test func indentStartsTheFirstLineAndHangingTheRest() {
    let lines = WordWrap.wrap(
      "one two three four five six", width: 14, indent: "  - ", hanging: "    ")
    #expect(lines == ["  - one two", "    three four", "    five six"])
  }

  @Test func aWordLongerThanTheWidthGetsALineOfItsOwn() {
    let lines = WordWrap.wrap("a supercalifragilistic word", width: 8)
    #expect(lines == ["a", "supercalifragilistic", "word"])
  }

  @Test func wideCharactersCountTwoColumns() {
    let lines = WordWrap.wrap("数据 数据 数据 ok", width: 10)
    #expect(lines == ["数据 数据", "数据 ok"])
  }

  @Test func blankLinesSeparateParagraphsAndEmptyTextKeepsTheIndent() {
    let lines = WordWrap.paragraphs("first one\n\nsecond\r\n\r\nthird", width: 20, indent: "> ")
    #expect(lines == ["> first one", "", "> second", "", "> third"])
    #expect(WordWrap.wrap("   ", width: 10, indent: "  * ") == ["  *"])
  }

  @Test func runsOfBlankLinesLeaveOneBlankLineBetweenParagraphs() {
    let lines = WordWrap.paragraphs("\n\nfirst →\n\n\n\nsecond one\n\n", width: 8)
    #expect(lines == ["first →", "", "second", "one"])
  }
}
