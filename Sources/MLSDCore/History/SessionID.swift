import FoundationEssentials

/// Session ids people can read and type: local start time to the minute,
/// the case, and a short random suffix, e.g.
/// `2026-12-07-1432-news-feed-3f9a`. The shell supplies the suffix and
/// creates the file exclusively, trying another suffix if the name is taken,
/// so two sessions never share a name.
package enum SessionID {
  package static func make(
    caseID: String, startedAt date: Date, timeZone: LocalTimeZone, suffix: String
  ) -> String {
    let day = timeZone.day(of: date).isoText
    let (hour, minute) = timeZone.timeOfDay(date)
    return "\(day)-\(LocalDay.two(hour))\(LocalDay.two(minute))-\(safe(caseID))-\(safe(suffix))"
  }

  /// Whether `id` can name a file in the sessions folder: letters, digits,
  /// `-`, `_`, `.`, not starting with a dot, at most 200 bytes.
  package static func isValid(_ id: String) -> Bool {
    guard !id.isEmpty, id.utf8.count <= 200, id.first != "." else { return false }
    return id.utf8.allSatisfy(isSafe)
  }

  /// Four lowercase hex digits from a random number.
  package static func suffix(_ random: UInt16) -> String {
    let digits = Array("0123456789abcdef")
    var value = Int(random)
    var text = ""
    for _ in 0..<4 {
      text = String(digits[value % 16]) + text
      value /= 16
    }
    return text
  }

  private static func safe(_ text: String) -> String {
    let bytes = text.utf8.map { isSafe($0) ? $0 : UInt8(ascii: "-") }
    let cleaned = String(decoding: bytes.prefix(80), as: UTF8.self)
    return cleaned.isEmpty ? "case" : cleaned
  }

  private static func isSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
      UInt8(ascii: "."):
      true
    default: false
    }
  }
}
