/// Runs a loop body once for every index, maybe on several threads at once.
/// The core has no threads of its own: the shell hands in a loop that uses
/// every core, and tests and tools use `serial`. A body run in parallel may
/// only write to its own index's slot of shared storage.
package struct ParallelLoop: Sendable {
  package typealias Body = (Int) -> Void
  private let run: @Sendable (Int, Body) -> Void
  package let isSerial: Bool

  package init(_ run: @escaping @Sendable (_ count: Int, _ body: Body) -> Void) {
    self.run = run
    self.isSerial = false
  }

  private init(serial run: @escaping @Sendable (Int, Body) -> Void) {
    self.run = run
    self.isSerial = true
  }

  package static let serial = ParallelLoop(serial: { count, body in
    for index in 0..<count { body(index) }
  })

  package func callAsFunction(_ count: Int, _ body: Body) {
    run(count, body)
  }

  /// `transform` of every index, in order.
  package func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer { slots.deallocate() }
    run(count) { index in slots[index] = transform(index) }
    var results: [T] = []
    results.reserveCapacity(count)
    for index in 0..<count {
      // Every slot was written by the loop above.
      results.append(slots.moveElement(from: index)!)
    }
    return results
  }

  /// Two different pieces of work, possibly at once: what `score` does with
  /// reading a case's tables and reading the answer.
  package func both<First, Second>(_ first: () -> First, _ second: () -> Second) -> (
    First, Second
  ) {
    var firstResult: First?
    var secondResult: Second?
    // Each index writes only its own variable.
    self(2) { index in
      if index == 0 {
        firstResult = first()
      } else {
        secondResult = second()
      }
    }
    // The loop ran both indices; the fallbacks only keep this total.
    return (firstResult ?? first(), secondResult ?? second())
  }
}
