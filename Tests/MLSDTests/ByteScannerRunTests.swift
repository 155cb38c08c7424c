import Testing

@testable import MLSDCore

/// The byte scanner steps over the plain middle of a string eight bytes at a
/// time; whatever falls where, it must read strings exactly as the parser
/// does, and give up on what the parser rejects.
@Suite("Byte scanner strings")
struct ByteScannerRunTests {
  /// Every awkward byte at every offset from a word boundary, and across it.
  static let pieces = [
    "\\\"", "\\\\", "\\n", "\u{1}", "\t", "\u{7F}", "\u{85}", "é", "—", "\u{202E}", "\u{200F}", "🙂",
  ]

  static func texts() -> [String] {
    var texts: [String] = []
    for piece in pieces {
      for offset in 0..<18 {
        let before = String(repeating: "a", count: offset)
        texts.append(before + piece + String(repeating: "b", count: 17 - offset % 5))
        texts.append(before + piece + piece)
      }
    }
    return texts + ["", "x", String(repeating: "plain ascii ", count: 9)]
  }

  @Test func stringsReadAsTheParserReadsThem() throws {
    for text in Self.texts() {
      var json = "[\"" + text + "\", \"tail\"]"
      let parsed = try? JSONParser.parse(json)
      let scanned = json.withUTF8 { bytes -> [String]? in
        var scanner = ByteScanner(bytes)
        return try? scanner.strings(nonEmpty: true, blankAllowed: true)
      }
      guard let scanned else {
        // Giving up is allowed; the thorough decoder then reads it.
        continue
      }
      guard case .array(let values)? = parsed else {
        Issue.record("scanner read what the parser rejects: \(json.debugDescription)")
        continue
      }
      let strings = values.compactMap { value -> String? in
        if case .string(let string) = value { TerminalSafeText.clean(string) } else { nil }
      }
      #expect(scanned == strings, "\(json.debugDescription)")
    }
  }

  @Test func skippingStopsWhereReadingDoes() {
    for text in Self.texts() {
      var json = "[\"" + text + "\", 1]"
      let parsed = (try? JSONParser.parse(json)) != nil
      let skipped = json.withUTF8 { bytes -> Bool in
        var scanner = ByteScanner(bytes)
        do {
          try scanner.skipValue()
          try scanner.end()
          return true
        } catch {
          return false
        }
      }
      // Skipping may give up on valid text, never pass invalid text.
      if skipped { #expect(parsed, "\(json.debugDescription)") }
      if parsed && !text.contains("\\u") { #expect(skipped, "\(json.debugDescription)") }
    }
  }

  @Test func aControlCharacterInsideAStringIsNeverSteppedOver() {
    for offset in 0..<24 {
      var json = "[\"" + String(repeating: "a", count: offset) + "\u{1}" + "zzzzzzzzzz\"]"
      let read = json.withUTF8 { bytes -> [String]? in
        var scanner = ByteScanner(bytes)
        return try? scanner.strings(nonEmpty: true)
      }
      #expect(read == nil, "control character at \(offset)")
    }
  }
}
