import Testing

@testable import MLSDCLI
@testable import MLSDCore

@Suite("JSON parser")
struct JSONParserTests {
  @Test func parsesNestedValuesInOrder() throws {
    let value = try JSONParser.parse(
      #"{"b": [1, 2.5, -3e2], "a": {"x": true, "y": null}, "s": "é\n\u00e9\ud83d\ude00"}"#)
    guard case .object(let members) = value else {
      Issue.record("expected an object")
      return
    }
    #expect(members.map(\.key) == ["b", "a", "s"])
    #expect(members[0].value == .array([.number(1), .number(2.5), .number(-300)]))
    #expect(members[2].value == .string("é\né😀"))
  }

  @Test(arguments: [
    ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, "expected ',' or '}'"),
    ("{\n\"a\": [1, 2,\n]\n}", 3, "expected a value"),
    ("{\"a\": \"unterminated}", 1, "unterminated string"),
    ("", 1, "the file is empty"),
    ("{\"a\": 01}", 1, "cannot start with 0"),
    ("{} extra", 1, "unexpected text after the end"),
    ("{\n\n\"a\" 1}", 3, "expected ':'"),
  ])
  func reportsSyntaxErrorsWithTheirLine(text: String, line: Int, message: String) {
    #expect {
      _ = try JSONParser.parse(text)
    } throws: { error in
      guard let error = error as? JSONParser.SyntaxError else { return false }
      return error.line == line && error.message.contains(message)
    }
  }

  @Test func writerRoundTripsThroughTheParser() throws {
    let value = JSONValue.object([
      "text": .string("quote \" backslash \\ newline \n tab \t"), "list": .strings(["a", "b"]),
      "n": .number(42),
    ])
    #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
  }
}
