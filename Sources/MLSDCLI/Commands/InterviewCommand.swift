import FoundationEssentials
import Glibc
import MLSDCore

/// `mlsd interview`: picks or resumes a case, runs the loop on a terminal or
/// a pipe, then reviews, scores and saves.
enum InterviewCommand: Command {
  static let random = OptionSpec(
    names: ["--random"], help: "Pick a case you have practised least or scored worst on.")
  static let minutes = OptionSpec(
    names: ["--minutes"], help: "Length of the whole interview; phases keep their proportions.",
    valueName: "n")
  static let noTimer = OptionSpec(
    names: ["--no-timer"], help: "Phases end only by /next or end of input.")
  static let soft = OptionSpec(
    names: ["--soft"], help: "Keep a phase open past its budget, counting overtime.")
  static let level = OptionSpec(
    names: ["--level"], help: "mid, senior (default) or staff: which checklist items count.",
    valueName: "level", completion: .values(Level.allCases.map(\.rawValue)))
  static let resume = OptionSpec(
    names: ["--resume"], help: "Continue the last interview left with /quit or Ctrl-C.")

  static let spec = CommandSpec(
    name: "interview",
    abstract: "Run a timed mock interview on one case study.",
    discussion:
      "Type notes line by line. A line ending in '?' is also a question to the interviewer. Commands: \(SlashCommand.footer). With no case id, mlsd picks the case you have practised least or scored worst on.",
    arguments: [
      ArgumentSpec(
        name: "id", help: "The case to practise (see 'mlsd cases').", isOptional: true,
        completion: .caseIDs)
    ],
    options: [
      random,
      minutes,
      noTimer,
      soft,
      level,
      resume,
    ],
    examples: [
      .init(command: "mlsd interview visual-search", explanation: "45 minutes on visual search"),
      .init(command: "mlsd interview --random --minutes 20", explanation: "a short drill"),
      .init(
        command: "mlsd interview news-feed --level staff --soft",
        explanation: "staff bar, soft timer"),
      .init(command: "mlsd interview --resume", explanation: "continue after /quit"),
    ])

  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let library = try context.loadContent()
    let store = SessionStore(root: DataDirectory.resolve(environment: context.environment))
    let settings = try settings(from: arguments, framework: library.framework)
    var record: SessionRecord
    var engine: InterviewEngine
    if arguments.has(Self.resume) {
      if !arguments.positionals.isEmpty || arguments.has(Self.random) {
        throw UsageError("'--resume' continues the last interview; give no case id.", command: spec)
      }
      let (latest, problems) = store.latestInProgress()
      guard let latest else {
        if let problem = problems.first {
          throw CommandFailure(problem.description, exitCode: .dataError)
        }
        throw CommandFailure("No interview to resume: none was left with /quit or Ctrl-C.")
      }
      let study = try context.loadCase(latest.caseID, from: library, command: spec)
      record = latest
      var state = latest.state
      state.isFinished = false
      engine = InterviewEngine(study: study, framework: library.framework, resuming: state)
    } else {
      let caseID = try chooseCase(arguments, library: library, store: store, context: context)
      let study = try context.loadCase(caseID, from: library, command: spec)
      engine = InterviewEngine(study: study, framework: library.framework, settings: settings)
      let now = context.now()
      record = SessionRecord(
        id: SessionRecord.makeID(caseID: caseID, date: now), caseID: caseID, caseTitle: study.title,
        startedAt: now, updatedAt: now, status: .inProgress, state: engine.state)
    }

    let isTerminal = context.terminal.stdinIsTerminal && context.terminal.stdoutIsTerminal
    var saveError: String?
    let persist: (InterviewEngine) -> Void = { engine in
      record.state = engine.state
      record.updatedAt = context.now()
      do {
        try store.save(record)
      } catch {
        saveError = "\(error)"
      }
    }
    SignalWatcher.install()
    let raw = RawTerminal()
    let screen: InterviewScreen
    if isTerminal, raw.enter() {
      screen = TerminalInterviewScreen(sink: context.stdout, style: context.style) {
        let size = TerminalInfo.windowSize(of: 1) ?? (80, 24)
        return (size.columns, max(8, size.rows))
      }
    } else {
      screen = PlainInterviewScreen(sink: context.stdout, width: context.width)
    }
    let loop = InterviewLoop(
      engine: engine, screen: screen, isTerminal: raw.isRaw, persist: persist)
    let ending = loop.run()
    engine = loop.engine

