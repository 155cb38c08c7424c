/// Shape rules shared by every content file.
enum ContentRules {
  static let maxDiagramWidth = 78

  /// Lowercase kebab-case: ids are typed by users and named in tests.
  /// Checked on the UTF-8 bytes, as every id of every file passes here: any
  /// byte outside `a-z`, `0-9` and `-` (so any non-ASCII letter) fails.
  static func isValidID(_ id: String) -> Bool {
    var previous: UInt8 = UInt8(ascii: "-")
    for byte in id.utf8 {
      let isHyphen = byte == UInt8(ascii: "-")
      guard
        isHyphen || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      else { return false }
      // No leading hyphen (`previous` starts as one) and no two in a row.
      if isHyphen && previous == UInt8(ascii: "-") { return false }
      previous = byte
    }
    // Not empty (`previous` would still be the start's hyphen), no trailing hyphen.
    return previous != UInt8(ascii: "-")
  }

  static func checkID(_ id: String, at reader: JSONReader?) {
    guard let reader, !id.isEmpty else { return }
    if !isValidID(id) {
      reader.report("'\(id)' is not a valid id (use lowercase letters, digits and '-')")
    }
  }

  static func checkDiagram(_ lines: [String], at reader: JSONReader?) {
    guard let reader else { return }
    for (index, line) in lines.enumerated() where DisplayWidth.of(line) > maxDiagramWidth {
      JSONReader(value: .null, path: reader.path.appending(index: index), log: reader.log)
        .report(
          "is \(DisplayWidth.of(line)) columns wide; diagrams must fit \(maxDiagramWidth) columns")
    }
  }
}
