import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The interview with an injected clock: a whole 45-minute interview runs in
/// milliseconds, and timing rules are checked to the second.
@Suite("Interview engine")
struct InterviewEngineTests {
  static let library = try? ContentLibrary(files: .bundled)

  static func engine(
    _ caseID: String = "visual-search", minutes: Double? = nil,
    timer: InterviewSettings.TimerMode = .timed,
    soft: Bool = false, level: Level = .senior
  ) throws -> InterviewEngine {
    let library = try #require(library)
    let study = try library.loadCase(caseID)
    let settings = InterviewSettings(
      level: level, totalMinutes: minutes ?? library.framework.totalMinutes, timer: timer,
      soft: soft)
    return InterviewEngine(study: study, framework: library.framework, settings: settings)
  }

  static func texts(_ effects: [InterviewEffect]) -> [String] {
    effects.compactMap { if case .show(let message) = $0 { message.text } else { nil } }
  }

  @Test func aWholeInterviewRunsOnTheClockAlone() throws {
    var engine = try Self.engine()
    var effects = engine.start(now: 0)
    #expect(Self.texts(effects).contains { $0.contains("Phase 1 of 4") })
    var phasesSeen = [engine.state.currentPhase]
    var finished = false
    var bells = 0
    for second in stride(from: 1.0, through: 45 * 60 + 5, by: 1) {
      effects = engine.tick(now: second)
      bells += effects.filter { $0 == .bell }.count
      if phasesSeen.last != engine.state.currentPhase {
        phasesSeen.append(engine.state.currentPhase)
      }
      if effects.contains(.finished) {
        finished = true
        #expect(abs(second - 45 * 60) <= 1)
        break
      }
    }
    #expect(finished)
    #expect(phasesSeen == [0, 1, 2, 3])
    // One minute left and time up, in each of four phases.
    #expect(bells == 8)
    #expect(engine.state.phases.map { Int($0.elapsed.rounded()) } == [300, 480, 1320, 600])
  }

