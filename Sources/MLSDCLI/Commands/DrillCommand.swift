import FoundationEssentials
import Glibc
import MLSDCore

/// `mlsd drill`: spaced repetition over the items the candidate keeps
/// missing, then the glossary. Reads one line at a time, on a terminal or
/// from a pipe; end of input ends the drill with everything graded saved.
enum DrillCommand: Command {
  static let limit = OptionSpec(
    names: ["--limit"], help: "At most this many cards (default 10).", valueName: "n")

  static let spec = CommandSpec(
    name: "drill",
    abstract: "Drill the checklist items you keep missing.",
    discussion:
      "Cards come back by spaced repetition (Leitner boxes): the checklist items you missed in past interviews, most missed first, then glossary terms. For each card, recall the answer, press Enter to see it, and grade yourself: 1 again, 2 hard, 3 good, 4 easy (or a, h, g, e); q stops. The schedule is saved after every grade.",
    options: [limit],
    examples: [
      .init(command: "mlsd drill", explanation: "quiz on your weakest items"),
      .init(command: "mlsd drill --limit 5", explanation: "a short round"),
    ])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    var count = 10
    if let text = arguments.value(Self.limit) {
      guard let value = Int(text), (1...1000).contains(value) else {
        throw UsageError(
          "'--limit' takes a whole number from 1 to 1000; got '\(TerminalSafeText.cleanLine(text))'.",
          command: spec)
      }
      count = value
    }
    let (library, store) = try SessionStore.open(context)
    let sessions = store.sessions(reportingTo: context)
    let scheduleStore = DrillScheduleStore(root: store.root)
    var schedule: DrillSchedule
    switch scheduleStore.load() {
    case .success(let loaded): schedule = loaded
    case .failure(let problem):
      throw CommandFailure(
        "\(problem.description); it was left as it is (move it away to start a new schedule).",
        exitCode: .dataError)
    }
    let caseIDs = Set(sessions.filter(\.isPractice).map(\.caseID)).filter(library.hasCase)
    let cases = caseIDs.sorted().compactMap { try? library.loadCase($0) }
    let glossary: Glossary
    do {
      glossary = try library.loadGlossary()
    } catch {
      throw CommandFailure(CommandContext.describe(error), exitCode: .dataError)
    }
    let deck = DrillDeck.cards(
      records: sessions, cases: cases, framework: library.framework, glossary: glossary,
      schedule: schedule, now: context.now(), limit: count)
    guard !deck.isEmpty else {
      context.stdout.write("Nothing is due. Come back later, or practise with: mlsd interview\n")
      return .success
    }

    let out = context.stdout
    let (width, style) = (context.width, context.style)
    let items = deck.filter { $0.misses > 0 }.count
    out.write(
      "Drill: \(deck.count) card\(deck.count == 1 ? "" : "s")"
        + (items > 0 ? " (\(items) from items you missed)" : " from the glossary")
        + ". Recall, press Enter to reveal, then grade: 1 again · 2 hard · 3 good · 4 easy. q stops.\n"
    )
    let input = LineReader(context.input)
    var reviewed = 0
    var saveFailure: SaveError?
    cards: for (index, card) in deck.enumerated() {
      out.write(
        "\n"
          + DrillCardView.prompt(
            card, number: index + 1, count: deck.count, framework: library.framework, width: width,
            style: style))
      out.write(style.dim("Press Enter to reveal.") + "\n")
      guard let reveal = input.next(), !isQuit(reveal) else { break }
      out.write(DrillCardView.answer(card, width: width, style: style))
      while true {
        out.write("Grade (1 again · 2 hard · 3 good · 4 easy): ")
        guard let answer = input.next(), !isQuit(answer) else {
          out.write("\n")
          break cards
        }
        guard let grade = DrillGrade(answer: answer) else {
          out.write("\n" + style.yellow("Type 1, 2, 3 or 4 (or a, h, g, e); q stops.") + "\n")
          continue
        }
        if !input.isTerminal { out.write("\(grade.rawValue)\n") }
        schedule.review(card.id, grade: grade, now: context.now())
        reviewed += 1
        do {
          try scheduleStore.save(schedule)
          saveFailure = nil
        } catch {
          saveFailure = error
          context.stderr.write(context.errorStyle.red("Error: ") + "\(error)\n")
        }
        break
      }
    }
    out.write(summary(reviewed: reviewed, of: deck, schedule: schedule, context: context))
    if let saveFailure {
      throw CommandFailure("The drill schedule was not saved: \(saveFailure)")
    }
    if reviewed > 0 {
      let path = TerminalSafeText.cleanLine(scheduleStore.url.path)
      out.write(context.style.dim("Schedule saved to \(path)") + "\n")
    }
    return .success
  }

  static func isQuit(_ line: String) -> Bool {
    ["q", "quit", "/quit"].contains(line.trimmed().lowercased())
  }

  static func summary(
    reviewed: Int, of deck: [DrillCard], schedule: DrillSchedule, context: CommandContext
  ) -> String {
    var text = "\nReviewed \(reviewed) of \(deck.count) card\(deck.count == 1 ? "" : "s")."
    let upcoming = deck.compactMap { schedule.cards[$0.id]?.due }.filter { $0 > context.now() }
    if let next = upcoming.min() {
      text += " Next due: \(LocalTimeZone.system.minuteText(next))."
    }
    return text + "\n"
  }
}

/// Lines from standard input, one at a time: read(2) on the real stdin (so
/// a terminal answers as it is typed and an endless pipe is no problem),
/// or the whole of a test's fixed input.
final class LineReader {
  private let source: InputSource
  private let readsDescriptor: Bool
  private var buffer: [UInt8] = []
  private var ended = false
  let isTerminal: Bool

  init(_ source: InputSource) {
    self.source = source
    self.readsDescriptor = source === FileDescriptorInput.standardInput
    self.isTerminal = readsDescriptor && isatty(0) == 1
    if !readsDescriptor {
      buffer = source.readAll()
      ended = true
    }
  }

  /// The next line without its line ending, or nil at end of input.
  func next() -> String? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        var line = Array(buffer[..<newline])
        buffer.removeFirst(newline + 1)
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
      }
      if ended {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
      }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer += chunk[0..<count]
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        ended = true
      }
    }
  }
}
