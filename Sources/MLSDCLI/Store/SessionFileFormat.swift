import FoundationEssentials
import MLSDCore

/// A session's bytes on disk: pretty JSON with sorted keys and ISO 8601
/// dates to the millisecond (so sessions started in the same second still
/// sort; files with whole seconds read too). Reading checks, in order, that the file is JSON, that it is an
/// mlsd session, that its version is one this build reads, that it decodes,
/// and that its values fit; the first failure is the reason given.
enum SessionFileFormat {
  static func encode(_ record: SessionRecord, path: String) throws(SaveError) -> [UInt8] {
    var record = record
    record.formatVersion = SessionRecord.currentFormatVersion
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(date.formatted(dateStyle))
    }
    do {
      return Array(try encoder.encode(record)) + [0x0A]
    } catch {
      // Only non-finite numbers fail to encode; the checks keep them out.
      throw SaveError(
        path: path, action: "save", reason: "it holds a value JSON cannot express")
    }
  }

  /// The session in `bytes`, or why it cannot be used.
  static func decode(_ bytes: [UInt8], path: String, phaseIDs: [String]?) -> Result<
    SessionRecord, StoreProblem
  > {
    func failure(_ reason: String) -> Result<SessionRecord, StoreProblem> {
      .failure(StoreProblem(path: path, reason: reason))
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return failure("the file is empty")
    }
    let data = Data(bytes)
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      guard let date = try? dateStyle.parse(try container.decode(String.self)) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "not an ISO 8601 date")
      }
      return date
    }
    let version: Int?
    do {
      version = try decoder.decode(VersionProbe.self, from: data).formatVersion
    } catch DecodingError.typeMismatch {
      return failure("not an mlsd session (expected a JSON object)")
    } catch {
      return failure("not valid JSON")
    }
    guard let version else {
      return failure("not an mlsd session (it has no formatVersion)")
    }
    let supported = SessionRecord.supportedFormatVersions
    if version > supported.upperBound {
      return failure(
        "written by a newer mlsd (format \(version); this one reads up to \(supported.upperBound))"
      )
    }
    guard supported.contains(version) else {
      return failure("format version \(version) is not one mlsd wrote")
    }
    let record: SessionRecord
    do {
      record = try decoder.decode(SessionRecord.self, from: data)
    } catch let error as DecodingError {
      return failure("not a valid session (\(describe(error)))")
    } catch {
      return failure("not a valid session")
    }
    if let problem = SessionCheck.problems(in: record, phaseIDs: phaseIDs).first {
      return failure(problem)
    }
    return .success(record)
  }

  static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

  private struct VersionProbe: Decodable {
    var formatVersion: Int?
  }

  /// "at `state.phases[2].budget`: wrong type" from a DecodingError.
  static func describe(_ error: DecodingError) -> String {
    let (context, what): (DecodingError.Context, String) =
      switch error {
      case .typeMismatch(_, let context): (context, "wrong type")
      case .valueNotFound(_, let context): (context, "missing value")
      case .keyNotFound(let key, let context): (context, "missing key '\(key.stringValue)'")
      case .dataCorrupted(let context): (context, "value not understood")
      @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "invalid")
      }
    let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }
      .joined().trimmingPrefix(".")
    return path.isEmpty ? what : "at \(path): \(what)"
  }
}
