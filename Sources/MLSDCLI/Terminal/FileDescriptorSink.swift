import Glibc
import MLSDCore

/// Where text goes. One writer per stream, flushed on every write, so output
/// from different parts of the program never reorders.
protocol TextSink: AnyObject {
  func write(_ text: String)
  /// UTF-8 already encoded: a long page written as it was built, without
  /// turning it into a `String` (which checks every byte) and back.
  func write(bytes: [UInt8])
}

extension TextSink {
  func write(bytes: [UInt8]) {
    write(String(decoding: bytes, as: UTF8.self))
  }
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
    var text = text
    text.withUTF8 { write(buffer: UnsafeRawBufferPointer($0)) }
  }

  func write(bytes: [UInt8]) {
    bytes.withUnsafeBytes { write(buffer: $0) }
  }

  /// From the text's own storage: copying it into an array first cost as
  /// much as the system call for a scorecard.
  private func write(buffer: UnsafeRawBufferPointer) {
    guard !readerGone, failure == nil, let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
      let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        if errno == EPIPE { readerGone = true } else { failure = errno }
        return
      }
      offset += written
    }
  }
}
