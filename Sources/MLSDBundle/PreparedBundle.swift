import MLSDCore

/// The bundled content as the build prepared it: decoded, checked and
/// indexed once, when the binary was made (`EmbedContentPrepare` writes the
/// values beside this file), so a command builds what it needs from Swift
/// literals instead of parsing JSON.
package enum PreparedBundle {
  package static let content = PreparedContent(
    digest: digest, framework: framework, glossary: glossary, cases: cases, matchers: matchers)

  /// The search index, built from its literals only when a search needs it.
  package static let searchIndexSource = PreparedSearchIndex.Source { searchIndex }
}

extension ContentFiles {
  /// The bundled files with the values the build prepared from them.
  package static var bundledAndPrepared: ContentFiles {
    bundled.preparing(PreparedBundle.content)
  }
}
