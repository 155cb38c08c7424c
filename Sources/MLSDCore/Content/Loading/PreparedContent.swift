/// The bundled content as the build decoded and checked it: `mlsd` builds
/// these values from Swift literals instead of parsing JSON on every run.
/// Each value is made on first use, so a command pays for what it prints.
package struct PreparedContent: Sendable {
  package typealias Make<T> = @Sendable () -> T

  /// `ContentFiles.bundledDigest` of the files these values came from.
  package var digest: String
  package var framework: Make<Framework>?
  package var glossary: Make<Glossary>?
  /// By case id.
  package var cases: [String: Make<CaseStudy>]
  /// Each case's scoring tables, by case id: valid with the prepared case
  /// and framework only.
  package var matchers: [String: Make<PreparedMatcher>]

  package init(
    digest: String, framework: Make<Framework>?, glossary: Make<Glossary>?,
    cases: [String: Make<CaseStudy>], matchers: [String: Make<PreparedMatcher>] = [:]
  ) {
    self.digest = digest
    self.framework = framework
    self.glossary = glossary
    self.cases = cases
    self.matchers = matchers
  }

  /// Drops what a pack replaces. Cases are checked against the framework's
  /// phases, so a pack's framework invalidates every prepared case. Looks
  /// up the prepared cases' paths (a dozen), not every path of the pack.
  func without(paths: Dictionary<String, ContentFiles.File>.Keys) -> PreparedContent {
    var copy = self
    if paths.contains(ContentFiles.frameworkPath) {
      copy.framework = nil
      copy.cases = [:]
      copy.matchers = [:]
    }
    if paths.contains(ContentFiles.glossaryPath) { copy.glossary = nil }
    for id in Set(copy.cases.keys).union(copy.matchers.keys)
    where paths.contains(ContentFiles.casePath(id)) {
      copy.cases[id] = nil
      copy.matchers[id] = nil
    }
    return copy
  }
}
