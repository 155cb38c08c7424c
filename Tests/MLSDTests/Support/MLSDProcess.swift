import Foundation

/// Runs the built `mlsd` as a user would and captures what it printed, in the
/// style of swift-argument-parser's AssertExecuteCommand.
struct MLSDResult {
  var stdout: String
  var stderr: String
  var status: Int32
}

enum MLSDProcess {
  static var executable: URL {
    Bundle.main.bundleURL.appending(path: "mlsd")
  }

  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    workingDirectory: URL? = nil, executable: URL? = nil
  ) throws -> MLSDResult {
    let process = Process()
    process.executableURL = executable ?? Self.executable
    process.arguments = arguments
    var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "TERM": "xterm"]
    if environment["MLSD_HOME"] == nil {
      env["MLSD_HOME"] = NSTemporaryDirectory() + "mlsd-test-" + UUID().uuidString
    }
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return MLSDResult(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
  }
}
