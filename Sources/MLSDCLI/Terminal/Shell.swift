import FoundationEssentials
import Glibc
import MLSDCore

/// The imperative edge: real environment, real file descriptors, real clock.
public enum Shell {
  public static func main() -> Int32 {
    let context = CommandContext(
      environment: ProcessInfo.processInfo.environment, terminal: .current(),
      stdout: FileDescriptorSink.standardOutput, stderr: FileDescriptorSink.standardError,
      input: FileDescriptorInput.standardInput, now: { Date() })
    let arguments = Array(CommandLine.arguments.dropFirst())
    return MLSD.run(arguments, context: context).rawValue
  }
}
