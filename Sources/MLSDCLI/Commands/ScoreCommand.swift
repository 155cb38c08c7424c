import FoundationEssentials
import MLSDCore

/// `mlsd score --case ID FILE|-`: grades a written answer offline.
enum ScoreCommand {
  static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
    let spec = CommandCatalog.score
    guard let caseID = arguments.value("--case") else {
      throw UsageError("Missing '--case <id>': which case is the answer for?", command: spec)
    }
    let level = arguments.value("--level").flatMap(Level.init(rawValue:)) ?? .senior
    let library = try context.loadContent()
    let study = try context.loadCase(caseID, from: library, command: spec)
    let path = arguments.positionals.first ?? "-"
    let bytes: [UInt8]
    let name: String
    if path == "-" {
      bytes = context.input.readAll()
      name = "standard input"
    } else {
      guard let data = FileManager.default.contents(atPath: path) else {
        let exists = FileManager.default.fileExists(atPath: path)
        throw CommandFailure(
          "\(TerminalSafeText.cleanLine(path)): \(exists ? "cannot be read" : "no such file")",
          exitCode: exists ? .dataError : .usage)
      }
      bytes = Array(data)
      name = TerminalSafeText.cleanLine(path)
    }
    let transcript: Transcript
    do {
      transcript = try TranscriptParser.parse(bytes: bytes, framework: library.framework)
    } catch {
      throw CommandFailure("\(name): \(error.description)", exitCode: .dataError)
    }
    let card = Scorer(study: study, framework: library.framework).score(transcript, level: level)
    if arguments.has("--json") {
      context.stdout.write(JSONWriter.write(card.jsonValue) + "\n")
    } else {
      context.stdout.write(
        ScorecardView.render(card, width: context.width, style: context.style, written: true))
    }
    return .success
  }
}
