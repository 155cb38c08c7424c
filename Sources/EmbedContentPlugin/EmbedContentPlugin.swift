import Foundation
import PackagePlugin

/// Declares every JSON file under `Content/` as an input, so editing one
/// regenerates `BundledContent.swift` on the next build.
@main
struct EmbedContentPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let contentDirectory = context.package.directoryURL.appending(path: "Content")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledContent.swift")
    let inputs = jsonFiles(under: contentDirectory)
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) content files",
        executable: try context.tool(named: "EmbedContent").url,
        // The file list is in the arguments so that adding or removing a
        // file changes the command and re-runs it; inputs alone do not.
        arguments: [contentDirectory.path, output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  private func jsonFiles(under directory: URL) -> [URL] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: nil)
    else { return [] }
    return enumerator.compactMap { $0 as? URL }
      .filter { $0.pathExtension == "json" }
      .sorted { $0.path < $1.path }
  }
}
