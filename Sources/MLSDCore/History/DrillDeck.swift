import FoundationEssentials

/// One thing to recall: a checklist item the candidate missed, or a
/// glossary term.
package struct DrillCard: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    /// `caseID` is nil for the framework's generic items, which every case
    /// shares.
    case item(
      caseID: String?, caseTitle: String?, phaseID: String, item: ChecklistItem, misses: Int)
    case term(GlossaryTerm)
  }

  /// Stable across runs: the schedule is keyed by it.
  package var id: String
  package var kind: Kind

  package static func itemID(caseID: String?, itemID: String) -> String {
    "item:" + (caseID.map { $0 + "/" } ?? "") + itemID
  }

  package static func termID(_ term: GlossaryTerm) -> String {
    "term:" + term.term.lowercased()
  }

  /// How many sessions missed it; 0 for a glossary term.
  package var misses: Int {
    if case .item(_, _, _, _, let misses) = kind { return misses }
    return 0
  }
}

/// Builds a drill: the checklist items missed in past sessions that are
/// due (those missed most often first, those seen before by due date),
/// then due glossary terms, at most `limit` cards.
package enum DrillDeck {
  package static func cards(
    records: [SessionRecord], cases: [CaseStudy], framework: Framework, glossary: Glossary,
    schedule: DrillSchedule, now: Date, limit: Int
  ) -> [DrillCard] {
    guard limit > 0 else { return [] }
    let missed = missedItems(records: records, cases: cases, framework: framework)
    let terms = glossary.terms.map { DrillCard(id: DrillCard.termID($0), kind: .term($0)) }
    var deck: [DrillCard] = []
    for group in [missed, terms] {
      let due = group.filter { schedule.isDue($0.id, now: now) }
      let seen = due.filter { schedule.cards[$0.id] != nil }
        .sorted { (schedule.cards[$0.id]?.due ?? now) < (schedule.cards[$1.id]?.due ?? now) }
      let fresh = due.filter { schedule.cards[$0.id] == nil }
      deck += seen + fresh
      if deck.count >= limit { break }
    }
    return Array(deck.prefix(limit))
  }

  /// Every checklist item missed in a session with notes, once, most
  /// missed first. A partial session counts only the phases it finished.
  package static func missedItems(
    records: [SessionRecord], cases: [CaseStudy], framework: Framework
  ) -> [DrillCard] {
    var studies: [String: CaseStudy] = [:]
    for study in cases { studies[study.id] = study }
    var counts: [String: Int] = [:]
    var kinds: [String: DrillCard.Kind] = [:]
    var order: [String] = []
    // Newest first, so among items missed equally often the recent come first.
    for record in records.sorted(by: { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) })
    where record.isPractice {
      guard let result = record.result, let study = studies[record.caseID] else { continue }
      let judged = Set(record.judgedPhaseIDs)
      for itemID in Set(result.missedItems).sorted() {
        guard let (phaseID, item) = find(itemID, in: study, framework: framework),
          judged.contains(phaseID)
        else { continue }
        let caseID = item.isGeneric ? nil : study.id
        let id = DrillCard.itemID(caseID: caseID, itemID: itemID)
        counts[id, default: 0] += 1
        if kinds[id] == nil {
          order.append(id)
          kinds[id] = .item(
            caseID: caseID, caseTitle: caseID == nil ? nil : study.title, phaseID: phaseID,
            item: item, misses: 0)
        }
      }
    }
    let cards = order.compactMap { id -> DrillCard? in
      guard case .item(let caseID, let title, let phaseID, let item, _)? = kinds[id] else {
        return nil
      }
      let misses = counts[id] ?? 0
      return DrillCard(
        id: id,
        kind: .item(caseID: caseID, caseTitle: title, phaseID: phaseID, item: item, misses: misses))
    }
    // A stable sort: most missed first, ties in the order first met.
    return cards.enumerated().sorted { lhs, rhs in
      let (left, right) = (lhs.element.misses, rhs.element.misses)
      return left != right ? left > right : lhs.offset < rhs.offset
    }
    .map(\.element)
  }

  private static func find(_ itemID: String, in study: CaseStudy, framework: Framework) -> (
    String, ChecklistItem
  )? {
    for phase in study.phases {
      if let item = phase.checklist.first(where: { $0.id == itemID }) {
        return (phase.phaseID, item)
      }
    }
    for phase in framework.phases {
      if let item = phase.checklist.first(where: { $0.id == itemID }) { return (phase.id, item) }
    }
    return nil
  }
}
