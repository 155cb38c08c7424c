/// The scorer run over a set of graded answers (`graded`, `holdout`,
/// `blind`): totals against the interviewer's grades, ticks against the
/// interviewer's item labels. Shared by the quality test and the
/// `ScoringQuality` tool, so both report the same figures.
package struct AnswerSetEvaluation: Sendable {
  package struct Answer: Sendable {
    package var file: String
    package var caseID: String
    package var kind: String
    package var grade: Double
    /// The total at the default level, as `mlsd score` prints it.
    package var total: Int
  }

  package enum Failure: Error, CustomStringConvertible {
    case unreadable(String)
    case malformed(String, String)

    package var description: String {
      switch self {
      case .unreadable(let path): "\(path): cannot be read"
      case .malformed(let path, let why): "\(path): \(why)"
      }
    }
  }

  package let set: String
  package private(set) var answers: [Answer] = []
  /// Ticks judged at `Level.staff`, so every labelled item counts.
  package private(set) var agreement = TickAgreement()
  package private(set) var labelledAnswers = 0

  /// `read` returns a fixture file's text by its path under the fixtures
  /// folder ("graded/grades.json", "labels/graded/x.json"), nil if absent.
  /// Returns nil when the set has no grades file.
  package init?(
    set: String, library: ContentLibrary, policy: ScoringPolicy = .standard,
    read: (String) -> String?
  ) throws {
    guard let gradesText = read("\(set)/grades.json") else { return nil }
    self.set = set
    let sheet: GradeSheet
    do {
      sheet = try GradeSheet(json: gradesText)
    } catch {
      throw Failure.malformed("\(set)/grades.json", "\(error)")
    }
    var scorers: [String: Scorer] = [:]
    for entry in sheet.entries where library.hasCase(entry.caseID) {
      if scorers[entry.caseID] == nil {
        scorers[entry.caseID] = Scorer(
          study: try library.loadCase(entry.caseID), framework: library.framework, policy: policy)
      }
      guard let scorer = scorers[entry.caseID] else { continue }
      let path = "\(set)/\(entry.file)"
      guard let text = read(path) else { throw Failure.unreadable(path) }
      let transcript = try TranscriptParser.parse(text, framework: library.framework)
      let card = scorer.score(transcript)
      answers.append(
        Answer(
          file: entry.file, caseID: entry.caseID, kind: entry.kind, grade: entry.grade,
          total: card.total))
      let stem = entry.file.hasSuffix(".md") ? String(entry.file.dropLast(3)) : entry.file
      let labelPath = "labels/\(set)/\(stem).json"
      guard let labelText = read(labelPath) else { continue }
      do {
        let labels = try ItemLabels(json: labelText)
        agreement.add(scorer.score(transcript, level: .staff), labels: labels)
        labelledAnswers += 1
      } catch {
        throw Failure.malformed(labelPath, "\(error)")
      }
    }
  }

  /// Rank correlation of totals with grades over all answers.
  package var spearman: Double {
    RankCorrelation.spearman(answers.map(\.grade), answers.map { Double($0.total) })
  }

  /// Rank correlation within each case.
  package var spearmanByCase: [(caseID: String, rho: Double)] {
    var order: [String] = []
    var byCase: [String: [Answer]] = [:]
    for answer in answers {
      if byCase[answer.caseID] == nil { order.append(answer.caseID) }
      byCase[answer.caseID, default: []].append(answer)
    }
    return order.map { caseID in
      let answers = byCase[caseID] ?? []
      return (
        caseID, RankCorrelation.spearman(answers.map(\.grade), answers.map { Double($0.total) })
      )
    }
  }
}
