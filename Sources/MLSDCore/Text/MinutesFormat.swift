/// "45 min", "7.5 min", "30 s": minutes as people say them.
package enum MinutesFormat {
  package static func text(_ minutes: Double) -> String {
    if minutes < 1 { return "\(Int((minutes * 60).rounded())) s" }
    if minutes == minutes.rounded() { return "\(Int(minutes)) min" }
    return "\((minutes * 10).rounded() / 10) min"
  }

  /// A clock: "4:05", or "1:02:03" past an hour.
  package static func clock(seconds: Double) -> String {
    let total = max(0, Int(seconds.rounded(.up)))
    let hours = total / 3600
    let minutes = (total % 3600) / 60
    let secs = total % 60
    let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" }
    return "\(minutes):\(twoDigits(secs))"
  }
}
