extension Glossary {
  static func decode(_ reader: JSONReader) -> Glossary {
    guard let object = reader.object(required: ["terms"]) else { return .empty }
    var seen: [String: String] = [:]
    var terms: [GlossaryTerm] = []
    for termReader in object.elements("terms") {
      guard
        let term = termReader.object(
          required: ["term", "aliases", "category", "definition"], optional: ["formula"])
      else { continue }
      let name = term.string("term")
      let key = name.lowercased()
      if let first = seen[key], !key.isEmpty {
        term.report("term", "'\(name)' is defined twice (first at \(first))")
      } else {
        seen[key] = termReader.path.description
      }
      let category = term.string("category")
      if !category.isEmpty && !GlossaryTerm.categories.contains(category) {
        term.report(
          "category",
          "'\(category)' is not one of \(GlossaryTerm.categories.joined(separator: ", "))")
      }
      terms.append(
        GlossaryTerm(
          term: name, aliases: term.strings("aliases", nonEmpty: false), category: category,
          definition: term.string("definition"), formula: term.optionalString("formula")))
    }
    return Glossary(terms: terms)
  }
}
