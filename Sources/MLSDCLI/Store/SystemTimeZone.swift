import FoundationEssentials
import Glibc
import MLSDCore

extension LocalTimeZone {
  /// The user's time zone from the C library (`TZ`, else /etc/localtime),
  /// daylight saving included. `TimeZone.current` cannot serve: without
  /// ICU it is always GMT.
  package static let system: LocalTimeZone = {
    tzset()
    return LocalTimeZone { date in
      let seconds = date.timeIntervalSince1970
      guard seconds.isFinite, abs(seconds) < 1e12 else { return 0 }
      var time = time_t(seconds.rounded(.down))
      var parts = tm()
      guard localtime_r(&time, &parts) != nil else { return 0 }
      return Int(parts.tm_gmtoff)
    }
  }()
}
