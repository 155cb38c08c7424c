import Foundation
import Testing

@testable import MLSDCore

/// A transcript written on Windows (CRLF) or an old Mac (lone CR) is the
/// same answer as its LF twin, title line included.
@Suite("Transcripts with any line ending")
struct LineEndingTests {
  static let endings = ["\r\n", "\r"]

  static func card(_ text: String) throws -> Scorecard {
    let library = try ContentLibrary(files: .bundled)
    let scorer = Scorer(study: try library.loadCase("news-feed"), framework: library.framework)
    return scorer.score(try TranscriptParser.parse(text, framework: library.framework))
  }

  @Test(arguments: endings)
  func scoresExactlyAsTheLFTwin(ending: String) throws {
    let lf = Fixtures.text("graded/news-feed--strong.md")
    #expect(lf.hasPrefix("# "), "the fixture starts with a title line")
    let twin = lf.replacing("\n", with: ending)
    let expected = try Self.card(lf)
    #expect(expected.total > 80)
    #expect(try Self.card(twin) == expected)
    // Without the title line too.
    let untitled = String(lf.drop { $0 != "\n" }.dropFirst())
    #expect(try Self.card(untitled.replacing("\n", with: ending)) == Self.card(untitled))
  }

  @Test(arguments: endings)
  func notesKeepTheirLineNumbers(ending: String) throws {
    let framework = try ContentLibrary(files: .bundled).framework
    let text = ["# Title", "## Clarify requirements", "", "- How many users?"]
      .joined(separator: ending)
    let transcript = try TranscriptParser.parse(text, framework: framework)
    #expect(transcript.title == "Title")
    #expect(transcript.notes(for: "clarify") == [Note("How many users?", line: 4)])
  }
}
