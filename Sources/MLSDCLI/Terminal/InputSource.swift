import Glibc
import MLSDCore

/// Standard input as bytes, read by the shell and injectable in tests.
protocol InputSource: AnyObject {
  /// Everything until end of input.
  func readAll() -> [UInt8]
}

/// Reads a file descriptor to its end with read(2).
final class FileDescriptorInput: InputSource, Sendable {
  private let descriptor: Int32

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  static let standardInput = FileDescriptorInput(descriptor: 0)

  func readAll() -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        result += buffer[0..<count]
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return result
      }
    }
  }
}
