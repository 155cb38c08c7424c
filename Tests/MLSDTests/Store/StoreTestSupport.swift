import Foundation

@testable import MLSDCLI
@testable import MLSDCore

/// A fresh data folder per test, and the content the store checks against.
enum StoreTestSupport {
  static func home() -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory() + "mlsd-store-" + UUID().uuidString)
  }

  static let library = try? ContentLibrary(files: .bundled)

  static func store(_ home: URL) throws -> SessionStore {
    SessionStore(root: home, framework: try library.map(\.framework).unwrapped())
  }

  static func state(caseID: String = "visual-search") throws -> InterviewState {
    let framework = try library.map(\.framework).unwrapped()
    let settings = InterviewSettings(totalMinutes: 45)
    return InterviewState(
      caseID: caseID, settings: settings, phaseIDs: framework.phases.map(\.id),
      budgets: settings.budgets(for: framework))
  }

  static func files(in directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
  }

  /// Copies fixture session files into `home/sessions`.
  static func install(_ names: [String], into home: URL) throws -> URL {
    let sessions = home.appending(path: "sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    for name in names {
      try FileManager.default.copyItem(
        at: Fixtures.url("sessions/" + name), to: sessions.appending(path: name))
    }
    return sessions
  }
}

struct MissingValue: Error {}

extension Optional {
  func unwrapped() throws -> Wrapped {
    guard let self else { throw MissingValue() }
    return self
  }
}
