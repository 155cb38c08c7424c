import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// `score` hands its loops to one kept worker thread, loops nested in
/// other loops' iterations included. Every iteration must run exactly once
/// and every loop return only when all of its iterations have run,
/// however the two threads interleave.
@Suite("Loops on the kept worker thread")
struct ThreadPairTests {
  @Test func nestedLoopsRunEveryIterationOnce() {
    let loop = ThreadPair.loop
    for round in 0..<300 {
      let outerCount = 2 + round % 3
      let results = loop.map(outerCount) { outer in
        // Uneven work, so either thread may finish first.
        let inner = loop.map(1 + (outer + round) % 6) { index in
          (0...(index * 500 + round % 7)).reduce(0, &+) &+ outer
        }
        let (left, right) = loop.both {
          inner.reduce(0, &+)
        } _: {
          inner.count
        }
        return (left, right)
      }
      for (outer, result) in results.enumerated() {
        let count = 1 + (outer + round) % 6
        let expected = (0..<count).map { index in
          (0...(index * 500 + round % 7)).reduce(0, &+) &+ outer
        }.reduce(0, &+)
        #expect(result.0 == expected && result.1 == count, "round \(round), loop \(outer)")
      }
    }
  }

  @Test func aLoopOfOneOrNoneRunsOnTheCaller() {
    var ran: [Int] = []
    ThreadPair.loop(1) { ran.append($0) }
    ThreadPair.loop(0) { ran.append($0) }
    #expect(ran == [0])
  }
}
