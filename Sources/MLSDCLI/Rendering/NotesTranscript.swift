import MLSDCore

/// Every note of an interview as the Markdown that `mlsd score` reads, so
/// that a session that cannot be saved is still not lost.
enum NotesTranscript {
  static func render(_ state: InterviewState, study: CaseStudy, framework: Framework) -> String {
    var out = "# \(study.title)\n"
    for phase in state.phases {
      out += "\n## \(framework.phase(phase.id)?.title ?? phase.id)\n"
      // A note that starts with '#' would read as a heading.
      for note in phase.notes { out += (note.text.hasPrefix("#") ? "- " : "") + note.text + "\n" }
    }
    return out
  }
}
