import Glibc
import MLSDCore

/// Where text goes. One writer per stream, flushed on every write, so output
/// from different parts of the program never reorders.
protocol TextSink: AnyObject {
  func write(_ text: String)
}

/// Writes straight to a file descriptor with write(2): unbuffered, so a status
/// line drawn with `\r` shows at once and stdout and stderr keep their order.
/// A reader that went away (`| head`) ends the output quietly; any other
/// failure (a full disk, an I/O error) is kept so that the program can say
/// so once and exit 1 instead of reporting success.
final class FileDescriptorSink: TextSink, @unchecked Sendable {
  private let descriptor: Int32
  /// The first write error other than a closed pipe, as an errno value.
  private(set) var failure: Int32?
  private var readerGone = false

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  static let standardOutput = FileDescriptorSink(descriptor: 1)
  static let standardError = FileDescriptorSink(descriptor: 2)

  func write(_ text: String) {
    guard !readerGone, failure == nil else { return }
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(descriptor, base + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        if errno == EPIPE { readerGone = true } else { failure = errno }
        return
      }
      offset += written
    }
  }
}
