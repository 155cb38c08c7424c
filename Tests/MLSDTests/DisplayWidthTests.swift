import Testing

@testable import MLSDCore

/// Columns a terminal gives text: what keeps wrapped lines, padded labels
/// and box rows aligned.
@Suite("Display width")
struct DisplayWidthTests {
  /// The blocks measured without a Unicode lookup must give what the lookup
  /// gives: a combining mark there would otherwise push every later column.
  @Test func punctuationAndSymbolBlocksAgreeWithTheUnicodeCategories() {
    for value in UInt32(0x2000)..<0x2E80 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let category = scalar.properties.generalCategory
      let expected =
        category == .nonspacingMark || category == .enclosingMark || value == 0x200D ? 0 : 1
      #expect(
        DisplayWidth.columns(of: scalar) == expected,
        "U+\(String(value, radix: 16, uppercase: true))")
    }
  }

  @Test func textWidthCountsColumnsNotBytes() {
    #expect(DisplayWidth.of("p99 ≤ 200 ms — cached → served") == 30)
    #expect(DisplayWidth.of("café") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("推荐") == 4)
    #expect(DisplayWidth.of("\u{1B}[1mbold\u{1B}[0m") == 4)
  }

  @Test func padAndTruncateUseColumns() {
    #expect(DisplayWidth.pad("• ok", to: 6) == "• ok  ")
    #expect(DisplayWidth.truncate("recall → precision", to: 10) == "recall → …")
  }
}
