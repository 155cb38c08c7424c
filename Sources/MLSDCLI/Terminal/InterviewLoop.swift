import Glibc
import MLSDCore

/// Drives the engine from real input and a real clock: a `poll(2)` loop over
/// stdin and the signal pipe that sleeps until the next second (for the
/// countdown) or the next byte, so an idle interview costs nothing.
final class InterviewLoop {
  enum Ending: Equatable {
    case finished
    case quit
    case interrupted(Int32)
  }

  private(set) var engine: InterviewEngine
  private let screen: InterviewScreen
  private let isTerminal: Bool
  private let persist: (InterviewEngine) -> Void
  private var editor = LineEditor()
  private var decoder = KeyDecoder()
  private var pipeBuffer: [UInt8] = []

  init(
    engine: InterviewEngine, screen: InterviewScreen, isTerminal: Bool,
    persist: @escaping (InterviewEngine) -> Void
  ) {
    self.engine = engine
    self.screen = screen
    self.isTerminal = isTerminal
    self.persist = persist
  }

  func run() -> Ending {
    let now = MonotonicClock.now()
    screen.start(status: engine.status(now: now))
    if let ending = apply(engine.start(now: now)) { return ending }
    persist(engine)
    while true {
      let status = engine.status(now: MonotonicClock.now())
      screen.refresh(status: status, input: editor)
      var fds = [
        pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
        pollfd(fd: SignalWatcher.readEnd, events: Int16(POLLIN), revents: 0),
      ]
      let timeout = timeoutMilliseconds()
      let ready = poll(&fds, nfds_t(fds.count), timeout)
      if ready < 0 && errno != EINTR { return .interrupted(SIGTERM) }
      if fds[1].revents != 0 {
        for signal in SignalWatcher.drain() {
          if signal == SIGWINCH {
            screen.resize(status: engine.status(now: MonotonicClock.now()), input: editor)
          } else {
            return .interrupted(signal)
          }
        }
      }
      if fds[0].revents != 0 {
        if let ending = readInput() { return ending }
      }
      if let ending = apply(engine.tick(now: MonotonicClock.now())) { return ending }
    }
  }

  /// Reads one line during the review, blocking; nil at end of input.
  func readReviewLine() -> String?? {
    screen.refresh(status: engine.status(now: MonotonicClock.now()), input: editor)
    while true {
      var fds = [
        pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
        pollfd(fd: SignalWatcher.readEnd, events: Int16(POLLIN), revents: 0),
      ]
      _ = poll(&fds, 2, -1)
      if fds[1].revents != 0 {
        for signal in SignalWatcher.drain() where signal != SIGWINCH { return .some(nil) }
      }
      guard fds[0].revents != 0 else { continue }
      let bytes = readAvailable()
      if bytes.isEmpty { return nil }
      for key in decoder.feed(bytes) {
        switch editor.handle(key) {
        case .submitted(let line): return line
        case .interrupt: return .some(nil)
        case .endOfInput: return nil
        case .edited, .redraw: break
        }
      }
      screen.refresh(status: engine.status(now: MonotonicClock.now()), input: editor)
    }
  }

  func show(_ text: String, kind: InterviewEffect.Message.Kind = .info) {
    screen.show(.init(kind, text))
  }

  private func timeoutMilliseconds() -> Int32 {
    // Wake on the next whole second of the countdown; a paused or untimed
    // pipe session only wakes for input.
    let status = engine.status(now: MonotonicClock.now())
    if !isTerminal && (!status.isTimed || status.isPaused) { return -1 }
    let fraction = status.phaseRemaining - status.phaseRemaining.rounded(.down)
    let milliseconds = Int32((fraction > 0.001 ? fraction : 1) * 1000) + 5
    return max(20, min(1000, milliseconds))
  }

  private func readAvailable() -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      return count > 0 ? Array(buffer[0..<count]) : []
    }
  }

  private func readInput() -> Ending? {
    let bytes = readAvailable()
    if bytes.isEmpty {
      if !isTerminal && !pipeBuffer.isEmpty {
        let line = String(decoding: pipeBuffer, as: UTF8.self)
        pipeBuffer.removeAll()
        if let ending = submit(line) { return ending }
      }
      return apply(engine.endOfInput(now: MonotonicClock.now()))
    }
    if !isTerminal {
      pipeBuffer += bytes
      while let newline = pipeBuffer.firstIndex(of: 0x0A) {
        var lineBytes = Array(pipeBuffer[..<newline])
        if lineBytes.last == 0x0D { lineBytes.removeLast() }
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
      case .endOfInput: return apply(engine.endOfInput(now: MonotonicClock.now()))
      case .redraw: screen.resize(status: engine.status(now: MonotonicClock.now()), input: editor)
      case .edited: break
      }
    }
    return nil
  }

  private func submit(_ line: String) -> Ending? {
    if isTerminal && !line.trimmed().isEmpty {
      screen.show(.init(.info, "› " + TerminalSafeText.cleanLine(line)))
    }
    let noteCount = engine.state.phases.reduce(0) { $0 + $1.notes.count }
    let ending = apply(engine.line(line, now: MonotonicClock.now()))
    if engine.state.phases.reduce(0, { $0 + $1.notes.count }) != noteCount { persist(engine) }
    return ending
  }

  private func apply(_ effects: [InterviewEffect]) -> Ending? {
    var ending: Ending?
    for effect in effects {
      switch effect {
      case .show(let message): screen.show(message)
      case .bell: screen.bell()
      case .save: persist(engine)
      case .quit: ending = .quit
      case .finished: ending = .finished
      }
    }
    return ending
  }
}
