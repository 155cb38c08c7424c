import MLSDCore

/// A drill card's two sides: what to recall from, and the answer.
enum DrillCardView {
  static func prompt(
    _ card: DrillCard, number: Int, count: Int, framework: Framework, width: Int, style: Style
  ) -> String {
    var page = Page(width: width, style: style)
    switch card.kind {
    case .item(_, let caseTitle, let phaseID, let item, let misses):
      let phase = framework.phase(phaseID)?.title ?? phaseID
      let place = caseTitle.map { TerminalSafeText.cleanLine($0) } ?? "Any case"
      let missed = misses > 1 ? " · missed \(misses)×" : misses == 1 ? " · missed once" : ""
      page.heading("[\(number)/\(count)] \(place) · \(phase)\(missed)")
      page.paragraph("Hint: " + TerminalSafeText.cleanLine(item.hint), indent: "  ")
      page.paragraph(style.dim("What should a strong answer cover here?"), indent: "  ")
    case .term(let term):
      page.heading("[\(number)/\(count)] Glossary · \(TerminalSafeText.cleanLine(term.category))")
      page.paragraph("Define: " + style.bold(TerminalSafeText.cleanLine(term.term)), indent: "  ")
    }
    return page.text
  }

  static func answer(_ card: DrillCard, width: Int, style: Style) -> String {
    var page = Page(width: width, style: style)
    switch card.kind {
    case .item(_, _, _, let item, _):
      page.paragraph(style.green("Answer: ") + TerminalSafeText.cleanLine(item.text), indent: "  ")
      page.paragraph(
        style.dim("Why it matters: ") + TerminalSafeText.cleanLine(item.why), indent: "  ")
    case .term(let term):
      page.paragraph(
        style.green("Answer: ") + TerminalSafeText.cleanLine(term.definition), indent: "  ")
      if let formula = term.formula, !formula.isEmpty {
        page.paragraph(style.dim("Formula: ") + TerminalSafeText.cleanLine(formula), indent: "  ")
      }
      if !term.aliases.isEmpty {
        page.paragraph(
          style.dim("Also called: ")
            + term.aliases.map { TerminalSafeText.cleanLine($0) }.joined(separator: ", "),
          indent: "  ")
      }
    }
    return page.text
  }
}
