/// The hiring recommendation, by the spec's bands of the total score.
package enum Verdict: String, Sendable, Equatable, CaseIterable {
  case strongHire = "strong hire"
  case hire = "hire"
  case leanHire = "lean hire"
  case leanNoHire = "lean no hire"
  case noHire = "no hire"

  package init(total: Int) {
    switch total {
    case 80...: self = .strongHire
    case 65..<80: self = .hire
    case 50..<65: self = .leanHire
    case 35..<50: self = .leanNoHire
    default: self = .noHire
    }
  }
}
