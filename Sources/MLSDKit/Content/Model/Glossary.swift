/// Terms a candidate should be able to define on the spot.
public struct Glossary: Sendable, Equatable, Codable {
  public var terms: [GlossaryTerm]

  public init(terms: [GlossaryTerm]) {
    self.terms = terms
  }

  public static let empty = Glossary(terms: [])
}

public struct GlossaryTerm: Sendable, Equatable, Codable {
  public var term: String
  public var aliases: [String]
  public var category: String
  public var definition: String
  public var formula: String?

  public init(
    term: String, aliases: [String], category: String, definition: String, formula: String?
  ) {
    self.term = term
    self.aliases = aliases
    self.category = category
    self.definition = definition
    self.formula = formula
  }

  public static let categories = [
    "metric", "model", "retrieval", "serving", "data", "experimentation", "monitoring", "training",
  ]
}
