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
    let session: InterviewSession
    var engine: InterviewEngine
    if arguments.has(Self.resume) {
      if !arguments.positionals.isEmpty || arguments.has(Self.random) {
        throw UsageError("'--resume' continues the last interview; give no case id.", command: spec)
      }
      session = try InterviewSession.resumeLatest(store: store, now: context.now)
      let study = try context.loadCase(session.record.caseID, from: library, command: spec)
      var state = session.record.state
      state.isFinished = false
      engine = InterviewEngine(
        study: study, framework: library.framework, resuming: state,
        prepared: library.preparedMatcher(study.id))
    } else {
      let settings = try settings(from: arguments, framework: library.framework)
      let caseID = try chooseCase(arguments, library: library, store: store, context: context)
      let study = try context.loadCase(caseID, from: library, command: spec)
      engine = InterviewEngine(
        study: study, framework: library.framework, settings: settings,
        prepared: library.preparedMatcher(study.id))
      session = InterviewSession.start(
        study: study, state: engine.state, store: store, now: context.now)
    }

    SignalWatcher.install()
    let raw = RawTerminal()
    // A dumb terminal (or none named) gets plain lines: no cursor moves,
    // no scroll region, typed lines read as from a pipe.
    let term = context.environment["TERM"] ?? ""
    let isTerminal =
      context.terminal.stdinIsTerminal && context.terminal.stdoutIsTerminal && !term.isEmpty
      && term != "dumb"
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
      engine: engine, screen: screen, isTerminal: raw.isRaw, events: PollingEvents(),
      clock: MonotonicClock.now, save: session.save)
    var ending = loop.run()
    engine = loop.engine

    // A signal that arrived with the end of input is still a signal.
    if ending == .finished, let signal = SignalWatcher.pendingTermination() {
      ending = .interrupted(signal)
    }
    switch ending {
    case .quit, .interrupted:
      screen.finish()
      raw.restore()
      _ = session.finish(
        state: engine.state, card: nil, ending: ending == .quit ? .quit : .interrupted)
      if session.saveError != nil {
        return try unsaved(session, engine: engine, context: context)
      }
      let how = ending == .quit ? "Saved" : "Interrupted — saved"
      context.stderr.write(
        session.isEmpty
          ? "Nothing was typed, so no session was saved.\n"
          : "\(how) \(engine.study.title) in \(engine.status(now: 0).phaseTitle) to \(session.path). Continue with: mlsd interview --resume\n"
      )
      if case .interrupted(let signal) = ending { SignalWatcher.exitBySignal(signal) }
      return .success
    case .finished:
      var overrides: [String: Bool] = [:]
      if raw.isRaw {
        guard let reviewed = InterviewReview.run(loop: loop, engine: engine, screen: screen) else {
          screen.finish()
          raw.restore()
          _ = session.finish(state: engine.state, card: nil, ending: .interrupted)
          context.stderr.write("Interrupted — saved to \(session.path).\n")
          SignalWatcher.exitBySignal(SIGINT)
        }
        overrides = reviewed
      }
      screen.finish()
      raw.restore()
      let endedEarly = engine.state.endedByInput
      if session.isEmpty {
        context.stderr.write(
          "Nothing was typed, so there is nothing to score and no session was saved.\n")
        return .success
      }
      let card = engine.scorecard(overrides: overrides)
      _ = session.finish(
        state: engine.state, card: card, overrides: overrides,
        ending: endedEarly ? .endOfInput : .finished)
      // The window may have been resized during the interview.
      var width = context.width
      if context.environment["COLUMNS"] == nil, context.terminal.stdoutIsTerminal,
        let size = TerminalInfo.windowSize(of: 1)
      {
        width = max(20, size.columns)
      }
      let report = InterviewReport(engine)
      var out = ScorecardView.render(
        card, width: width, style: context.style, timings: report.timings, hints: report.hints,
        peeks: report.peeks)
      if session.saveError != nil {
        context.stdout.write(out)
        return try unsaved(session, engine: engine, context: context)
      }
      out += "\n" + context.style.dim("Saved session to \(session.path)") + "\n"
      if endedEarly {
        out += "Input ended before the last phase; continue with: mlsd interview --resume\n"
      } else {
        out += NextSteps.text(for: card, caseID: engine.study.id, width: width)
      }
      context.stdout.write(out)
      return .success
    }
  }

  /// The session could not be written: every note goes to stdout as a
  /// transcript `mlsd score` reads, then the error, exit 1.
  private static func unsaved(
    _ session: InterviewSession, engine: InterviewEngine, context: CommandContext
  ) throws -> ExitCode {
    context.stdout.write(
      "\n" + TranscriptMarkdown.render(session.record, framework: engine.framework))
    throw CommandFailure(
      "\(session.saveError?.description ?? "could not save the session"). Your notes are printed above; grade them with: mlsd score --case \(engine.study.id) FILE"
    )
  }

  static func settings(from arguments: ParsedArguments, framework: Framework) throws
    -> InterviewSettings
  {
    var minutes = framework.totalMinutes
    if let text = arguments.value(Self.minutes) {
      guard let value = Double(text), value.isFinite, value > 0, value <= 600 else {
        throw UsageError(
          "'--minutes' takes a number of minutes above 0 and at most 600, like 45 or 0.5; got '\(TerminalSafeText.cleanLine(text))'.",
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
}
