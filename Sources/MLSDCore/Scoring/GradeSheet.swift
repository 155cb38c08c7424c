/// An interviewer's overall grades of written answers: the format of
/// `Tests/MLSDTests/Fixtures/SET/grades.json`, against which the scorer's
/// totals are ranked.
package struct GradeSheet: Sendable, Equatable {
  package struct Entry: Sendable, Equatable {
    package var file: String
    package var caseID: String
    /// strong, good, weak, poor, keyword-salad, off-topic, short-strong,
    /// long-generic, …
    package var kind: String
    package var grade: Double
  }

  package var entries: [Entry]

  package init(json text: String) throws(ItemLabels.ReadError) {
    let value: JSONValue
    do {
      value = try JSONParser.parse(text)
    } catch {
      throw .malformed("line \(error.line): \(error.message)")
    }
    guard case .object(let members) = value,
      case .array(let transcripts)? = members.first(where: { $0.key == "transcripts" })?.value
    else { throw .malformed("no 'transcripts' array") }
    entries = transcripts.compactMap { transcript in
      guard case .object(let fields) = transcript else { return nil }
      func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.value }
      guard case .string(let file)? = field("file"), case .string(let caseID)? = field("case"),
        case .string(let kind)? = field("kind"), case .number(let grade)? = field("grade")
      else { return nil }
      return Entry(file: file, caseID: caseID, kind: kind, grade: grade)
    }
  }
}

/// Spearman's rank correlation, with average ranks for ties: how far the
/// scorer orders answers as an interviewer does.
package enum RankCorrelation {
  package static func spearman(_ x: [Double], _ y: [Double]) -> Double {
    pearson(ranks(x), ranks(y))
  }

  package static func ranks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
      let average = Double(start + end) / 2 + 1
      for position in start...end { ranks[order[position]] = average }
      start = end + 1
    }
    return ranks
  }

  package static func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let n = Double(x.count)
    guard n > 1 else { return 0 }
    let meanX = x.reduce(0, +) / n
    let meanY = y.reduce(0, +) / n
    var covariance = 0.0
    var varianceX = 0.0
    var varianceY = 0.0
    for (a, b) in zip(x, y) {
      covariance += (a - meanX) * (b - meanY)
      varianceX += (a - meanX) * (a - meanX)
      varianceY += (b - meanY) * (b - meanY)
    }
    guard varianceX > 0, varianceY > 0 else { return 0 }
    return covariance / (varianceX * varianceY).squareRoot()
  }
}
