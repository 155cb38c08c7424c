/// The content a command works with. The framework is decoded up front
/// (every command needs it); cases and the glossary are decoded on demand,
/// because decoding dominates start-up and most commands need one case.
package struct ContentLibrary: Sendable {
  package let framework: Framework
  package let caseIDs: [String]
  private let files: ContentFiles

  package init(files: ContentFiles) throws(ContentError) {
    guard let frameworkFile = files.files[ContentFiles.frameworkPath] else {
      throw ContentError(problems: [
        ContentProblem(file: ContentFiles.frameworkPath, location: "", message: "missing")
      ])
    }
    self.framework = try Self.decodeFramework(frameworkFile)
    self.files = files
    self.caseIDs = files.caseIDs
  }

  package func hasCase(_ id: String) -> Bool { caseIDs.contains(id) }

  package func loadCase(_ id: String) throws(ContentError) -> CaseStudy {
    let path = ContentFiles.casePath(id)
    guard let file = files.files[path] else {
      throw ContentError(problems: [ContentProblem(file: path, location: "", message: "missing")])
    }
    let log = ProblemLog(file: file.displayName)
    let decoded = Self.parse(file, log: log).flatMap {
      CaseStudy.decode(
        JSONReader(value: $0, path: .root, log: log), framework: framework, expectedID: id)
    }
    guard let decoded, log.problems.isEmpty else { throw ContentError(problems: log.problems) }
    return decoded
  }

  package func loadAllCases() throws(ContentError) -> [CaseStudy] {
    var cases: [CaseStudy] = []
    var problems: [ContentProblem] = []
    for id in caseIDs {
      do {
        cases.append(try loadCase(id))
      } catch {
        problems += error.problems
      }
    }
    if !problems.isEmpty { throw ContentError(problems: problems) }
    return cases
  }

  package func loadGlossary() throws(ContentError) -> Glossary {
    guard let file = files.files[ContentFiles.glossaryPath] else { return .empty }
    let log = ProblemLog(file: file.displayName)
    let decoded = Self.parse(file, log: log).map {
      Glossary.decode(JSONReader(value: $0, path: .root, log: log))
    }
    guard let decoded, log.problems.isEmpty else { throw ContentError(problems: log.problems) }
    return decoded
  }

  /// Every problem in every file, for `mlsd validate`.
  package static func validate(_ files: ContentFiles) -> [ContentProblem] {
    let library: ContentLibrary
    do {
      library = try ContentLibrary(files: files)
    } catch {
      return error.problems
    }
    var problems: [ContentProblem] = []
    do { _ = try library.loadGlossary() } catch { problems += error.problems }
    do { _ = try library.loadAllCases() } catch { problems += error.problems }
    for path in files.files.keys.sorted() where !isKnownPath(path) {
      problems.append(
        ContentProblem(
          file: files.files[path]?.displayName ?? path, location: "",
          message: "not a content file (expected framework.json, glossary.json or cases/ID.json)"))
    }
    return problems
  }
}

extension ContentLibrary {
  private static func isKnownPath(_ path: String) -> Bool {
    if path == ContentFiles.frameworkPath || path == ContentFiles.glossaryPath { return true }
    return path.hasPrefix(ContentFiles.casesFolder)
      && !path.dropFirst(ContentFiles.casesFolder.count).contains("/")
  }

  private static func decodeFramework(_ file: ContentFiles.File) throws(ContentError) -> Framework {
    let log = ProblemLog(file: file.displayName)
    let decoded = parse(file, log: log).map {
      Framework.decode(JSONReader(value: $0, path: .root, log: log))
    }
    if let decoded {
      checkFramework(decoded, log: log)
    }
    guard let decoded, log.problems.isEmpty else { throw ContentError(problems: log.problems) }
    return decoded
  }

  private static func checkFramework(_ framework: Framework, log: ProblemLog) {
    if framework.phases.isEmpty {
      log.report(ContentPath.root.appending(key: "phases"), "must not be empty")
    }
  }

  private static func parse(_ file: ContentFiles.File, log: ProblemLog) -> JSONValue? {
    do {
      return try JSONParser.parse(file.text)
    } catch {
      log.reportLine(error.line, error.message)
      return nil
    }
  }
}
