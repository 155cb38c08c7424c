import MLSDCore

/// `mlsd stats`: progress per phase over time.
enum StatsCommand: Command {
  static let spec = CommandSpec(
    name: "stats",
    abstract: "Show progress per phase over time.",
    discussion:
      "Per phase the average score, its trend (last five sessions against the five before) and time over budget; the best total per case; the items you miss most often; a chart of totals; practice days and your streak, in your time zone. Finished sessions with notes are scored; partial and empty ones are only counted.",
    examples: [.init(command: "mlsd stats", explanation: "scores per phase, overtime, trends")])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let (library, store) = try SessionStore.open(context)
    let sessions = store.sessions(reportingTo: context)
    if !sessions.contains(where: \.isPractice) {
      context.stdout.write(
        "No practice yet: stats need a session with notes. Start one with: mlsd interview\n")
      return .success
    }
    let stats = ProgressStats(records: sessions, phaseIDs: library.framework.phases.map(\.id))
    let calendar = PracticeCalendar(records: sessions, now: context.now(), timeZone: .system)
    let names = StatsView.Names(
      phases: Dictionary(
        library.framework.phases.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }),
      items: itemNames(stats.mostMissed, library: library))
    context.stdout.write(
      StatsView.render(
        stats, calendar: calendar, names: names, width: context.width, style: context.style))
    return .success
  }

  /// The text of each item in the list, from the content; an item whose
  /// case is no longer there keeps its id.
  static func itemNames(_ items: [ProgressStats.MissedItem], library: ContentLibrary) -> [String:
    String]
  {
    var names: [String: String] = [:]
    for item in items {
      let key = (item.caseID.map { $0 + "/" } ?? "") + item.itemID
      if let caseID = item.caseID {
        guard library.hasCase(caseID), let study = try? library.loadCase(caseID) else { continue }
        names[key] = study.allChecklistItems.first { $0.id == item.itemID }?.text
      } else {
        names[key] =
          library.framework.phases.flatMap(\.checklist).first { $0.id == item.itemID }?.text
      }
    }
    return names
  }
}
