import MLSDCore

/// A page of terminal text built line by line: headings, wrapped prose,
/// bullets, preformatted diagrams. Rendered once and written in one go.
struct Page {
  let width: Int
  let style: Style
  private(set) var lines: [String] = []

  init(width: Int, style: Style) {
    self.width = width
    self.style = style
  }

  mutating func title(_ text: String) {
    lines.append(style.bold(style.cyan(text)))
  }

  mutating func heading(_ text: String) {
    blankIfNeeded()
    lines.append(style.heading(text))
  }

  mutating func subheading(_ text: String, indent: String = "") {
    lines.append(indent + style.bold(text))
  }

  mutating func paragraph(_ text: String, indent: String = "") {
    lines += WordWrap.paragraphs(text, width: width, indent: indent)
  }

  /// A bullet whose continuation lines align under its text.
  mutating func bullet(
    _ text: String, marker: String = "•", indent: String = "  ", styledMarker: String? = nil
  ) {
    let prefix = indent + marker + " "
    let hanging = String(repeating: " ", count: DisplayWidth.of(prefix))
    var wrapped = WordWrap.wrap(text, width: width, indent: prefix, hanging: hanging)
    if let styledMarker, !wrapped.isEmpty {
      wrapped[0] = indent + styledMarker + " " + wrapped[0].droppingBytes(prefix.utf8.count)
    }
    lines += wrapped
  }

  /// "label  text" with the text wrapped and aligned after the label; a
  /// label too long for its column gets a line of its own.
  mutating func labelled(_ label: String, _ text: String, labelWidth: Int, indent: String = "  ") {
    let hanging = String(repeating: " ", count: labelWidth)
    if DisplayWidth.of(indent + label) + 1 > labelWidth {
      lines.append(indent + style.bold(label))
      lines += WordWrap.wrap(text, width: width, indent: hanging, hanging: hanging)
      return
    }
    let paddedLabel = DisplayWidth.pad(indent + label, to: labelWidth)
    var wrapped = WordWrap.wrap(text, width: width, indent: paddedLabel, hanging: hanging)
    if !wrapped.isEmpty {
      let rest = wrapped[0].droppingBytes(paddedLabel.utf8.count)
      wrapped[0] =
        indent + style.bold(label)
        + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(indent + label)))
        + rest
    }
    lines += wrapped
  }

  /// Preformatted lines, cut to the width rather than wrapped.
  mutating func preformatted(_ text: [String], indent: String = "  ") {
    for line in text {
      lines.append(DisplayWidth.truncate(indent + line, to: width))
    }
  }

  mutating func line(_ text: String) {
    lines.append(text)
  }

  mutating func blank() {
    lines.append("")
  }

  /// Another page's lines after this one's, set off by a blank line as a
  /// heading would be: a section rendered on its own page reads the same.
  mutating func append(_ section: Page) {
    blankIfNeeded()
    lines += section.lines
  }

  mutating func blankIfNeeded() {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  /// The lines joined, trailing blank lines dropped.
  var text: String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// `text` as UTF-8, built in one buffer sized up front: a page is
  /// hundreds of lines, and appending each to a `String` (or
  /// `joined(separator:)`) cost more than wrapping them.
  var bytes: [UInt8] {
    var end = lines.count
    while end > 0 && lines[end - 1].isEmpty { end -= 1 }
    guard end > 0 else { return [0x0A] }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(lines[..<end].reduce(0) { $0 + $1.utf8.count + 1 })
    for line in lines[..<end] {
      bytes.append(contentsOf: line.utf8)
      bytes.append(0x0A)
    }
    return bytes
  }
}

extension String {
  /// The text after its first `count` bytes, which the caller wrote there
  /// itself (an indent, a label): cut by bytes, where `dropFirst` would
  /// walk characters.
  /// A `String`, not a `Substring`: `+` with a substring goes through the
  /// generic `append(contentsOf:)`, whose first call looks its types up by
  /// name at run time (a tenth of a millisecond of every card).
  fileprivate func droppingBytes(_ count: Int) -> String {
    String(Substring(utf8.dropFirst(count)))
  }
}
