import Glibc
import MLSDCore

/// Puts the terminal in raw mode and, whatever happens, puts it back exactly
/// as it was: the whole termios snapshot is restored, not "echo back on".
final class RawTerminal {
  private let descriptor: Int32
  private var original = termios()
  private(set) var isRaw = false

  init(descriptor: Int32 = 0) {
    self.descriptor = descriptor
  }

  func enter() -> Bool {
    guard tcgetattr(descriptor, &original) == 0 else { return false }
    var raw = original
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
    raw.c_cflag |= tcflag_t(CS8)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    guard tcsetattr(descriptor, TCSAFLUSH, &raw) == 0 else { return false }
    isRaw = true
    return true
  }

  func restore() {
    guard isRaw else { return }
    var saved = original
    _ = tcsetattr(descriptor, TCSAFLUSH, &saved)
    isRaw = false
  }

  deinit { restore() }
}
