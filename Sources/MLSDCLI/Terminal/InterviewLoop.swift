import Glibc
import MLSDCore

/// Drives the engine from events and a clock, both handed in: the real ones
/// poll stdin and the signal pipe and read the monotonic clock; tests pass
/// fakes. The loop wakes on the next second of the countdown, the next byte
/// or a signal, so an idle interview costs nothing.
final class InterviewLoop {
  enum Ending: Equatable {
    case finished
    case quit
    case interrupted(Int32)
  }

  private(set) var engine: InterviewEngine
  private let screen: InterviewScreen
  private let isTerminal: Bool
  private let events: InterviewEvents
  private let clock: () -> Double
  /// Writes the state; returns a warning to show when the save failed.
  private let save: (InterviewState) -> String?
  private var editor = LineEditor()
  private var decoder = KeyDecoder()
  private var pipeBuffer: [UInt8] = []

  init(
    engine: InterviewEngine, screen: InterviewScreen, isTerminal: Bool,
    events: InterviewEvents, clock: @escaping () -> Double,
    save: @escaping (InterviewState) -> String?
  ) {
    self.engine = engine
    self.screen = screen
    self.isTerminal = isTerminal
    self.events = events
    self.clock = clock
    self.save = save
  }

  func run() -> Ending {
    let started = clock()
    screen.start(status: engine.status(now: started))
    if let ending = apply(engine.start(now: started)) { return ending }
    while true {
      let now = clock()
      let status = engine.status(now: now)
      screen.refresh(status: status, input: editor)
      switch events.next(timeout: timeoutMilliseconds(status)) {
      case .signal(SIGWINCH):
        screen.resize(status: status, input: editor)
      case .signal(let signal):
        return .interrupted(signal)
      case .input(let bytes):
        if let ending = readInput(bytes) { return ending }
      case .timeout:
        break
      }
      if let ending = apply(engine.tick(now: clock())) { return ending }
    }
  }

  /// Reads one line during the review, blocking: the line, `.some(nil)`
  /// for Ctrl-C or a signal, nil at end of input.
  func readReviewLine() -> String?? {
    screen.refresh(status: engine.status(now: clock()), input: editor)
    while true {
      switch events.next(timeout: -1) {
      case .signal(SIGWINCH):
        screen.resize(status: engine.status(now: clock()), input: editor)
        continue
      case .signal:
        return .some(nil)
      case .timeout:
        continue
      case .input(let bytes):
        if bytes.isEmpty { return nil }
        for key in decoder.feed(bytes) {
          switch editor.handle(key) {
          case .submitted(let line): return line
          case .interrupt: return .some(nil)
          case .endOfInput: return nil
          case .edited, .redraw: break
          }
        }
      }
      screen.refresh(status: engine.status(now: clock()), input: editor)
    }
  }

  func show(_ text: String, kind: InterviewEffect.Message.Kind = .info) {
    screen.show(.init(kind, text))
  }

  private func timeoutMilliseconds(_ status: InterviewStatus) -> Int32 {
    // Wake on the next whole second of the countdown; a paused or untimed
    // pipe session only wakes for input.
    if !isTerminal && (!status.isTimed || status.isPaused) { return -1 }
    let fraction = status.phaseRemaining - status.phaseRemaining.rounded(.down)
    let milliseconds = Int32((fraction > 0.001 ? fraction : 1) * 1000) + 5
    return max(20, min(1000, milliseconds))
  }

  private func readInput(_ bytes: [UInt8]) -> Ending? {
    if bytes.isEmpty {
      if !isTerminal && !pipeBuffer.isEmpty {
        let line = String(decoding: pipeBuffer, as: UTF8.self)
        pipeBuffer.removeAll()
        if let ending = submit(line) { return ending }
      }
      return apply(engine.endOfInput(now: clock()))
    }
    if !isTerminal {
      pipeBuffer += bytes
      while let newline = pipeBuffer.firstIndex(of: UInt8(ascii: "\n")) {
        var lineBytes = Array(pipeBuffer[..<newline])
        if lineBytes.last == UInt8(ascii: "\r") { lineBytes.removeLast() }
        pipeBuffer.removeFirst(newline + 1)
        if let ending = submit(String(decoding: lineBytes, as: UTF8.self)) { return ending }
      }
      return nil
    }
    for key in decoder.feed(bytes) {
      switch editor.handle(key) {
      case .submitted(let line):
        if let ending = submit(line) { return ending }
      case .interrupt: return .interrupted(SIGINT)
      case .endOfInput: return apply(engine.endOfInput(now: clock()))
      case .redraw: screen.resize(status: engine.status(now: clock()), input: editor)
      case .edited: break
      }
    }
    return nil
  }

  private func submit(_ line: String) -> Ending? {
    if isTerminal && !line.trimmed().isEmpty {
      screen.show(.init(.info, "› " + TerminalSafeText.cleanLine(line)))
    }
    return apply(engine.line(line, now: clock()))
  }

  private func apply(_ effects: [InterviewEffect]) -> Ending? {
    var ending: Ending?
    for effect in effects {
      switch effect {
      case .show(let message): screen.show(message)
      case .bell: screen.bell()
      case .save:
        if let warning = save(engine.state) { screen.show(.init(.warning, warning)) }
      case .quit: ending = .quit
      case .finished: ending = .finished
      }
    }
    return ending
  }
}
