/// Collects problems while a file is decoded. A class because every reader
/// made from one file appends to the same list.
final class ProblemLog {
  let file: String
  private(set) var problems: [ContentProblem] = []

  init(file: String) {
    self.file = file
  }

  func report(_ path: ContentPath, _ message: String) {
    problems.append(ContentProblem(file: file, location: path.description, message: message))
  }

  func reportLine(_ line: Int, _ message: String) {
    problems.append(ContentProblem(file: file, location: "line \(line)", message: message))
  }
}

/// Where a value sits inside a document: `phases.metrics.checklist[3].weight`.
struct ContentPath: CustomStringConvertible {
  private var components: [String] = []

  static let root = ContentPath()

  func appending(key: String) -> ContentPath {
    var copy = self
    copy.components.append(components.isEmpty ? key : "." + key)
    return copy
  }

  func appending(index: Int) -> ContentPath {
    var copy = self
    copy.components.append("[\(index)]")
    return copy
  }

  var description: String { components.joined() }
}
