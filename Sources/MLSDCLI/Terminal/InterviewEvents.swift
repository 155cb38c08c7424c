import Glibc
import MLSDCore

/// What the interview loop waits for. The real source polls stdin and the
/// signal pipe; tests script the events and the clock, so a 45-minute
/// interview runs through the loop in milliseconds.
protocol InterviewEvents: AnyObject {
  /// Blocks until input or a signal arrives, or `timeout` milliseconds pass
  /// (-1: no timeout).
  func next(timeout: Int32) -> InterviewEvent
}

enum InterviewEvent: Equatable {
  /// Bytes read from the input; empty at end of input.
  case input([UInt8])
  case signal(Int32)
  case timeout
}

/// `poll(2)` over stdin and the signal pipe: the process sleeps until the
/// next byte, signal or deadline, so an idle interview costs nothing.
final class PollingEvents: InterviewEvents {
  private var pendingSignals: [Int32] = []

  func next(timeout: Int32) -> InterviewEvent {
    while true {
      if !pendingSignals.isEmpty { return .signal(pendingSignals.removeFirst()) }
      var fds = [
        pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
        pollfd(fd: SignalWatcher.readEnd, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, nfds_t(fds.count), timeout)
      if ready < 0 {
        if errno == EINTR { continue }
        return .signal(SIGTERM)
      }
      if ready == 0 { return .timeout }
      // Signals first: a SIGTERM that arrives with the last input byte must
      // not be lost behind the end of input.
      if fds[1].revents != 0 {
        pendingSignals += SignalWatcher.drain()
        if !pendingSignals.isEmpty { continue }
      }
      if fds[0].revents != 0 { return .input(readAvailable()) }
    }
  }

  private func readAvailable() -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      return count > 0 ? Array(buffer[0..<count]) : []
    }
  }
}
