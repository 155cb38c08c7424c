import MLSDCore

/// The interview on a terminal: what was said scrolls in a region at the
/// top; the status row, the input line and the command footer stay put at
/// the bottom (apt's trick: a scroll region, absolute moves, redraw).
/// Every output redraws the input line from the editor, so text being typed
/// is never garbled, erased or split by a notice.
final class TerminalInterviewScreen: InterviewScreen {
  private let sink: TextSink
  private let style: Style
  private var columns: Int
  private var rows: Int
  private let size: () -> (columns: Int, rows: Int)
  /// Recent messages, re-wrapped and re-shown after a resize.
  private var recent: [InterviewEffect.Message] = []
  /// What the fixed rows show now; nil after anything moved the cursor or
  /// the screen, so the next refresh draws them again. The loop refreshes
  /// every second and after every key: most of the time nothing changed.
  private var drawn: (status: String, input: LineEditor)?
  private var chrome: (status: String?, footer: String?) = (nil, nil)

  init(sink: TextSink, style: Style, size: @escaping () -> (columns: Int, rows: Int)) {
    self.sink = sink
    self.style = style
    self.size = size
    (columns, rows) = size()
  }

  private var regionBottom: Int { max(1, rows - 3) }
  private var width: Int { max(20, columns - 1) }

  func start(status: InterviewStatus) {
    sink.write("\u{1B}[H\u{1B}[2J\u{1B}[1;\(regionBottom)r\u{1B}[\(regionBottom);1H")
    drawFixedRows(status: status, input: LineEditor())
  }

  func show(_ message: InterviewEffect.Message) {
    drawn = nil
    recent.append(message)
    if recent.count > 200 { recent.removeFirst(recent.count - 200) }
    var out = "\u{1B}[?25l"
    for line in MessageFormat.lines(message, width: width) {
      out += "\u{1B}[\(regionBottom);1H\n\r\u{1B}[2K" + colour(line, message.kind)
    }
    sink.write(out)
  }

  func bell() { sink.write("\u{07}") }

  func refresh(status: InterviewStatus, input: LineEditor) {
    if let drawn, drawn.status == chrome.status ?? MessageFormat.status(status),
      drawn.input == input
    {
      return
    }
    drawFixedRows(status: status, input: input)
  }

  func resize(status: InterviewStatus, input: LineEditor) {
    (columns, rows) = size()
    sink.write("\u{1B}[r\u{1B}[H\u{1B}[2J\u{1B}[1;\(regionBottom)r")
    let messages = recent
    recent = []
    let room = regionBottom
    var lines: [(String, InterviewEffect.Message.Kind)] = []
    for message in messages {
      lines += MessageFormat.lines(message, width: width).map { ($0, message.kind) }
    }
    var out = ""
    for (line, kind) in lines.suffix(room) {
      out += "\u{1B}[\(regionBottom);1H\n\r\u{1B}[2K" + colour(line, kind)
    }
    sink.write(out)
    recent = messages
    drawFixedRows(status: status, input: input)
  }

  func setChrome(status: String?, footer: String?) {
    chrome = (status, footer)
    drawn = nil
  }

  func clearTranscript() {
    recent = []
    drawn = nil
    sink.write("\u{1B}[?25l\u{1B}[1;\(regionBottom)r\u{1B}[H\u{1B}[J\u{1B}[\(regionBottom);1H")
  }

  var transcriptSize: (rows: Int, columns: Int) { (regionBottom, width) }

  func finish() {
    sink.write("\u{1B}[r\u{1B}[\(max(1, rows - 2));1H\u{1B}[J\u{1B}[0m\u{1B}[?25h")
  }

  private func colour(_ line: String, _ kind: InterviewEffect.Message.Kind) -> String {
    switch kind {
    case .interviewer: style.cyan(line)
    case .notice: style.bold(line)
    case .info: line
    case .warning: style.yellow(line)
    }
  }

  private func drawFixedRows(status: InterviewStatus, input: LineEditor) {
    let statusText = " " + (chrome.status ?? MessageFormat.status(status))
    let barWidth = max(0, min(20, width - DisplayWidth.of(statusText) - 3))
    var statusLine = statusText
    if barWidth >= 5, chrome.status == nil {
      let filled = Int((status.progress * Double(barWidth)).rounded())
      statusLine +=
        " " + String(repeating: "█", count: filled)
        + String(repeating: "░", count: barWidth - filled)
    }
    statusLine = DisplayWidth.pad(DisplayWidth.truncate(statusLine, to: width), to: width)
    let overtime = chrome.status == nil && status.isTimed && status.phaseRemaining < 0
    let styledStatus =
      style.enabled
      ? "\u{1B}[\(overtime ? "41;97" : status.isPaused ? "43;30" : "7")m\(statusLine)\u{1B}[0m"
      : statusLine
    let prompt = "› "
    let visible = input.visible(width: width - DisplayWidth.of(prompt))
    let footer = DisplayWidth.truncate(
      chrome.footer ?? SlashCommand.footer + "  ·  end a line with ? to ask", to: width)
    var out = "\u{1B}[?25l"
    out += "\u{1B}[\(rows - 2);1H\u{1B}[2K" + styledStatus
    out += "\u{1B}[\(rows);1H\u{1B}[2K" + style.dim(footer)
    out += "\u{1B}[\(rows - 1);1H\u{1B}[2K" + style.bold(prompt) + visible.text
    out += "\u{1B}[\(rows - 1);\(DisplayWidth.of(prompt) + visible.cursorColumn + 1)H\u{1B}[?25h"
    sink.write(out)
    drawn = (chrome.status ?? MessageFormat.status(status), input)
  }
}
