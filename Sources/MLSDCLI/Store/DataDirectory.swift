import FoundationEssentials
import MLSDCore

/// Where sessions live: `$MLSD_HOME`, else `$XDG_DATA_HOME/mlsd`, else
/// `~/.local/share/mlsd`, as the spec says.
enum DataDirectory {
  static func resolve(environment: [String: String]) -> URL {
    if let home = environment["MLSD_HOME"], !home.isEmpty {
      return URL(fileURLWithPath: home, isDirectory: true)
    }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      return URL(fileURLWithPath: xdg, isDirectory: true).appending(path: "mlsd")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
    return URL(fileURLWithPath: home, isDirectory: true).appending(path: ".local/share/mlsd")
  }
}
