import MLSDCore

/// A file in the data folder that cannot be used: its path and why. It is
/// reported, skipped, and left exactly as it is.
package struct StoreProblem: Error, Equatable, CustomStringConvertible {
  package var path: String
  package var reason: String

  package var description: String { TerminalSafeText.cleanLine("\(path): \(reason)") }
}
