import Foundation
import Testing

/// Standard streams that are closed, full or cut short, as shells and
/// scripts hand them to a program.
@Suite("End to end: closed and failing standard streams")
struct StandardStreamTests {
  /// Runs a shell line with `$MLSD` set to the built binary, bounded in time.
  static func shell(_ line: String) throws -> MLSDResult {
    let home = NSTemporaryDirectory() + "mlsd-streams-" + UUID().uuidString
    return try MLSDProcess.run(
      ["-c", "timeout 20 " + line],
      environment: ["MLSD": MLSDProcess.executable.path, "MLSD_HOME": home],
      executable: URL(fileURLWithPath: "/bin/sh"))
  }

  @Test func aFullDeviceIsAnErrorNotASuccess() throws {
    for command in ["case visual-search", "completions bash", "cheatsheet"] {
      let result = try Self.shell("\"$MLSD\" \(command) > /dev/full")
      #expect(result.status == 1, "\(command)")
      #expect(result.stderr.contains("cannot write to standard output: No space left on device"))
      #expect(result.stderr.components(separatedBy: "Error:").count == 2, "said once")
    }
  }

  @Test func aReaderThatGoesAwayIsQuiet() throws {
    let result = try Self.shell(
      "\"$MLSD\" case visual-search | head -1; echo \"status=${PIPESTATUS:-0}\"")
    #expect(result.stdout.hasPrefix("VISUAL SEARCH"))
    #expect(result.stderr.isEmpty)
  }

  @Test func anInterviewOnAClosedStdinEndsAsAtEndOfInput() throws {
    let result = try Self.shell("\"$MLSD\" interview visual-search --no-timer <&-")
    #expect(result.status == 0, "no hang (timeout would give 124)")
    #expect(result.stdout.contains("Input ended during Clarify requirements"))
  }

  @Test func closedStdinAndStdoutNeverFeedTheSignalPipe() throws {
    let result = try Self.shell("\"$MLSD\" interview visual-search --no-timer <&- >&-")
    #expect(result.status == 0)
    #expect(!result.stderr.contains("signal"))
  }
}
