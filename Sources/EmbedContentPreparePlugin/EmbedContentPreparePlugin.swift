import Foundation
import PackagePlugin

/// Runs `EmbedContentPrepare`, which checks the bundled content and writes it
/// as Swift values with its search index. Editing a JSON file re-runs it, as
/// does a change to the core it compiles.
@main
struct EmbedContentPreparePlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let contentDirectory = context.package.directoryURL.appending(path: "Content")
    let output = context.pluginWorkDirectoryURL.appending(path: "PreparedBundle+Values.swift")
    let inputs =
      FileManager.default.enumerator(at: contentDirectory, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }
      .sorted { $0.path < $1.path } ?? []
    return [
      .buildCommand(
        displayName: "Preparing the bundled content and its search index",
        executable: try context.tool(named: "EmbedContentPrepare").url,
        // The file list is in the arguments so that adding or removing a
        // file changes the command and re-runs it.
        arguments: [contentDirectory.path, output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
