/// A parsed JSON document that remembers where each value started, so content
/// errors can name a line as well as a path.
package indirect enum JSONValue: Sendable, Equatable {
  case object([JSONMember])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  /// A short name for error messages: "expected a string, found an array".
  var kindName: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    }
  }
}

/// One `"key": value` pair. Objects keep their members in source order so
/// that problems are reported in the order a reader meets them.
package struct JSONMember: Sendable, Equatable {
  package var key: String
  package var value: JSONValue

  package init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}