  @Test func timeRunningOutMovesToTheNextPhaseWithANotice() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let warning = engine.tick(now: 240)
    #expect(warning.contains(.bell))
    #expect(Self.texts(warning).contains("One minute left in Clarify requirements."))
    let end = engine.tick(now: 300)
    #expect(Self.texts(end).contains("Time is up for Clarify requirements."))
    #expect(engine.state.currentPhase == 1)
    #expect(Self.texts(end).contains { $0.hasPrefix("Phase 2 of 4: Frame & metrics") })
  }

  @Test func minutesScaleEveryPhaseInProportion() throws {
    let engine = try Self.engine(minutes: 0.5)
    let expected = [300.0, 480, 1320, 600].map { $0 / 90 }
    for (budget, wanted) in zip(engine.state.phases.map(\.budget), expected) {
      #expect(abs(budget - wanted) < 1e-9)
    }
    #expect(abs(engine.state.totalBudget - 30) < 0.0001)
  }

  @Test func withoutATimerOnlyNextEndsAPhase() throws {
    var engine = try Self.engine(timer: .untimed)
    _ = engine.start(now: 0)
    _ = engine.tick(now: 10_000)
    #expect(engine.state.currentPhase == 0)
    _ = engine.line("/next", now: 10_001)
    #expect(engine.state.currentPhase == 1)
  }

  @Test func softKeepsThePhaseOpenAndCountsOvertime() throws {
    var engine = try Self.engine(soft: true)
    _ = engine.start(now: 0)
    let up = engine.tick(now: 301)
    #expect(Self.texts(up).contains { $0.contains("overtime is counting") })
    _ = engine.tick(now: 400)
    #expect(engine.state.currentPhase == 0)
    #expect(Int(engine.state.phases[0].overtime) == 100)
    #expect(engine.status(now: 400).phaseRemaining == -100)
    _ = engine.line("/next", now: 400)
    #expect(engine.state.currentPhase == 1)
  }

  @Test func pauseStopsEveryClock() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    _ = engine.tick(now: 100)
    _ = engine.line("/pause", now: 100)
    _ = engine.tick(now: 5_000)
    #expect(engine.state.currentPhase == 0)
    #expect(engine.status(now: 5_000).phaseRemaining == 200)
    // Pausing stops the clocks, not the notebook.
    let kept = engine.line("a note while paused", now: 5_001)
    #expect(Self.texts(kept).first?.contains("clocks stay stopped") == true)
    #expect(kept.contains(.save))
    #expect(engine.state.phases[0].notes.map(\.text) == ["a note while paused"])
    #expect(engine.status(now: 5_001).phaseRemaining == 200)
    _ = engine.line("/resume", now: 5_010)
    _ = engine.tick(now: 5_060)
    #expect(engine.status(now: 5_060).phaseRemaining == 150)
  }

  @Test func aQuestionIsAnsweredFromTheCaseFactsHoweverItIsPhrased() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let library = try #require(Self.library)
    let study = try library.loadCase("visual-search")
    let lookup = Scorer(study: study, framework: library.framework).factLookup
    let corpus = try #require(lookup.facts(answering: "How many images do we have?").first)
    for question in [
      "what's the catalog size?", "how big is the corpus?", "How many images do we have?",
    ] {
      let effects = engine.line(question, now: 1)
      #expect(Self.texts(effects) == [corpus.answer], "\(question)")
    }
    #expect(engine.state.factsAsked == [corpus.id])
  }

  @Test func aQuestionWithNoFactGetsTheAssumptionAnswer() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let effects = engine.line("Is the office dog called Rex?", now: 1)
    #expect(Self.texts(effects) == ["That is your call: state an assumption and go on."])
    #expect(engine.state.unansweredQuestions.count == 1)
    #expect(engine.state.phases[0].notes.count == 1)
  }

  @Test func hintsAreRecordedAndNeverRepeat() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let first = Self.texts(engine.line("/hint", now: 1))
    let second = Self.texts(engine.line("/hint", now: 2))
    #expect(first.first?.hasPrefix("Hint: ") == true)
    #expect(first != second)
    #expect(engine.state.phases[0].hints.count == 2)
  }

  @Test func followUpsProbeWhatIsMissingAtAThirdOfThePhaseLeft() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let library = try #require(Self.library)
    let clarify = try #require(try library.loadCase("visual-search").phase("clarify"))
    #expect(Self.texts(engine.tick(now: 190)).isEmpty)
    let effects = engine.tick(now: 201)
    let asked = try #require(engine.state.phases[0].followUps.first)
    #expect(Self.texts(effects).contains(asked))
    let followUp = try #require(clarify.followUps.first { $0.question == asked })
    let missed = Set(engine.scorecard().phases[0].missed.map(\.item.id))
    #expect(followUp.probes.isEmpty || !missed.isDisjoint(with: followUp.probes))
  }

  @Test func withoutATimerTheFollowUpComesAfterTheFourthNote() throws {
    var engine = try Self.engine(timer: .untimed)
    _ = engine.start(now: 0)
    for index in 1...3 {
      #expect(
        Self.texts(engine.line("note number \(index) about the product", now: Double(index)))
          .isEmpty)
    }
    let fourth = engine.line("note number 4 about the product", now: 4)
    #expect(Self.texts(fourth).count == 1)
    #expect(engine.state.phases[0].followUps.count == 1)
  }

  @Test func aMistypedCommandGetsASuggestionAndIsNotANote() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let effects = engine.line("/nxet", now: 1)
    #expect(Self.texts(effects).first?.contains("Did you mean /next?") == true)
    #expect(engine.state.phases[0].notes.isEmpty)
    #expect(engine.state.currentPhase == 0)
  }

  @Test func quitSavesAndResumeContinuesWithTheTimeLeft() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    _ = engine.line("How many images do we have?", now: 30)
    _ = engine.line("/next", now: 60)
    _ = engine.tick(now: 160)
    let effects = engine.line("/quit", now: 160)
    #expect(effects == [.save, .quit])
    let saved = engine.state
    let library = try #require(Self.library)
    var resumed = InterviewEngine(
      study: try library.loadCase("visual-search"), framework: library.framework, resuming: saved)
    let opening = Self.texts(resumed.start(now: 10_000))
    #expect(opening.first?.contains("Resuming Visual search in Frame & metrics") == true)
    #expect(resumed.status(now: 10_000).phaseRemaining == 380)
    #expect(resumed.state.phases[0].notes.count == 1)
    _ = resumed.tick(now: 10_380)
    #expect(resumed.state.currentPhase == 2)
  }

  @Test func endOfInputEndsTheInterviewAndKeepsItResumable() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    _ = engine.line("We should use a two-tower model", now: 10)
    let effects = engine.endOfInput(now: 20)
    #expect(effects.contains(.finished) && effects.contains(.save))
    #expect(engine.state.endedByInput)
  }

  @Test func theLevelSelectsWhichItemsCount() throws {
    let senior = try Self.engine(level: .senior).scorecard()
    let staff = try Self.engine(level: .staff).scorecard()
    let mid = try Self.engine(level: .mid).scorecard()
    let count = { (card: Scorecard) in card.phases.reduce(0) { $0 + $1.items.count } }
    #expect(count(mid) < count(senior))
    #expect(count(senior) < count(staff))
  }
}

extension InterviewEngineTests {
  @Test func resumingShowsThePhasesEarlierNotes() throws {
    var first = try Self.engine()
    _ = first.start(now: 0)
    _ = first.line("How many images are there?", now: 10)
    _ = first.line("/quit", now: 20)
    let library = try ContentLibrary(files: .bundled)
    var resumed = InterviewEngine(
      study: try library.loadCase("visual-search"), framework: library.framework,
      resuming: first.state)
    let shown = Self.texts(resumed.start(now: 1_000))
    #expect(shown.contains { $0.hasPrefix("Resuming Visual search") })
    #expect(shown.last == "Your notes so far in this phase:\n› How many images are there?")
  }
}
