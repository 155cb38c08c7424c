import FoundationEssentials
import MLSDCore

/// How the history commands open the store: with the content's framework
/// (so sessions are checked against it), and files that cannot be used
/// reported on stderr, one line each, before any output.
extension SessionStore {
  static func open(_ context: CommandContext) throws -> (ContentLibrary, SessionStore) {
    let library = try context.loadContent()
    let store = SessionStore(
      root: DataDirectory.resolve(environment: context.environment), framework: library.framework)
    return (library, store)
  }

  /// Every usable session, newest first; problems become warnings.
  func sessions(reportingTo context: CommandContext) -> [SessionRecord] {
    let (sessions, problems) = all(now: context.now())
    for problem in problems {
      context.stderr.write(
        context.errorStyle.yellow("warning: ") + "skipping \(problem.description) (left as it is)\n"
      )
    }
    return sessions
  }
}
