import FoundationEssentials
import MLSDCore

/// The drill's schedule, `drill.json` in the data folder, written with the
/// same care as sessions: atomically, with errors in words. A schedule that
/// cannot be read is reported and left alone, never overwritten.
struct DrillScheduleStore {
  let url: URL

  init(root: URL) {
    self.url = root.appending(path: "drill.json")
  }

  /// The saved schedule, an empty one if there is none yet, or why the
  /// file cannot be used.
  func load() -> Result<DrillSchedule, StoreProblem> {
    let path = url.path
    guard FileManager.default.fileExists(atPath: path) else { return .success(DrillSchedule()) }
    func failure(_ reason: String) -> Result<DrillSchedule, StoreProblem> {
      .failure(StoreProblem(path: path, reason: reason))
    }
    guard let bytes = PosixFile.read(path) else { return failure("cannot be read") }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let schedule: DrillSchedule
    do {
      schedule = try decoder.decode(DrillSchedule.self, from: Data(bytes))
    } catch let error as DecodingError {
      return failure("not a drill schedule (\(SessionFileFormat.describe(error)))")
    } catch {
      return failure("not a drill schedule")
    }
    if let problem = schedule.problems.first { return failure(problem) }
    return .success(schedule)
  }

  func save(_ schedule: DrillSchedule) throws(SaveError) {
    try PosixFile.createDirectories(url.deletingLastPathComponent().path)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let bytes: [UInt8]
    do {
      bytes = Array(try encoder.encode(schedule)) + [0x0A]
    } catch {
      throw SaveError(
        path: url.path, action: "save", reason: "it holds a value JSON cannot express")
    }
    try PosixFile.writeAtomically(bytes, to: url.path)
  }
}
