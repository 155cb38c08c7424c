/// Shape rules shared by every content file.
enum ContentRules {
  static let maxDiagramWidth = 78

  /// Lowercase kebab-case: ids are typed by users and named in tests.
  static func isValidID(_ id: String) -> Bool {
    guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else {
      return false
    }
    return id.unicodeScalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
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
