import Testing

@testable import MLSDCLI

/// What the terminal sends when a candidate types, pastes or presses keys.
@Suite("Key decoder")
struct KeyDecoderTests {
  static func decode(_ chunks: [String]) -> [Key] {
    var decoder = KeyDecoder()
    return chunks.flatMap { decoder.feed(Array($0.utf8)) }
  }

  @Test func arrowsHomeEndAndDelete() {
    #expect(
      Self.decode(["\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D"]) == [.up, .down, .right, .left])
    #expect(Self.decode(["\u{1B}[H\u{1B}[F"]) == [.home, .end])
    #expect(Self.decode(["\u{1B}[1~\u{1B}[4~\u{1B}[3~"]) == [.home, .end, .delete])
    #expect(Self.decode(["\u{1B}OA\u{1B}OD"]) == [.up, .left], "application cursor mode")
  }

  @Test func controlKeys() {
    #expect(Self.decode(["\u{03}"]) == [.interrupt])
    #expect(Self.decode(["\u{04}"]) == [.endOfInput])
    #expect(Self.decode(["\u{15}"]) == [.clearLine])
    #expect(Self.decode(["\u{17}"]) == [.deleteWord])
    #expect(Self.decode(["\u{0B}"]) == [.killToEnd])
    #expect(Self.decode(["\u{0C}"]) == [.redraw])
    #expect(Self.decode(["\u{01}\u{05}"]) == [.home, .end])
    #expect(Self.decode(["\u{02}\u{06}"]) == [.left, .right])
    #expect(Self.decode(["\u{7F}\u{08}"]) == [.backspace, .backspace])
  }

  @Test func pastedTextArrivesAsTextAndOneBreakPerLine() {
    #expect(
      Self.decode(["two towers\r\nthen ANN?\r"])
        == [.text("two towers"), .enter, .text("then ANN?"), .enter])
    #expect(Self.decode(["naïve — café"]) == [.text("naïve — café")])
  }

  @Test func sequencesSplitAcrossReadsAreJoined() {
    #expect(Self.decode(["\u{1B}", "[", "D"]) == [.left])
    #expect(Self.decode(["ab\u{1B}[", "Cc"]) == [.text("ab"), .right, .text("c")])
    // A multi-byte character cut between two reads is not mangled.
    let bytes = Array("é".utf8)
    var decoder = KeyDecoder()
    let first = decoder.feed([bytes[0]])
    let second = decoder.feed([bytes[1]])
    #expect((first + second) == [.text("é")])
  }

  @Test func unknownEscapesAndStrayControlsTypeNothing() {
    let keys = Self.decode(["\u{1B}[200~x\u{07}y"])
    #expect(!keys.contains(.text("\u{07}")))
    #expect(keys.contains(.text("x")) || keys.contains(.text("xy")))
  }
}

@Suite("Line editor")
struct LineEditorTests {
  static func type(_ keys: [Key], into editor: inout LineEditor) -> [LineEditor.Outcome] {
    keys.map { editor.handle($0) }
  }

  @Test func insertsAtTheCursorAndSubmits() {
    var editor = LineEditor()
    _ = Self.type([.text("rank"), .home, .text("re-"), .end, .text("ing")], into: &editor)
    #expect(editor.text == "re-ranking")
    #expect(editor.handle(.enter) == .submitted("re-ranking"))
    #expect(editor.text.isEmpty)
    #expect(editor.cursor == 0)
  }

  @Test func deletesByCharacterWordAndLine() {
    var editor = LineEditor()
    _ = Self.type([.text("use two towers"), .backspace], into: &editor)
    #expect(editor.text == "use two tower")
    _ = editor.handle(.deleteWord)
    #expect(editor.text == "use two ")
    _ = Self.type([.left, .left, .left, .left, .delete], into: &editor)
    #expect(editor.text == "use wo ")
    _ = editor.handle(.killToEnd)
    #expect(editor.text == "use ")
    _ = editor.handle(.clearLine)
    #expect(editor.text.isEmpty)
  }

  @Test func historyRecallsEarlierLines() {
    var editor = LineEditor()
    _ = Self.type([.text("first"), .enter, .text("second"), .enter], into: &editor)
    _ = editor.handle(.up)
    #expect(editor.text == "second")
    _ = editor.handle(.up)
    #expect(editor.text == "first")
    _ = editor.handle(.down)
    #expect(editor.text == "second")
  }

  @Test func controlKeysReportWhatTheLoopMustDo() {
    var editor = LineEditor()
    #expect(editor.handle(.interrupt) == .interrupt)
    #expect(editor.handle(.endOfInput) == .endOfInput)
    #expect(editor.handle(.redraw) == .redraw)
  }
}
