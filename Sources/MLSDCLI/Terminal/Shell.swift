import FoundationEssentials
import Glibc
import MLSDCore

/// The imperative edge: real environment, real file descriptors, real clock.
public enum Shell {
  public static func main() -> Int32 {
    StandardStreams.prepare()
    let context = CommandContext(
      environment: ProcessInfo.processInfo.environment, terminal: .current(),
      stdout: FileDescriptorSink.standardOutput, stderr: FileDescriptorSink.standardError,
      input: FileDescriptorInput.standardInput, now: { Date() })
    let arguments = Array(CommandLine.arguments.dropFirst())
    let status = MLSD.run(arguments, context: context).rawValue
    if let failure = FileDescriptorSink.standardOutput.failure {
      FileDescriptorSink.standardError.write(
        "Error: cannot write to standard output: \(String(cString: strerror(failure)))\n")
      return status == 0 ? ExitCode.failure.rawValue : status
    }
    return status
  }
}
