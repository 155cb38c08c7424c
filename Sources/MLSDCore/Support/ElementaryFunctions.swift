/// Logarithm and power in plain Swift, so that the core imports no OS module
/// for the two curves it needs (the scorer's coverage curve, search's tf-idf).
/// Accurate to a few units in the last place, which is far below what any
/// score or ranking can show.
enum ElementaryFunctions {
  static let ln2 = 0.693_147_180_559_945_309_4

  /// The natural logarithm; NaN below zero, -infinity at zero.
  static func log(_ x: Double) -> Double {
    if x.isNaN || x < 0 { return .nan }
    if x == 0 { return -.infinity }
    if x.isInfinite { return .infinity }
    var exponent = Double(x.exponent)
    var mantissa = x.significand  // in [1, 2)
    if mantissa > 1.414_213_562_373_095 {
      mantissa /= 2
      exponent += 1
    }
    // log(m) = 2 atanh(s) with s = (m - 1) / (m + 1), |s| < 0.18.
    let s = (mantissa - 1) / (mantissa + 1)
    let s2 = s * s
    var term = s
    var sum = 0.0
    var odd = 1.0
    while odd < 40 {
      sum += term / odd
      term *= s2
      odd += 2
    }
    return 2 * sum + exponent * ln2
  }

  /// e to the power x.
  static func exp(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x > 709.8 { return .infinity }
    if x < -745.2 { return 0 }
    let k = (x / ln2).rounded()
    let r = x - k * ln2  // |r| <= ln2 / 2
    var term = 1.0
    var sum = 1.0
    var n = 1.0
    while n < 24 {
      term *= r / n
      sum += term
      n += 1
    }
    // Scale by 2^k in two steps so that neither factor overflows.
    let half = Int(k) / 2
    return sum * Double(sign: .plus, exponent: half, significand: 1)
      * Double(sign: .plus, exponent: Int(k) - half, significand: 1)
  }

  /// x to the power y for x >= 0, the only case the core needs.
  static func pow(_ x: Double, _ y: Double) -> Double {
    if y == 0 { return 1 }
    if x == 0 { return y > 0 ? 0 : .infinity }
    if x < 0 || x.isNaN || y.isNaN { return .nan }
    return exp(y * log(x))
  }
}
