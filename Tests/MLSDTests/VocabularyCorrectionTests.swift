import Testing

@testable import MLSDCore

/// A misspelt phrase word snaps to the word meant, a real word one edit
/// away (one the case's own prose uses) does not, and a vocabulary read
/// back from its prepared table corrects exactly as the one written.
@Suite("Vocabulary typo correction")
struct VocabularyCorrectionTests {
  static let phrases = [Phrase("model trainer")]

  static func correction(_ word: String, in vocabulary: Vocabulary) -> String? {
    vocabulary.correction(forWord: word, stem: Tokenizer.stem(word), id: .unknown)
  }

  static func readBack(_ vocabulary: Vocabulary) -> (Vocabulary, valid: Bool) {
    var writer = TableWriter()
    vocabulary.write(to: &writer)
    var text = writer.text
    return text.withUTF8 { bytes in
      var reader = TableReader(bytes)
      let read = Vocabulary(from: &reader)
      return (read, reader.isValid)
    }
  }

  @Test func aTypoOfAPhraseWordIsCorrected() {
    let vocabulary = Vocabulary(phrases: Self.phrases)
    #expect(Self.correction("trainerr", in: vocabulary) == Tokenizer.stem("trainer"))
    #expect(Self.correction("trainee", in: vocabulary) == Tokenizer.stem("trainer"))
  }

  @Test func aWordTheCaseUsesIsNeverCorrected() {
    let vocabulary = Vocabulary(phrases: Self.phrases, knownText: "The trainee reads the guide.")
    #expect(Self.correction("trainee", in: vocabulary) == nil)
    #expect(Self.correction("trainerr", in: vocabulary) == Tokenizer.stem("trainer"))
  }

  @Test func aVocabularyReadFromItsTableCorrectsTheSame() {
    let written = Vocabulary(phrases: Self.phrases, knownText: "The trainee reads the guide.")
    let (read, valid) = Self.readBack(written)
    #expect(valid)
    for word in ["trainee", "trainerr", "contract", "quantile", "trainers"] {
      #expect(Self.correction(word, in: read) == Self.correction(word, in: written), "\(word)")
    }
  }

  @Test func wordsOutOfOrderOrRepeatedAreRefused() {
    #expect(SortedWords(sorted: ["guide", "trainee"]) != nil)
    #expect(SortedWords(sorted: ["trainee", "guide"]) == nil)
    #expect(SortedWords(sorted: ["guide", "guide"]) == nil)
    let words = SortedWords(["trainee", "guide", "trainee", "café"])
    #expect(words.contains("guide") && words.contains("trainee") && words.contains("café"))
    #expect(!words.contains("cafe") && !words.contains("") && !words.contains("zzz"))
  }
}
