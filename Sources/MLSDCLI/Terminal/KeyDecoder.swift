import MLSDCore

/// Turns raw terminal bytes into keys: UTF-8 text, control keys, and the
/// escape sequences arrow and editing keys send.
enum Key: Equatable {
  case text(String)
  case enter, backspace, delete, left, right, up, down, home, end
  case clearLine, deleteWord, interrupt, endOfInput, redraw, killToEnd
}

struct KeyDecoder {
  private var pending: [UInt8] = []

  /// Decodes what can be decoded; keeps an incomplete sequence for next time.
  mutating func feed(_ bytes: [UInt8]) -> [Key] {
    pending += bytes
    var keys: [Key] = []
    var index = 0
    var text: [UInt8] = []
    func flushText() {
      if !text.isEmpty {
        keys.append(.text(String(decoding: text, as: UTF8.self)))
        text.removeAll()
      }
    }
    while index < pending.count {
      let byte = pending[index]
      switch byte {
      case 0x1B:
        flushText()
        guard index + 1 < pending.count else {
          // A lone ESC at the end of a read: keep it only if more may come.
          if bytes.count > 1 { index += 1 }
          pending = Array(pending[index...])
          return keys
        }
        let (key, length) = Self.escape(Array(pending[index...]))
        if length == 0 {
          pending = Array(pending[index...])
          return keys
        }
        if let key { keys.append(key) }
        index += length
        continue
      case 0x0D, 0x0A:
        flushText()
        keys.append(.enter)
        // CR LF from a paste is one line break.
        if byte == 0x0D, index + 1 < pending.count, pending[index + 1] == 0x0A { index += 1 }
      case 0x7F, 0x08:
        flushText()
        keys.append(.backspace)
      case 0x03:
        flushText()
        keys.append(.interrupt)
      case 0x04:
        flushText()
        keys.append(.endOfInput)
      case 0x15:
        flushText()
        keys.append(.clearLine)
      case 0x17:
        flushText()
        keys.append(.deleteWord)
      case 0x0C:
        flushText()
        keys.append(.redraw)
      case 0x01:
        flushText()
        keys.append(.home)
      case 0x05:
        flushText()
        keys.append(.end)
      case 0x0B:
        flushText()
        keys.append(.killToEnd)
      case 0x02:
        flushText()
        keys.append(.left)
      case 0x06:
        flushText()
        keys.append(.right)
      case 0x09:
        text += [0x20]
      case 0x00..<0x20:
        break
      default:
        // Hold back an incomplete UTF-8 sequence at the end of the read.
        let needed = Self.utf8Length(byte)
        if index + needed > pending.count {
          flushText()
          pending = Array(pending[index...])
          return keys
        }
        text += pending[index..<index + needed]
        index += needed
        continue
      }
      index += 1
    }
    flushText()
    pending.removeAll()
    return keys
  }

  private static func utf8Length(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...0xF7: 4
    case 0xE0...0xEF: 3
    case 0xC0...0xDF: 2
    default: 1
    }
  }

  /// (key, bytes consumed); 0 consumed means "incomplete, wait for more".
  private static func escape(_ bytes: [UInt8]) -> (Key?, Int) {
    guard bytes.count >= 2 else { return (nil, 0) }
    let kind = bytes[1]
    guard kind == UInt8(ascii: "[") || kind == UInt8(ascii: "O") else { return (nil, 2) }
    var end = 2
    while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
    guard end < bytes.count else { return (nil, bytes.count > 12 ? bytes.count : 0) }
    let final = bytes[end]
    let parameters = String(decoding: bytes[2..<end], as: UTF8.self)
    let length = end + 1
    switch final {
    case UInt8(ascii: "A"): return (.up, length)
    case UInt8(ascii: "B"): return (.down, length)
    case UInt8(ascii: "C"): return (.right, length)
    case UInt8(ascii: "D"): return (.left, length)
    case UInt8(ascii: "H"): return (.home, length)
    case UInt8(ascii: "F"): return (.end, length)
    case UInt8(ascii: "~"):
      switch parameters {
      case "1", "7": return (.home, length)
      case "4", "8": return (.end, length)
      case "3": return (.delete, length)
      default: return (nil, length)
      }
    default: return (nil, length)
    }
  }
}
