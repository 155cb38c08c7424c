import MLSDCore

/// The process's exit codes, as the spec documents them.
enum ExitCode: Int32, Sendable {
  case success = 0
  case failure = 1
  case usage = 64
  case dataError = 65
  case interrupted = 130
}

/// A mistake on the command line: printed with the usage and exit code 64.
struct UsageError: Error, Sendable {
  var message: String
  var command: CommandSpec?

  init(_ message: String, command: CommandSpec? = nil) {
    self.message = message
    self.command = command
  }
}

/// A failure that is not the user's typing: bad data (65) or a runtime
/// failure (1), with a message that reads well after `Error: `.
struct CommandFailure: Error, Sendable {
  var message: String
  var exitCode: ExitCode

  init(_ message: String, exitCode: ExitCode = .failure) {
    self.message = message
    self.exitCode = exitCode
  }
}
