import FoundationEssentials
import Glibc
import MLSDBundle
import MLSDCore

/// The imperative edge: real environment, real file descriptors, real clock,
/// and the content the build prepared.
public enum Shell {
  public static func main() -> Int32 {
    StandardStreams.prepare()
    var context = CommandContext(
      environment: environment(), terminal: .current(),
      stdout: FileDescriptorSink.standardOutput, stderr: FileDescriptorSink.standardError,
      input: FileDescriptorInput.standardInput, now: { Date() })
    context.bundledContent = .bundledAndPrepared
    context.keepsValuesUntilExit = true
    let arguments = Array(CommandLine.arguments.dropFirst())
    let status = SearchIndex.$prepared.withValue(PreparedBundle.searchIndexSource) {
      MLSD.run(arguments, context: context).rawValue
    }
    if let failure = FileDescriptorSink.standardOutput.failure {
      FileDescriptorSink.standardError.write(
        "Error: cannot write to standard output: \(String(cString: strerror(failure)))\n")
      return status == 0 ? ExitCode.failure.rawValue : status
    }
    return status
  }

  /// The process's environment, read straight from `environ`: cheaper than
  /// `ProcessInfo`, which also gathers what mlsd never asks for. The first
  /// of two same-named variables wins, as with getenv(3). Names and values
  /// are cut at the bytes of the first `=`: slicing the `String` would look
  /// for character boundaries, and load Unicode tables, at every start-up.
  static func environment() -> [String: String] {
    var count = 0
    while environ[count] != nil { count += 1 }
    var result: [String: String] = [:]
    result.reserveCapacity(count)
    for index in 0..<count {
      guard let entry = environ[index] else { continue }
      let length = strlen(entry)
      entry.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        let text = UnsafeBufferPointer(start: bytes, count: length)
        guard let equals = text.firstIndex(of: UInt8(ascii: "=")) else { return }
        let name = String(decoding: UnsafeBufferPointer(rebasing: text[..<equals]), as: UTF8.self)
        guard result[name] == nil else { return }
        result[name] = String(
          decoding: UnsafeBufferPointer(rebasing: text[(equals + 1)...]), as: UTF8.self)
      }
    }
    return result
  }
}
