import CThreadSupport
import Glibc
import MLSDCore
import Synchronization

/// A loop of a few iterations run by the calling thread and one worker
/// thread, for work measured in milliseconds (reading a case's tables,
/// indexing a long answer, assessing its items). Dispatch starts a manager
/// thread and a worker on first use. Starting a thread of our own for each
/// loop cost more than handing a loop to one that waits (tens of
/// microseconds against a few, and `score` runs several loops), so the
/// worker is started once and kept. Iterations are claimed one at a time,
/// so when the worker is busy (or could not start) the caller simply runs
/// them all; a thread waiting for another's iterations to finish runs
/// whatever loop is waiting meanwhile, which is how a loop nested in
/// another one's iteration still gets both threads.
enum ThreadPair {
  static let loop = ParallelLoop { count, body in
    guard count > 1, let worker = Worker.shared else {
      for index in 0..<count { body(index) }
      return
    }
    withoutActuallyEscaping(body) { body in
      let job = Job(count: count, body: body)
      // Alive until no other thread runs it: the worker keeps no reference.
      withExtendedLifetime(job) {
        worker.offer(job)
        job.work()
        worker.waitUntilSettled(job)
      }
    }
  }

  /// The iterations left, shared by both threads. Each iteration runs
  /// once, on whichever thread claims it; `ParallelLoop` bodies write only
  /// their own index's slot, which is what makes sharing the body safe.
  fileprivate final class Job: @unchecked Sendable {
    let count: Int
    let body: (Int) -> Void
    let next = Atomic<Int>(0)
    /// Threads other than the caller inside `work()`: raised with the
    /// worker's mutex held, lowered without it (then the mutex is taken
    /// to wake the caller), so a caller can watch it fall while it spins.
    let helpers = Atomic<Int>(0)

    init(count: Int, body: @escaping (Int) -> Void) {
      self.count = count
      self.body = body
    }

    var hasUnclaimed: Bool { next.load(ordering: .relaxed) < count }

    func work() {
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        body(index)
      }
    }
  }

  /// The one thread kept for loops, and the loops waiting for help.
  private final class Worker: @unchecked Sendable {
    /// Nil when no thread could be started: loops then run on the caller.
    static let shared = Worker()

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Raised on every offer, so a spinning thread sees new work without
    /// the mutex.
    private let offers = Atomic<Int>(0)
    /// Whether a thread waiting briefly spins before it sleeps: only with a
    /// core for each of the two threads.
    private let spins = sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1
    /// Broadcast when a loop is offered and when a thread leaves one.
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Loops that may still have iterations to claim; guarded by `mutex`.
    /// Unretained: each caller keeps its loop alive until it has settled.
    private var offered: [Unmanaged<Job>] = []

    private init?() {
      pthread_mutex_init(mutex, nil)
      pthread_cond_init(changed, nil)
      var thread = pthread_t()
      // The worker lives as long as the process, so it holds `self` for good.
      let context = Unmanaged.passRetained(self).toOpaque()
      let body: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = {
        context in
        if let context { Unmanaged<Worker>.fromOpaque(context).takeUnretainedValue().serve() }
        return nil
      }
      // Started elsewhere than this thread's CPU, or Linux often queues it
      // behind this thread until it blocks (see thread_placement.h); on
      // any CPU when there is no other or the system refuses the placement.
      let started = [true, false].contains { placed in
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 4 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        if placed && mlsd_thread_placement_avoid_current_cpu(&attributes) == 0 { return false }
        return pthread_create(&thread, &attributes, body, context) == 0
      }
      guard started else { return nil }
    }

    func offer(_ job: Job) {
      pthread_mutex_lock(mutex)
      offered.append(Unmanaged.passUnretained(job))
      offers.wrappingAdd(1, ordering: .releasing)
      pthread_cond_broadcast(changed)
      pthread_mutex_unlock(mutex)
    }

    /// Returns once no other thread runs any of `job`'s iterations; runs
    /// other loops' iterations while it waits.
    func waitUntilSettled(_ job: Job) {
      let own = Unmanaged.passUnretained(job).toOpaque()
      pthread_mutex_lock(mutex)
      offered.removeAll { $0.toOpaque() == own }
      while job.helpers.load(ordering: .acquiring) > 0 {
        if helpWithAnOfferedLoop() { continue }
        let seen = offers.load(ordering: .acquiring)
        pthread_mutex_unlock(mutex)
        spin {
          job.helpers.load(ordering: .acquiring) == 0 || offers.load(ordering: .acquiring) != seen
        }
        pthread_mutex_lock(mutex)
        if job.helpers.load(ordering: .acquiring) > 0 && offers.load(ordering: .acquiring) == seen {
          pthread_cond_wait(changed, mutex)
        }
      }
      pthread_mutex_unlock(mutex)
    }

    private func serve() {
      // Placed; from now on free to move like any thread.
      mlsd_thread_placement_allow_every_cpu()
      // Its heap in one step, not a system call per page (see thread_heap.h).
      mlsd_thread_heap_reserve(2 << 20)
      pthread_mutex_lock(mutex)
      while true {
        if helpWithAnOfferedLoop() { continue }
        let seen = offers.load(ordering: .acquiring)
        pthread_mutex_unlock(mutex)
        spin { offers.load(ordering: .acquiring) != seen }
        pthread_mutex_lock(mutex)
        if offers.load(ordering: .acquiring) == seen { pthread_cond_wait(changed, mutex) }
      }
    }

    /// Waits up to `spinLimit` for `done`, awake. Waking a sleeping thread
    /// takes tens to hundreds of microseconds on a virtual machine, and
    /// `score` hands work between its two threads a dozen times in a few
    /// milliseconds; spinning costs a core that would be idle anyway.
    private func spin(until done: () -> Bool) {
      guard spins else { return }
      let start = Self.now()
      while !done() {
        // Yielding keeps the core free for the other thread when the two
        // were put on one.
        sched_yield()
        if Self.now() - start > Self.spinLimit { return }
      }
    }

    /// A millisecond: longer than any gap between two loops of `score`.
    private static let spinLimit: UInt64 = 1_000_000

    private static func now() -> UInt64 {
      var time = timespec()
      clock_gettime(CLOCK_MONOTONIC, &time)
      return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// With `mutex` held: runs the newest offered loop that has iterations
    /// left (dropping the ones that have none), the mutex released while
    /// it runs. False when there was none.
    private func helpWithAnOfferedLoop() -> Bool {
      offered.removeAll { !$0.takeUnretainedValue().hasUnclaimed }
      guard let newest = offered.last else { return false }
      // Never retained here: the caller frees the loop the moment the
      // count below lands, and must then hold its only reference.
      _ = newest._withUnsafeGuaranteedRef { $0.helpers.wrappingAdd(1, ordering: .relaxed) }
      pthread_mutex_unlock(mutex)
      newest._withUnsafeGuaranteedRef { $0.work() }
      _ = newest._withUnsafeGuaranteedRef {
        $0.helpers.wrappingSubtract(1, ordering: .releasing)
      }
      pthread_mutex_lock(mutex)
      pthread_cond_broadcast(changed)
      return true
    }
  }
}
