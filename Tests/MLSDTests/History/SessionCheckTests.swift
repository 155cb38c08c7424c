import Foundation
import Testing

@testable import MLSDCore

@Suite("Session values that do not fit")
struct SessionCheckTests {
  static let phaseIDs = SessionSamples.phaseIDs

  @Test func aSoundSessionHasNoProblems() {
    #expect(SessionCheck.problems(in: SessionSamples.record(), phaseIDs: Self.phaseIDs).isEmpty)
  }

  @Test(arguments: [4, 99, -1])
  func aCurrentPhaseOutOfRangeIsAProblem(phase: Int) {
    var record = SessionSamples.record()
    record.state.currentPhase = phase
    let problems = SessionCheck.problems(in: record, phaseIDs: Self.phaseIDs)
    #expect(problems.contains { $0.contains("current phase") })
  }

  @Test func noPhasesIsAProblem() {
    var record = SessionSamples.record()
    record.state.phases = []
    #expect(SessionCheck.problems(in: record).contains("it has no phases"))
  }

  @Test(arguments: [1e308, .infinity, .nan, 0, -5])
  func aBudgetThatIsNotASensibleNumberIsAProblem(budget: Double) {
    var record = SessionSamples.record()
    record.state.phases[1].budget = budget
    #expect(SessionCheck.problems(in: record).contains { $0.contains("budget") })
  }

  @Test func negativeElapsedTimeIsAProblem() {
    var record = SessionSamples.record()
    record.state.phases[0].elapsed = -3
    #expect(SessionCheck.problems(in: record).contains { $0.contains("elapsed") })
  }

  @Test func unknownPhaseIDsAreAProblemAgainstTheFramework() {
    var record = SessionSamples.record()
    record.state.phases[2].id = "brainstorm"
    #expect(
      SessionCheck.problems(in: record, phaseIDs: Self.phaseIDs).contains {
        $0.contains("'brainstorm' is not in the framework")
      })
  }
}
