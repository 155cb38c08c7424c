import Foundation
import Testing

@testable import MLSDCore

/// A note's list marker ("- ", "1. ", "[x] ") is not part of what it says:
/// the scorer quotes notes without it.
@Suite("List markers")
struct ListMarkerTests {
  @Test func markersAreStrippedAndTheRestKept() {
    let cases: [(String, String)] = [
      ("- two-tower retrieval", "two-tower retrieval"),
      ("* p99 under 200 ms", "p99 under 200 ms"),
      ("+ cache embeddings", "cache embeddings"),
      ("• ANN index", "ANN index"),
      ("12. retrain weekly", "retrain weekly"),
      ("3) calibrate pCTR", "calibrate pCTR"),
      ("1234. not a list number", "1234. not a list number"),
      ("- [x] A/B test", "A/B test"),
      ("[ ] guardrails", "guardrails"),
      ("-no space after the dash", "-no space after the dash"),
      ("2B DAU", "2B DAU"),
      ("-   ", ""),
    ]
    for (line, expected) in cases {
      #expect(TranscriptParser.stripListMarker(line) == expected, "\(line)")
    }
  }

  /// Lines are read by their bytes when that is exact; the character path
  /// decides the rest (combining marks, other numerals). Both must agree
  /// on every line of every fixture answer and on the awkward cases.
  @Test func readingBytesAgreesWithReadingCharacters() throws {
    var lines = [
      "-\u{301} accent on the dash", "- \u{301}accent after the space", "•\u{301} bullet",
      "• \u{301}x", "1\u{301}. x", "1. \u{301}x", "١. Arabic digit", "1½. fraction",
      "[x] \u{301}x", "- [ ] \u{301}x", "é starts with an accent", "", " ", "-", "1.", "12)",
      "🙂 emoji", "-\r\n", "1.\t tab",
    ]
    for set in ["graded", "holdout", "blind"] {
      let folder = Fixtures.url(set)
      for file in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where file.hasSuffix(".md") {
        lines += Fixtures.text("\(set)/\(file)").split(separator: "\n").map(String.init)
      }
    }
    #expect(lines.count > 1000)
    for line in lines {
      #expect(
        TranscriptParser.stripListMarker(line)
          == TranscriptParser.stripListMarkerByCharacters(line), "\(line)")
    }
  }
}
