/// The mock interview as a pure state machine. Events come in (a line typed,
/// the clock's time); effects go out (text to show, the bell, save, finish).
/// It never reads the clock, the terminal or the disk: the front end passes
/// `now` (seconds on a monotonic clock) with every event, so a 45-minute
/// interview runs in a test in milliseconds.
package struct InterviewEngine: Sendable {
  package let study: CaseStudy
  package let framework: Framework
  package private(set) var state: InterviewState
  let interviewer: Interviewer
  /// The clock reading at the last event; nil until the first.
  private(set) var lastNow: Double?

  /// `prepared`: the case's scoring tables from the build, if it has them.
  package init(
    study: CaseStudy, framework: Framework, settings: InterviewSettings,
    prepared: PreparedMatcher? = nil
  ) {
    self.study = study
    self.framework = framework
    self.state = InterviewState(
      caseID: study.id, settings: settings, phaseIDs: framework.phases.map(\.id),
      budgets: settings.budgets(for: framework))
    self.interviewer = Interviewer(study: study, framework: framework, prepared: prepared)
  }

  /// Continues a saved interview with the time it had left.
  package init(
    study: CaseStudy, framework: Framework, resuming saved: InterviewState,
    prepared: PreparedMatcher? = nil
  ) {
    self.study = study
    self.framework = framework
    self.state = saved
    self.state.isPaused = false
    self.state.isFinished = false
    self.state.endedByInput = false
    self.interviewer = Interviewer(study: study, framework: framework, prepared: prepared)
  }

  // MARK: Events

  /// Opens the interview (or re-opens a resumed one).
  package mutating func start(now: Double) -> [InterviewEffect] {
    lastNow = now
    var effects: [InterviewEffect] = []
    if state.totalElapsed == 0 && state.currentPhase == 0 {
      effects.append(.show(.init(.interviewer, study.prompt)))
    } else {
      effects.append(
        .show(
          .init(
            .notice,
            "Resuming \(study.title) in \(currentTitle) with \(MinutesFormat.clock(seconds: max(0, phaseRemaining))) left in the phase."
          )))
    }
    effects += openPhase(announce: true)
    // On resume, the phase's earlier notes, so the candidate picks up the
    // thread where it was left.
    let earlier = state.current?.notes.map { "› " + $0.text } ?? []
    if !earlier.isEmpty {
      effects.append(
        .show(
          .init(.info, (["Your notes so far in this phase:"] + earlier).joined(separator: "\n"))))
    }
    return effects
  }

  /// The clock moved: time runs out, notices fire, follow-ups come.
  package mutating func tick(now: Double) -> [InterviewEffect] {
    advanceClock(to: now)
    guard !state.isFinished, !state.isPaused, state.current != nil else { return [] }
    var effects: [InterviewEffect] = []
    let index = state.currentPhase
    let phase = state.phases[index]
    guard state.settings.timer == .timed else { return [] }
    let remaining = phase.budget - phase.elapsed
    let warnAt = min(60, phase.budget / 4)
    if remaining <= warnAt && remaining > 0 && !phase.warnedOneMinute {
      state.phases[index].warnedOneMinute = true
      let left = warnAt >= 60 ? "One minute" : MinutesFormat.clock(seconds: remaining)
      effects += [.bell, .show(.init(.notice, "\(left) left in \(currentTitle)."))]
    }
    if remaining <= phase.budget / 3 && remaining > 0 && phase.followUps.isEmpty {
      effects += askFollowUp()
    }
    if remaining <= 0 {
      if state.settings.soft {
        if !phase.announcedTimeUp {
          state.phases[index].announcedTimeUp = true
          effects += [
            .bell,
            .show(
              .init(
                .notice,
                "Time is up for \(currentTitle); overtime is counting. Type /next when you are ready."
              )),
          ]
        }
      } else {
        effects += [.bell, .show(.init(.notice, "Time is up for \(currentTitle)."))]
        effects += advancePhase()
      }
    }
    return effects
  }

  /// A line the candidate typed.
  package mutating func line(_ raw: String, now: Double) -> [InterviewEffect] {
    advanceClock(to: now)
    guard !state.isFinished else { return [] }
    let text = TerminalSafeText.cleanLine(raw).trimmed()
    guard !text.isEmpty else { return [] }
    if let parsed = SlashCommand.parse(text) {
      switch parsed {
      case .command(let command): return run(command)
      case .unknown(let word, let suggestion):
        let hint =
          suggestion.map { " Did you mean /\($0.rawValue)?" } ?? " Type /help for the list."
        return [.show(.init(.warning, "Unknown command '/\(word)'.\(hint) (not taken as a note)"))]
      }
    }
    let index = state.currentPhase
    guard state.phases.indices.contains(index) else { return [] }
    state.phases[index].notes.append(.init(text: text, at: state.phases[index].elapsed))
    // Pausing stops the clocks, not the notebook: the note is kept.
    var effects: [InterviewEffect] =
      state.isPaused
      ? [.show(.init(.info, "Noted. The clocks stay stopped until /resume."))] : []
    if text.hasSuffix("?") {
      let reply = interviewer.facts.reply(to: text)
      for fact in reply.facts where !state.factsAsked.contains(fact.id) {
        state.factsAsked.append(fact.id)
      }
      if reply.facts.isEmpty { state.unansweredQuestions.append(text) }
      effects.append(.show(.init(.interviewer, reply.text)))
    }
    if state.settings.timer == .untimed && state.phases[index].notes.count == 4
      && state.phases[index].followUps.isEmpty
    {
      effects += askFollowUp()
    }
    // Every note is saved as it is typed, so a crash loses nothing.
    return effects + [.save]
  }

  /// Input ended (a pipe ran dry, or Ctrl-D): the interview ends where it is.
  package mutating func endOfInput(now: Double) -> [InterviewEffect] {
    advanceClock(to: now)
    guard !state.isFinished else { return [] }
    state.isFinished = true
    state.endedByInput = true
    let title = currentTitle
    return [.show(.init(.notice, "Input ended during \(title).")), .save, .finished]
  }

  // MARK: Private

  private mutating func advanceClock(to now: Double) {
    defer { lastNow = now }
    guard let lastNow, !state.isPaused, !state.isFinished, state.current != nil else { return }
    state.phases[state.currentPhase].elapsed += max(0, now - lastNow)
  }

  private mutating func run(_ command: SlashCommand) -> [InterviewEffect] {
    if state.isPaused && !command.worksWhilePaused {
      return [.show(.init(.warning, "Paused: the clocks are stopped. Type /resume to go on."))]
    }
    switch command {
    case .next:
      return [.show(.init(.notice, "Moving on from \(currentTitle)."))] + advancePhase()
    case .hint:
      return hint()
    case .cheatsheet:
      state.phases[state.currentPhase].peeked = true
      return [.show(.init(.info, interviewer.cheatsheet(for: state.phases[state.currentPhase].id)))]
    case .time:
      return [.show(.init(.info, timeText()))]
    case .pause:
      if state.isPaused { return [.show(.init(.info, "Already paused. /resume to go on."))] }
      state.isPaused = true
      return [.show(.init(.notice, "Paused. Every clock is stopped; /resume when you are back."))]
    case .resume:
      if !state.isPaused { return [.show(.init(.info, "The clock is running."))] }
      state.isPaused = false
      return [.show(.init(.notice, "Resumed. \(timeText())"))]
    case .quit:
      return [.save, .quit]
    case .help:
      let lines = SlashCommand.allCases.map { "/\($0.rawValue)  \($0.summary)" }
      return [
        .show(
          .init(
            .info,
            (["Type notes line by line; end a line with '?' to ask the interviewer."] + lines)
              .joined(separator: "\n")))
      ]
    }
  }

  private mutating func hint() -> [InterviewEffect] {
    let index = state.currentPhase
    let phase = state.phases[index]
    guard let item = interviewer.hintItem(phaseID: phase.id, state: state) else {
      return [
        .show(
          .init(.info, "You have touched everything I would hint at here. Go deeper, or /next."))
      ]
    }
    state.phases[index].hints.append(item.id)
    return [.show(.init(.info, "Hint: " + item.hint))]
  }

  private mutating func askFollowUp() -> [InterviewEffect] {
    let index = state.currentPhase
    guard let question = interviewer.followUp(phaseID: state.phases[index].id, state: state) else {
      return []
    }
    state.phases[index].followUps.append(question)
    return [.show(.init(.interviewer, question))]
  }

  private mutating func advancePhase() -> [InterviewEffect] {
    state.currentPhase += 1
    if state.currentPhase >= state.phases.count {
      state.currentPhase = state.phases.count - 1
      state.isFinished = true
      return [
        .show(.init(.notice, "That's the end of the interview. Let's review what you covered.")),
        .save, .finished,
      ]
    }
    return openPhase(announce: true)
  }

  private func openPhase(announce: Bool) -> [InterviewEffect] {
    guard let record = state.current, let phase = framework.phase(record.id) else { return [] }
    var effects: [InterviewEffect] = []
    let budget =
      state.settings.timer == .timed ? " · \(MinutesFormat.clock(seconds: record.budget))" : ""
    effects.append(
      .show(
        .init(
          .notice,
          "Phase \(state.currentPhase + 1) of \(state.phases.count): \(phase.title)\(budget)")))
    if announce {
      effects.append(.show(.init(.interviewer, phase.opening(for: study.title))))
    }
    return effects
  }
}
