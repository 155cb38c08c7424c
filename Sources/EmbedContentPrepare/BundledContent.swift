import Foundation

/// The content as `EmbedContent` embeds it in MLSDCore, read here from the
/// folder named on the command line: this tool compiles the core's sources
/// itself, so it supplies what MLSDCore's generated file would.
enum BundledContent {
  static let files: [String: String] = {
    let root = URL(fileURLWithPath: CommandLine.arguments[1], isDirectory: true)
    var files: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    for case let url as URL in enumerator?.allObjects ?? [] where url.pathExtension == "json" {
      let relative = String(
        url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)
      )
      .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
      guard let data = try? Data(contentsOf: url) else {
        FileHandle.standardError.write(Data("error: cannot read \(url.path)\n".utf8))
        exit(1)
      }
      files[relative] = String(decoding: data, as: UTF8.self)
    }
    return files
  }()

  /// The same fingerprint `EmbedContent` writes (tests hold the two equal).
  static let digest: String = {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for path in files.keys.sorted() {
      for byte in path.utf8 + [0] + files[path, default: ""].utf8 + [0] {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return String(hash, radix: 16) + "-" + String(files.count)
  }()
}
