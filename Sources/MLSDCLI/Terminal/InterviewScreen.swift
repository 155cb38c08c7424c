import MLSDCore

/// How the interview loop shows things: a full terminal layout or plain
/// lines for a pipe.
protocol InterviewScreen: AnyObject {
  func start(status: InterviewStatus)
  func show(_ message: InterviewEffect.Message)
  func bell()
  func refresh(status: InterviewStatus, input: LineEditor)
  func resize(status: InterviewStatus, input: LineEditor)
  /// Leaves the screen as it was found (scroll region, cursor, colours).
  func finish()
  /// Replaces the status row and footer (nil: the interview's own), for
  /// the review, which has keys of its own.
  func setChrome(status: String?, footer: String?)
  /// Empties the transcript area, so a review page starts at the top.
  func clearTranscript()
  /// How many rows and columns the transcript area has.
  var transcriptSize: (rows: Int, columns: Int) { get }
}

/// Shared wording for messages, so both screens say the same things.
enum MessageFormat {
  static func prefix(_ kind: InterviewEffect.Message.Kind) -> String {
    switch kind {
    case .interviewer: "Interviewer: "
    case .notice: "── "
    case .info: ""
    case .warning: "! "
    }
  }

  static func lines(_ message: InterviewEffect.Message, width: Int) -> [String] {
    var result: [String] = []
    for (index, paragraph) in message.text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let prefix = index == 0 ? prefix(message.kind) : ""
      let echoed = message.kind == .info && paragraph.hasPrefix("› ")
      let hanging = String(
        repeating: " ",
        count: message.kind == .interviewer || echoed ? 2 : DisplayWidth.of(prefix))
      result += WordWrap.wrap(prefix + paragraph, width: width, indent: "", hanging: hanging)
    }
    return result
  }

  static func status(_ status: InterviewStatus) -> String {
    var parts = [
      "\(status.caseTitle)", "\(status.phaseNumber)/\(status.phaseCount) \(status.phaseTitle)",
    ]
    if status.isTimed {
      if status.phaseRemaining >= 0 {
        parts.append("\(MinutesFormat.clock(seconds: status.phaseRemaining)) left")
      } else {
        parts.append("+\(MinutesFormat.clock(seconds: -status.phaseRemaining)) over")
      }
      parts.append("total \(MinutesFormat.clock(seconds: max(0, status.totalRemaining)))")
    } else {
      parts.append("no timer")
    }
    if status.isPaused { parts.append("PAUSED") }
    return parts.joined(separator: " │ ")
  }
}

/// Plain lines for a pipe: no escape codes, no bell, no status row.
final class PlainInterviewScreen: InterviewScreen {
  private let sink: TextSink
  private let width: Int

  init(sink: TextSink, width: Int) {
    self.sink = sink
    self.width = width
  }

  func start(status: InterviewStatus) {}
  func show(_ message: InterviewEffect.Message) {
    sink.write(MessageFormat.lines(message, width: width).joined(separator: "\n") + "\n")
  }
  func bell() {}
  func refresh(status: InterviewStatus, input: LineEditor) {}
  func resize(status: InterviewStatus, input: LineEditor) {}
  func setChrome(status: String?, footer: String?) {}
  func clearTranscript() {}
  var transcriptSize: (rows: Int, columns: Int) { (24, width) }
  func finish() {}
}
