/// The content a command works with. The framework is ready up front (every
/// command but `cases` needs it); cases and the glossary come on demand,
/// because decoding dominates start-up and most commands need one case.
/// Bundled content comes prepared by the build; a pack's files are read and
/// decoded when asked for, many at once on every core.
package struct ContentLibrary: Sendable {
  package let framework: Framework
  private let files: ContentFiles

  package init(files: ContentFiles) throws(ContentError) {
    if let prepared = files.prepared?.framework {
      self.framework = prepared()
    } else {
      guard let frameworkFile = files.files[ContentFiles.frameworkPath] else {
        throw ContentError(problems: [
          ContentProblem(file: ContentFiles.frameworkPath, location: "", message: "missing")
        ])
      }
      self.framework = try Self.decodeFramework(frameworkFile)
    }
    self.files = files
  }

  /// Every case id, sorted; from file names alone, so no file is read.
  package var caseIDs: [String] { files.caseIDs }

  package func hasCase(_ id: String) -> Bool { files.files[ContentFiles.casePath(id)] != nil }

  /// One case: a pack's reads only the file named after the id.
  package func loadCase(_ id: String) throws(ContentError) -> CaseStudy {
    if let prepared = files.prepared?.cases[id] { return prepared() }
    let path = ContentFiles.casePath(id)
    guard let file = files.files[path] else {
      throw ContentError(problems: [ContentProblem(file: path, location: "", message: "missing")])
    }
    let text = try file.text()
    if let study = DirectCaseDecoding.decode(text, framework: framework, expectedID: id) {
      return study
    }
    let log = ProblemLog(file: file.displayName)
    let decoded = Self.parse(text, log: log).flatMap {
      CaseStudy.decode(
        JSONReader(value: $0, path: .root, log: log), framework: framework, expectedID: id)
    }
    guard let decoded, log.problems.isEmpty else { throw ContentError(problems: log.problems) }
    return decoded
  }

  /// The scoring tables the build prepared for a bundled case, nil for a
  /// pack's case: `Scorer(study:framework:prepared:)` then compiles them.
  package func preparedMatcher(_ id: String) -> PreparedMatcher? {
    files.prepared?.matchers[id]?()
  }

  /// Every case in id order, decoded in parallel; every problem if any fails.
  package func loadAllCases() throws(ContentError) -> [CaseStudy] {
    try everyCase { id throws(ContentError) in try loadCase(id) }
  }

  /// What `mlsd cases` prints, for every case in id order: id, title,
  /// category, difficulty and summary, the other fields left empty. A
  /// pack's files are read once each and only those fields decoded (the
  /// rest is checked as JSON, not as content), so listing thousands of
  /// cases costs a fraction of `loadAllCases`. A file whose summary cannot
  /// be read plainly is decoded whole, and its problems are reported.
  package func loadCaseSummaries() throws(ContentError) -> [CaseStudy] {
    try everyCase { id throws(ContentError) in try loadCaseSummary(id) }
  }

  /// `load` of every case id, in parallel, in id order.
  private func everyCase(_ load: (String) throws(ContentError) -> CaseStudy)
    throws(ContentError) -> [CaseStudy]
  {
    let ids = caseIDs
    let results = files.parallel.map(ids.count) { index in
      Result { () throws(ContentError) in try load(ids[index]) }
    }
    var cases: [CaseStudy] = []
    cases.reserveCapacity(results.count)
    var problems: [ContentProblem] = []
    for result in results {
      switch result {
      case .success(let study): cases.append(study)
      case .failure(let error): problems += error.problems
      }
    }
    if !problems.isEmpty { throw ContentError(problems: problems) }
    return cases
  }

  private func loadCaseSummary(_ id: String) throws(ContentError) -> CaseStudy {
    guard files.prepared?.cases[id] == nil, let file = files.files[ContentFiles.casePath(id)]
    else { return try loadCase(id) }
    if let summary = DirectCaseDecoding.summary(try file.text(), expectedID: id) {
      return summary
    }
    return try loadCase(id)
  }

  package func loadGlossary() throws(ContentError) -> Glossary {
    if let prepared = files.prepared?.glossary { return prepared() }
    guard let file = files.files[ContentFiles.glossaryPath] else { return .empty }
    let log = ProblemLog(file: file.displayName)
    let decoded = Self.parse(try file.text(), log: log).map {
      Glossary.decode(JSONReader(value: $0, path: .root, log: log))
    }
    guard let decoded, log.problems.isEmpty else { throw ContentError(problems: log.problems) }
    return decoded
  }

  /// Every problem in every file, for `mlsd validate`. What the build
  /// prepared was checked then, by this same code, and is not checked again.
  package static func validate(_ files: ContentFiles) -> [ContentProblem] {
    let library: ContentLibrary
    do {
      library = try ContentLibrary(files: files)
    } catch {
      return error.problems
    }
    var problems: [ContentProblem] = []
    do { _ = try library.loadGlossary() } catch { problems += error.problems }
    let unchecked = library.caseIDs.filter { files.prepared?.cases[$0] == nil }
    // Decode and drop: a pack of thousands of cases is never all in memory.
    let found = files.parallel.map(unchecked.count) { index -> [ContentProblem] in
      do throws(ContentError) {
        _ = try library.loadCase(unchecked[index])
        return []
      } catch {
        return error.problems
      }
    }
    problems += found.joined()
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
    let decoded = parse(try file.text(), log: log).map {
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

  private static func parse(_ text: String, log: ProblemLog) -> JSONValue? {
    do {
      return try JSONParser.parse(text)
    } catch {
      log.reportLine(error.line, error.message)
      return nil
    }
  }
}
