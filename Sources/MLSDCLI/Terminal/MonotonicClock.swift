import Glibc
import MLSDCore

/// Seconds on a clock that never jumps: wall-clock changes must not eat or
/// add interview time.
enum MonotonicClock {
  static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
