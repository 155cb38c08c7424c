import Glibc
import MLSDCore
import Synchronization

/// A loop of a few iterations run by the calling thread and one thread
/// started for it, for work measured in milliseconds (reading a case's
/// tables, indexing a long answer). Dispatch starts a manager thread and a
/// worker on first use; one thread of our own starts in tens of
/// microseconds. Iterations are claimed one at a time, so when the second
/// thread starts late (or cannot start) the caller simply runs them all.
enum ThreadPair {
  static let loop = ParallelLoop { count, body in
    guard count > 1 else {
      for index in 0..<count { body(index) }
      return
    }
    withoutActuallyEscaping(body) { body in
      let job = Job(count: count, body: body)
      // Alive until the second thread is joined: it holds no reference.
      withExtendedLifetime(job) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 4 << 20)
        var thread = pthread_t()
        let started =
          pthread_create(
            &thread, &attributes,
            { context in
              if let context { Unmanaged<Job>.fromOpaque(context).takeUnretainedValue().work() }
              return nil
            }, Unmanaged.passUnretained(job).toOpaque()) == 0
        job.work()
        if started { pthread_join(thread, nil) }
      }
    }
  }

  /// The iterations left, shared by both threads. Each iteration runs
  /// once, on whichever thread claims it; `ParallelLoop` bodies write only
  /// their own index's slot, which is what makes sharing the body safe.
  private final class Job: @unchecked Sendable {
    let count: Int
    let body: (Int) -> Void
    let next = Atomic<Int>(0)

    init(count: Int, body: @escaping (Int) -> Void) {
      self.count = count
      self.body = body
    }

    func work() {
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        body(index)
      }
    }
  }
}
