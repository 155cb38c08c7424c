import FoundationEssentials
import Glibc
import MLSDBundle
import MLSDCore

/// The imperative edge: real environment, real file descriptors, real clock,
/// and the content the build prepared.
public enum Shell {
  public static func main() -> Int32 {
    var context = CommandContext(
      environment: environment(), terminal: .current(),
      stdout: FileDescriptorSink.standardOutput, stderr: FileDescriptorSink.standardError,
      input: FileDescriptorInput.standardInput, now: { Date() })
    context.bundledContent = .bundledAndPrepared
    let arguments = Array(CommandLine.arguments.dropFirst())
    return SearchIndex.$prepared.withValue(PreparedBundle.searchIndex) {
      MLSD.run(arguments, context: context).rawValue
    }
  }

  /// The process's environment, read straight from `environ`: cheaper than
  /// `ProcessInfo`, which also gathers what mlsd never asks for. The first
  /// of two same-named variables wins, as with getenv(3).
  static func environment() -> [String: String] {
    var count = 0
    while environ[count] != nil { count += 1 }
    var result: [String: String] = [:]
    result.reserveCapacity(count)
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(text[..<equals])
        if result[name] == nil {
          result[name] = String(text[text.index(after: equals)...])
        }
      }
      entry += 1
    }
    return result
  }
}
