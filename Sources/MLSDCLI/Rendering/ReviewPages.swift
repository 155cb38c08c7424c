import MLSDCore

/// The end-of-interview review cut into pages that fit the transcript area:
/// one phase at a time (more pages when a phase has more items than rows),
/// detected items first, then the ones named without substance, then the
/// rest. Numbers are per page, so they stay short.
struct ReviewPages {
  struct Entry: Equatable {
    var itemID: String
    var text: String
    var status: ItemResult.Status
  }

  struct Page: Equatable {
    var phaseTitle: String
    /// 1-based part of this phase, and how many parts it has.
    var part: Int
    var parts: Int
    var entries: [Entry]
  }

  let pages: [Page]

  /// `rows` is the transcript area's height: a page keeps three rows for
  /// its heading, the echoed input and a message.
  init(card: Scorecard, rows: Int) {
    let perPage = max(3, rows - 3)
    let order: [ItemResult.Status: Int] = [.covered: 0, .namedOnly: 1, .missed: 2]
    var pages: [Page] = []
    for phase in card.phases {
      let entries = phase.items.enumerated()
        .sorted {
          (order[$0.element.status] ?? 3, $0.offset) < (order[$1.element.status] ?? 3, $1.offset)
        }
        .map {
          Entry(itemID: $0.element.item.id, text: $0.element.item.text, status: $0.element.status)
        }
      let chunks = stride(from: 0, to: max(1, entries.count), by: perPage).map {
        Array(entries[$0..<min(entries.count, $0 + perPage)])
      }
      for (index, chunk) in chunks.enumerated() {
        pages.append(
          Page(phaseTitle: phase.title, part: index + 1, parts: chunks.count, entries: chunk))
      }
    }
    self.pages = pages
  }

  /// The page's lines, each cut to `width` columns so none wraps.
  static func lines(
    _ page: Page, number: Int, of count: Int, overrides: [String: Bool], width: Int
  ) -> [String] {
    let part = page.parts > 1 ? " (\(page.part)/\(page.parts))" : ""
    var lines = [
      "Review \(number)/\(count): \(page.phaseTitle)\(part). Tick what you really covered."
    ]
    for (index, entry) in page.entries.enumerated() {
      let covered = overrides[entry.itemID] ?? (entry.status == .covered)
      let mark = covered ? "[x]" : "[ ]"
      let note = entry.status == .namedOnly && !covered ? " (named, not explained)" : ""
      let number = index + 1 < 10 ? " \(index + 1)" : "\(index + 1)"
      lines.append(DisplayWidth.truncate("\(mark) \(number). \(entry.text)\(note)", to: width))
    }
    return lines
  }
}
