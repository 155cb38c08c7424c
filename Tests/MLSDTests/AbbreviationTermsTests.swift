import Testing

@testable import MLSDCore

/// `Abbreviations.terms` is written out so a run does not stem every
/// expansion: it must stay what the tokenizer makes of `table`.
@Suite("Abbreviation terms")
struct AbbreviationTermsTests {
  @Test func termsAreTheTableTokenized() {
    let computed = Abbreviations.table.map {
      (
        abbreviation: Tokenizer.terms($0.abbreviation, isPhrase: true),
        terms: Tokenizer.terms($0.expansion, isPhrase: true)
      )
    }
    let same =
      computed.count == Abbreviations.terms.count
      && zip(computed, Abbreviations.terms).allSatisfy {
        $0.abbreviation == $1.abbreviation && $0.terms == $1.terms
      }
    let lines = computed.map { "    (\($0.abbreviation), \($0.terms))," }
    #expect(same, "Abbreviations.terms should read:\n\(lines.joined(separator: "\n"))")
  }
}
