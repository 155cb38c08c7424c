import Foundation
import Testing

@testable import MLSDCLI

@Suite("Shell")
struct ShellTests {
  /// Read from `environ` directly; it must agree with Foundation's reading.
  @Test func theEnvironmentIsReadAsGiven() {
    let environment = Shell.environment()
    #expect(environment == ProcessInfo.processInfo.environment)
  }
}
