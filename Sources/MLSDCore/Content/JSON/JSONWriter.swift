/// Serialises a `JSONValue` with keys in the order given, so `--json` output
/// is stable and reads in the spec's order.
package enum JSONWriter {
  package static func write(_ value: JSONValue, pretty: Bool = true) -> String {
    var out = ""
    write(value, into: &out, indent: pretty ? "" : nil)
    return out
  }

  private static func write(_ value: JSONValue, into out: inout String, indent: String?) {
    switch value {
    case .null: out += "null"
    case .bool(let bool): out += bool ? "true" : "false"
    case .number(let number):
      if number == number.rounded(), abs(number) < 1e15 {
        out += String(Int64(number))
      } else {
        out += "\(number)"
      }
    case .string(let string): writeString(string, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      let inner = indent.map { $0 + "  " }
      let simple = items.allSatisfy {
        if case .object = $0 { false } else if case .array = $0 { false } else { true }
      }
      if simple, let indent, items.count <= 12 {
        var single = "["
        for (index, item) in items.enumerated() {
          if index > 0 { single += ", " }
          write(item, into: &single, indent: nil)
        }
        single += "]"
        if single.count + indent.count < 100 {
          out += single
          return
        }
      }
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        if let inner { out += "\n" + inner }
        write(item, into: &out, indent: inner)
      }
      if let indent { out += "\n" + indent }
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      let inner = indent.map { $0 + "  " }
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        if let inner { out += "\n" + inner } else if index > 0 { out += " " }
        writeString(member.key, into: &out)
        out += ": "
        write(member.value, into: &out, indent: inner)
      }
      if let indent { out += "\n" + indent }
      out += "}"
    }
  }

  private static func writeString(_ string: String, into out: inout String) {
    out += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}

extension JSONValue {
  /// Builds an object from key-value pairs in order.
  package static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { JSONMember(key: $0.key, value: $0.value) })
  }

  package static func strings(_ values: [String]) -> JSONValue {
    .array(values.map(JSONValue.string))
  }
}
