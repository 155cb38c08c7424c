import Glibc
import MLSDCore

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into bytes on a pipe that the
/// input loop polls beside stdin: the handler only writes one byte, which is
/// all a signal handler may safely do, and the loop does the real work.
enum SignalWatcher {
  nonisolated(unsafe) static var writeEnd: Int32 = -1
  nonisolated(unsafe) private(set) static var readEnd: Int32 = -1

  static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

  static func install() {
    guard readEnd < 0 else { return }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return }
    readEnd = fds[0]
    writeEnd = fds[1]
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    for signal in watched {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(SignalWatcher.writeEnd, &byte, 1)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_RESTART
      sigaction(signal, &action, nil)
    }
  }

  /// Signals that arrived since the last call.
  static func drain() -> [Int32] {
    var result: [Int32] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      result += buffer[0..<count].map { Int32($0) }
    }
    return result
  }

  /// A termination signal (not a resize) that arrived and was not handled
  /// yet: one that lands just as input ends must still be honoured.
  static func pendingTermination() -> Int32? {
    guard readEnd >= 0 else { return nil }
    return drain().first { $0 != SIGWINCH }
  }

  /// Restores default handling and re-raises, so the shell sees the process
  /// end by the signal (status 130 for Ctrl-C), as a well-behaved tool does.
  static func exitBySignal(_ number: Int32) -> Never {
    signal(number, SIG_DFL)
    raise(number)
    exit(128 + number)
  }
}
