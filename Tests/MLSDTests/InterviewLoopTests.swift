import Glibc
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The interview loop driven by scripted events and a fake clock: a whole
/// 45-minute interview runs in milliseconds, with no terminal and no waiting.
@Suite("Interview loop with fakes")
struct InterviewLoopTests {
  final class FakeClock {
    var seconds = 1_000.0
  }

  /// Each call to `next` plays one step; waiting moves the fake clock.
  final class ScriptedEvents: InterviewEvents {
    enum Step {
      case wait(Double)
      case line(String)
      case endOfInput
      case signal(Int32)
    }
    var steps: [Step]
    let clock: FakeClock

    init(_ steps: [Step], clock: FakeClock) {
      self.steps = steps
      self.clock = clock
    }

    func next(timeout: Int32) -> InterviewEvent {
      guard !steps.isEmpty else { return .input([]) }
      switch steps.removeFirst() {
      case .wait(let seconds):
        clock.seconds += seconds
        return .timeout
      case .line(let text): return .input(Array((text + "\n").utf8))
      case .endOfInput: return .input([])
      case .signal(let number): return .signal(number)
      }
    }
  }

  final class RecordingScreen: InterviewScreen {
    var messages: [String] = []
    var bells = 0
    func start(status: InterviewStatus) {}
    func show(_ message: InterviewEffect.Message) { messages.append(message.text) }
    func bell() { bells += 1 }
    func refresh(status: InterviewStatus, input: LineEditor) {}
    func resize(status: InterviewStatus, input: LineEditor) {}
    func finish() {}
    func setChrome(status: String?, footer: String?) {}
    func clearTranscript() {}
    var transcriptSize: (rows: Int, columns: Int) { (21, 79) }
  }

  struct Run {
    var ending: InterviewLoop.Ending
    var engine: InterviewEngine
    var screen: RecordingScreen
    var saves: [InterviewState]
  }

  static func run(_ steps: [ScriptedEvents.Step], failSaves: Bool = false) throws -> Run {
    let library = try ContentLibrary(files: .bundled)
    let study = try library.loadCase("visual-search")
    let engine = InterviewEngine(
      study: study, framework: library.framework,
      settings: InterviewSettings(level: .senior, totalMinutes: 45, timer: .timed, soft: false))
    let clock = FakeClock()
    let screen = RecordingScreen()
    var saves: [InterviewState] = []
    let loop = InterviewLoop(
      engine: engine, screen: screen, isTerminal: false,
      events: ScriptedEvents(steps, clock: clock), clock: { clock.seconds },
      save: { state in
        saves.append(state)
        return failSaves ? "Could not save the session: read-only file system." : nil
      })
    let ending = loop.run()
    return Run(ending: ending, engine: loop.engine, screen: screen, saves: saves)
  }

  @Test func aWholeInterviewRunsOnTheFakeClock() throws {
    let minute = 60.0
    let run = try Self.run(
      [.line("How many images do we have?"), .wait(5 * minute)]
        + [.line("Offline recall@100 on co-saved pairs because users save similar pins")]
        + Array(repeating: .wait(minute), count: 45))
    #expect(run.ending == .finished)
    #expect(run.engine.state.isFinished)
    let phases = run.engine.state.phases
    #expect(phases.count == 4)
    #expect(phases[0].notes.map(\.text) == ["How many images do we have?"])
    #expect(phases[1].notes.count == 1, "the second note lands in the second phase")
    #expect(run.screen.messages.contains { $0.hasPrefix("About 3 billion") })
    #expect(run.screen.bells >= 4, "a bell at one minute left and at each phase end")
    #expect(!run.saves.isEmpty)
    #expect(run.saves.last?.isFinished == true, "the final state is saved")
  }

  @Test func eachNoteIsSavedAsItIsTyped() throws {
    let run = try Self.run([.line("a"), .line("b"), .line("c"), .signal(SIGTERM)])
    #expect(run.ending == .interrupted(SIGTERM))
    #expect(run.saves.map { $0.phases[0].notes.count } == [1, 2, 3])
  }

  @Test func aFailedSaveIsShownAtOnceAndTheInterviewGoesOn() throws {
    let run = try Self.run(
      [.line("first note"), .line("second note"), .line("/quit")], failSaves: true)
    #expect(run.ending == .quit)
    #expect(run.screen.messages.contains { $0.contains("read-only file system") })
    #expect(run.engine.state.phases[0].notes.count == 2, "notes are kept in memory")
  }

  @Test func endOfInputEndsTheInterviewWhereItIs() throws {
    let run = try Self.run([.line("one note"), .endOfInput])
    #expect(run.ending == .finished)
    #expect(run.engine.state.endedByInput)
    #expect(run.engine.state.currentPhase == 0)
  }

  @Test func aWindowResizeIsNotAnInterruption() throws {
    let run = try Self.run([.signal(SIGWINCH), .line("still here"), .endOfInput])
    #expect(run.ending == .finished)
    #expect(run.engine.state.phases[0].notes.map(\.text) == ["still here"])
  }
}
