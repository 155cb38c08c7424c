/// Terms a candidate should be able to define on the spot.
package struct Glossary: Sendable, Equatable, Codable {
  package var terms: [GlossaryTerm]

  package init(terms: [GlossaryTerm]) {
    self.terms = terms
  }

  package static let empty = Glossary(terms: [])
}

package struct GlossaryTerm: Sendable, Equatable, Codable {
  package var term: String
  package var aliases: [String]
  package var category: String
  package var definition: String
  package var formula: String?

  package init(
    term: String, aliases: [String], category: String, definition: String, formula: String?
  ) {
    self.term = term
    self.aliases = aliases
    self.category = category
    self.definition = definition
    self.formula = formula
  }

  package static let categories = [
    "metric", "model", "retrieval", "serving", "data", "experimentation", "monitoring", "training",
  ]
}