    switch ending {
    case .quit, .interrupted:
      persist(engine)
      screen.finish()
      raw.restore()
      let how = ending == .quit ? "Saved" : "Interrupted — saved"
      let message =
        saveError.map { "Could not save the session: \($0)\n" }
        ?? "\(how) \(engine.study.title) in \(engine.status(now: 0).phaseTitle). Continue with: mlsd interview --resume\n"
      context.stderr.write(message)
      if case .interrupted(let signal) = ending { SignalWatcher.exitBySignal(signal) }
      return saveError == nil ? .success : .failure
    case .finished:
      var overrides: [String: Bool] = [:]
      if raw.isRaw {
        overrides = review(loop: loop, engine: engine)
      }
      screen.finish()
      raw.restore()
      let card = engine.scorecard(overrides: overrides)
      let endedEarly = engine.state.endedByInput
      record.state = engine.state
      record.status = endedEarly ? .inProgress : .completed
      record.result = SessionRecord.Result(card)
      record.updatedAt = context.now()
      // The window may have been resized during the interview.
      var width = context.width
      if context.environment["COLUMNS"] == nil, context.terminal.stdoutIsTerminal,
        let size = TerminalInfo.windowSize(of: 1)
      {
        width = max(20, size.columns)
      }
      var out = ScorecardView.render(
        card, width: width, style: context.style, timings: timings(engine),
        hints: hints(engine), peeks: peeks(engine))
      do {
        try store.save(record)
        out += "\n" + context.style.dim("Saved session to \(store.url(for: record.id).path)") + "\n"
        if endedEarly {
          out += "Input ended before the last phase; continue with: mlsd interview --resume\n"
        } else {
          out +=
            "Next: mlsd case \(engine.study.id) for the reference answer, or mlsd interview for another case.\n"
        }
      } catch {
        context.stdout.write(out)
        throw CommandFailure("\(error)")
      }
      context.stdout.write(out)
      return .success
    }
  }

  static func settings(from arguments: ParsedArguments, framework: Framework) throws
    -> InterviewSettings
  {
    var minutes = framework.totalMinutes
    if let text = arguments.value(Self.minutes) {
      guard let value = Double(text), value.isFinite, value > 0, value <= 600 else {
        throw UsageError(
          "'--minutes' takes a number of minutes above 0, like 45 or 0.5; got '\(TerminalSafeText.cleanLine(text))'.",
          command: spec)
      }
      minutes = value
    }
    let level = arguments.value(Self.level).flatMap(Level.init(rawValue:)) ?? .senior
    return InterviewSettings(
      level: level, totalMinutes: minutes, timer: arguments.has(Self.noTimer) ? .untimed : .timed,
      soft: arguments.has(Self.soft))
  }

  static func chooseCase(
    _ arguments: ParsedArguments, library: ContentLibrary, store: SessionStore,
    context: CommandContext
  ) throws -> String {
    if let id = arguments.positionals.first {
      if arguments.has(Self.random) {
        throw UsageError(
          "Give a case id or '--random', not both.", command: spec)
      }
      return id
    }
    let (history, problems) = store.all()
    for problem in problems {
      context.stderr.write("warning: skipping \(problem.description)\n")
    }
    guard
      let picked = CasePicker.pick(
        from: library.caseIDs, history: history, roll: { Int.random(in: 0..<max(1, $0)) })
    else { throw CommandFailure("No cases to practise.") }
    context.stderr.write(
      "Practising \(picked): the case you have practised least or scored worst on.\n")
    return picked
  }

  /// On a terminal, the candidate corrects the detected checklist: numbers
  /// toggle items, Enter accepts.
  static func review(loop: InterviewLoop, engine: InterviewEngine) -> [String: Bool] {
    let items = engine.detectedItems()
    var overrides: [String: Bool] = [:]
    func isCovered(_ index: Int) -> Bool {
      overrides[items[index].item.id] ?? items[index].detected
    }
    while true {
      var lines = ["Review what was detected. Type numbers to toggle (e.g. 3 7), Enter to accept:"]
      var lastPhase = ""
      for (index, entry) in items.enumerated() {
        if entry.phaseID != lastPhase {
          lastPhase = entry.phaseID
          lines.append(engine.framework.phase(entry.phaseID)?.title ?? entry.phaseID)
        }
        lines.append("  [\(isCovered(index) ? "x" : " ")] \(index + 1). \(entry.item.text)")
      }
      lines.append("Toggle items by number (e.g. 3 7), or press Enter to accept.")
      loop.show(lines.joined(separator: "\n"))
      guard let reply = loop.readReviewLine(), let line = reply else { return overrides }
      let numbers = line.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }
      if numbers.isEmpty {
        if !line.trimmed().isEmpty {
          loop.show("Numbers from 1 to \(items.count), or Enter to accept.", kind: .warning);
          continue
        }
        return overrides
      }
      for number in numbers where number >= 1 && number <= items.count {
        let id = items[number - 1].item.id
        overrides[id] = !isCovered(number - 1)
      }
    }
  }

  static func timings(_ engine: InterviewEngine) -> [String: ScorecardView.PhaseTiming] {
    var result: [String: ScorecardView.PhaseTiming] = [:]
    for phase in engine.state.phases {
      result[phase.id] = .init(used: phase.elapsed, budget: phase.budget)
    }
    return result
  }

  static func hints(_ engine: InterviewEngine) -> [String: [String]] {
    var result: [String: [String]] = [:]
    let items = engine.study.allChecklistItems + engine.framework.phases.flatMap(\.checklist)
    for phase in engine.state.phases {
      result[phase.id] = phase.hints.compactMap { id in items.first { $0.id == id }?.text }
    }
    return result
  }

  static func peeks(_ engine: InterviewEngine) -> [String] {
    engine.state.phases.filter(\.peeked).map { engine.framework.phase($0.id)?.title ?? $0.id }
  }
}
