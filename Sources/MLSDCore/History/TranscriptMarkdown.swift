/// Every note of a session as Markdown that `mlsd score` reads back: a
/// `# title`, one `## Phase title` heading per phase, a `- ` line per note.
/// The interview prints it when the session cannot be saved, so nothing
/// typed is lost.
package enum TranscriptMarkdown {
  package static func render(_ record: SessionRecord, framework: Framework? = nil) -> String {
    render(state: record.state, title: record.caseTitle, framework: framework)
  }

  package static func render(state: InterviewState, title: String, framework: Framework?)
    -> String
  {
    var lines = ["# \(oneLine(title.isEmpty ? state.caseID : title))"]
    for phase in state.phases {
      lines.append("")
      lines.append("## \(oneLine(framework?.phase(phase.id)?.title ?? phase.id))")
      for note in phase.notes {
        lines.append(noteLine(note.text))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A note is one list item, so a note that looks like a heading or a
  /// code fence stays a note when read back.
  private static func noteLine(_ text: String) -> String {
    "- " + oneLine(text)
  }

  private static func oneLine(_ text: String) -> String {
    TerminalSafeText.cleanLine(text)
  }
}
