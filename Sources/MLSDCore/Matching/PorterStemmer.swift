/// Porter's 1980 suffix-stripping algorithm, so that "rank", "ranks",
/// "ranking" and "ranked" are one word to the matcher. Over-stemming is
/// harmless here because notes and phrases are stemmed the same way.
enum PorterStemmer {
  static func stem(_ word: String) -> String {
    if let exception = exceptions[word] { return exception }
    var letters = Array(word.utf8)
    guard letters.count > 2,
      letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    else { return word }
    step1a(&letters)
    step1b(&letters)
    step1c(&letters)
    step2(&letters)
    step3(&letters)
    step4(&letters)
    step5(&letters)
    return String(decoding: letters, as: UTF8.self)
  }

  /// Words Porter would merge with a word of a different meaning
  /// ("position" and "positive" both become "posit"; "news" becomes "new").
  private static let exceptions: [String: String] = [
    "positive": "positiv", "positives": "positiv", "positively": "positiv",
    "position": "position", "positions": "position", "positional": "position",
    "positioned": "position", "news": "news", "community": "communiti",
    "communities": "communiti", "communication": "communic", "general": "general",
    "generally": "general", "generic": "general", "generate": "generat", "generated": "generat",
    "generates": "generat", "generating": "generat", "generation": "generat",
    "university": "universiti", "organic": "organic", "organization": "organiz",
    "rating": "rate", "ratings": "rate", "rated": "rate", "rater": "rater", "raters": "rater",
  ]

  private static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
    switch w[i] {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"):
      return false
    case UInt8(ascii: "y"): return i == 0 ? true : !isConsonant(w, i - 1)
    default: return true
    }
  }

  /// The number of vowel-consonant sequences in `w[0..<end]`.
  private static func measure(_ w: [UInt8], _ end: Int) -> Int {
    var count = 0
    var i = 0
    while i < end && isConsonant(w, i) { i += 1 }
    while i < end {
      while i < end && !isConsonant(w, i) { i += 1 }
      if i >= end { break }
      while i < end && isConsonant(w, i) { i += 1 }
      count += 1
    }
    return count
  }

  private static func hasVowel(_ w: [UInt8], _ end: Int) -> Bool {
    (0..<end).contains { !isConsonant(w, $0) }
  }

  private static func endsDoubleConsonant(_ w: [UInt8], _ end: Int) -> Bool {
    end >= 2 && w[end - 1] == w[end - 2] && isConsonant(w, end - 1)
  }

  /// consonant-vowel-consonant, where the last is not w, x or y.
  private static func endsCVC(_ w: [UInt8], _ end: Int) -> Bool {
    guard end >= 3, isConsonant(w, end - 1), !isConsonant(w, end - 2), isConsonant(w, end - 3)
    else { return false }
    let last = w[end - 1]
    return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
  }

  private static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
    var position = w.count
    var matched = true
    var length = 0
    for byte in suffix.utf8.reversed() {
      position -= 1
      length += 1
      if position < 0 || w[position] != byte {
        matched = false
        break
      }
    }
    return matched && length <= w.count
  }

  private static func replace(_ w: inout [UInt8], _ suffix: String, _ replacement: String) {
    w.removeLast(suffix.utf8.count)
    w.append(contentsOf: replacement.utf8)
  }

  /// Replaces `suffix` when the stem before it has a measure above `minimum`.
  @discardableResult
  private static func replaceIf(
    _ w: inout [UInt8], _ suffix: String, _ replacement: String, measureAbove minimum: Int
  ) -> Bool {
    guard ends(w, suffix) else { return false }
    if measure(w, w.count - suffix.utf8.count) > minimum {
      replace(&w, suffix, replacement)
    }
    return true
  }

  private static func step1a(_ w: inout [UInt8]) {
    if ends(w, "sses") {
      replace(&w, "sses", "ss")
    } else if ends(w, "ies") {
      replace(&w, "ies", "i")
    } else if ends(w, "ss") {
      return
    } else if ends(w, "s") {
      w.removeLast()
    }
  }

  private static func step1b(_ w: inout [UInt8]) {
    if ends(w, "eed") {
      if measure(w, w.count - 3) > 0 { w.removeLast() }
      return
    }
    var stripped = false
    if ends(w, "ed"), hasVowel(w, w.count - 2) {
      w.removeLast(2)
      stripped = true
    } else if ends(w, "ing"), hasVowel(w, w.count - 3) {
      w.removeLast(3)
      stripped = true
    }
    guard stripped else { return }
    if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
      w.append(101)
    } else if endsDoubleConsonant(w, w.count), let last = w.last, last != UInt8(ascii: "l"),
      last != UInt8(ascii: "s"),
      last != UInt8(ascii: "z")
    {
      w.removeLast()
    } else if measure(w, w.count) == 1 && endsCVC(w, w.count) {
      w.append(101)
    }
  }

  private static func step1c(_ w: inout [UInt8]) {
    if ends(w, "y"), hasVowel(w, w.count - 1) {
      w[w.count - 1] = 105
    }
  }

  private static let step2Rules: [(String, String)] = [
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
    ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
    ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ("logi", "log"),
  ]

  private static func step2(_ w: inout [UInt8]) {
    for (suffix, replacement) in step2Rules
    where replaceIf(&w, suffix, replacement, measureAbove: 0) {
      return
    }
  }

  private static let step3Rules: [(String, String)] = [
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
    ("ness", ""),
  ]

  private static func step3(_ w: inout [UInt8]) {
    for (suffix, replacement) in step3Rules
    where replaceIf(&w, suffix, replacement, measureAbove: 0) {
      return
    }
  }

  private static let step4Suffixes = [
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
  ]

  private static func step4(_ w: inout [UInt8]) {
    for suffix in step4Suffixes where ends(w, suffix) {
      let stemEnd = w.count - suffix.utf8.count
      if suffix == "ion" {
        guard stemEnd > 0,
          w[stemEnd - 1] == UInt8(ascii: "s") || w[stemEnd - 1] == UInt8(ascii: "t")
        else { return }
      }
      if measure(w, stemEnd) > 1 { w.removeLast(suffix.utf8.count) }
      return
    }
  }

  private static func step5(_ w: inout [UInt8]) {
    if ends(w, "e") {
      let m = measure(w, w.count - 1)
      if m > 1 || (m == 1 && !endsCVC(w, w.count - 1)) { w.removeLast() }
    }
    if ends(w, "ll"), measure(w, w.count) > 1 {
      w.removeLast()
    }
  }
}
