/// Values a command hands over when the process is about to exit: never
/// freed, so exiting does not first walk a scorer's thousands of strings
/// and tables one release at a time (2% of a `score`). The memory goes
/// back with the process. Only the shell asks for this
/// (`CommandContext.keepsValuesUntilExit`); a test that runs commands in
/// its own process frees them as usual.
enum ProcessLifetime {
  static func keep(_ value: Any) {
    _ = Unmanaged.passRetained(Box(value))
  }

  private final class Box {
    let value: Any

    init(_ value: Any) {
      self.value = value
    }
  }
}
