import Foundation
import Synchronization
import Testing

@testable import MLSDCLI
@testable import MLSDCore

@Suite("Session store")
struct SessionStoreTests {
  static let start = Date(timeIntervalSince1970: 1_796_000_000)

  @Test func aSessionRoundTripsThroughCheckpointAndJournal() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    let recorder = try store.create(
      caseID: "visual-search", caseTitle: "Visual search",
      state: try StoreTestSupport.state(), startedAt: Self.start, timeZone: .utc)
    #expect(recorder.record.id.hasPrefix("2026-11-30-0053-visual-search-"))
    var record = recorder.record
    for index in 0..<10 {
      record.state.phases[0].notes.append(.init(text: "note \(index)", at: Double(index)))
      record.state.phases[0].elapsed = Double(index)
      record.updatedAt = Self.start.addingTimeInterval(Double(index))
      try recorder.save(record)
    }
    #expect(recorder.checkpoints == 1, "notes go to the journal, not a rewrite")
    let journal = store.journalURL(for: record.id)
    #expect(FileManager.default.fileExists(atPath: journal.path))
    let loaded = try #require(store.load(id: recorder.record.id)).get()
    #expect(loaded.state == record.state)
    #expect(loaded.updatedAt == record.updatedAt)

    record.status = .completed
    try recorder.finish(record)
    #expect(!FileManager.default.fileExists(atPath: journal.path))
    let finished = try #require(store.load(id: recorder.record.id)).get()
    #expect(finished.status == .completed)
    #expect(finished.state == record.state)
    #expect(store.all().sessions.map(\.id) == [recorder.record.id])
  }

  @Test func theFileCarriesItsFormatVersionAndAVersionOneFileStillReads() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    let recorder = try store.create(
      caseID: "news-feed", caseTitle: "News feed",
      state: try StoreTestSupport.state(caseID: "news-feed"),
      startedAt: Self.start)
    let text = try String(contentsOf: recorder.url, encoding: .utf8)
    #expect(text.contains("\"formatVersion\" : 2"))
    _ = try StoreTestSupport.install(["20261121-170355-visual-search.json"], into: home)
    let (sessions, problems) = store.all()
    #expect(problems.isEmpty, "\(problems)")
    #expect(sessions.map(\.formatVersion).sorted() == [1, 2])
  }

  @Test func sessionsStartedInTheSameSecondAreAllKept() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    var ids: Set<String> = []
    for _ in 0..<20 {
      let recorder = try store.create(
        caseID: "news-feed", caseTitle: "News feed",
        state: try StoreTestSupport.state(caseID: "news-feed"), startedAt: Self.start)
      ids.insert(recorder.record.id)
    }
    #expect(ids.count == 20)
    #expect(store.all().sessions.count == 20)
  }

  @Test func eightStoresWritingAtOnceFromThreadsKeepEverySession() throws {
    let home = StoreTestSupport.home()
    let state = try StoreTestSupport.state()
    let framework = try StoreTestSupport.library.map(\.framework).unwrapped()
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { worker in
      do {
        let store = SessionStore(root: home, framework: framework)
        let recorder = try store.create(
          caseID: "visual-search", caseTitle: "Visual search", state: state,
          startedAt: Self.start)
        var record = recorder.record
        for index in 0..<50 {
          record.state.phases[0].notes.append(
            .init(text: "w\(worker) n\(index)", at: Double(index)))
          try recorder.save(record)
        }
        record.status = .completed
        try recorder.finish(record)
      } catch {
        failures.withLock { $0.append("\(error)") }
      }
    }
    #expect(failures.withLock { $0 }.isEmpty)
    let sessions = try StoreTestSupport.store(home).all().sessions
    #expect(sessions.count == 8)
    #expect(sessions.allSatisfy { $0.noteCount == 50 && $0.status == .completed })
  }

  @Test func aLeftoverTemporaryFileIsIgnoredThenRemovedWhenStale() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    _ = try store.create(
      caseID: "visual-search", caseTitle: "Visual search", state: try StoreTestSupport.state(),
      startedAt: Self.start)
    let leftover = store.directory.appending(path: ".2026-x.json.4242-beef.tmp")
    try Data("{ half a sess".utf8).write(to: leftover)
    let fresh = store.all(now: Date())
    #expect(fresh.problems.isEmpty)
    #expect(fresh.sessions.count == 1)
    #expect(FileManager.default.fileExists(atPath: leftover.path), "too fresh to remove")
    _ = store.all(now: Date().addingTimeInterval(TemporaryFiles.staleAfter + 5))
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
  }

  static let unusable: [(file: String, reason: String)] = [
    ("corrupt.json", "not valid JSON"),
    ("empty.json", "the file is empty"),
    ("foreign.json", "not an mlsd session (it has no formatVersion)"),
    ("newer-format.json", "written by a newer mlsd (format 3; this one reads up to 2)"),
    ("phase-4-of-4.json", "current phase is number 5 of 4"),
    ("phase-99-of-4.json", "current phase is number 100 of 4"),
    ("no-phases.json", "it has no phases"),
    ("huge-budget.json", "phase 'clarify' has a budget of 1e+308 s"),
    ("negative-elapsed.json", "phase 'metrics' has -12.5 s elapsed"),
    ("unknown-phase.json", "phase 'brainstorm' is not in the framework"),
  ]

  @Test func unusableFilesAreReportedSkippedAndLeftByteForByte() throws {
    let home = StoreTestSupport.home()
    let sessions = try StoreTestSupport.install(
      Self.unusable.map(\.file) + ["20261121-170355-visual-search.json"], into: home)
    let before = try Self.unusable.map { try Data(contentsOf: sessions.appending(path: $0.file)) }
    let store = try StoreTestSupport.store(home)
    let (records, problems) = store.all()
    #expect(records.map(\.id) == ["20261121-170355-visual-search"])
    for (file, reason) in Self.unusable {
      let problem = problems.first { $0.path.hasSuffix("/" + file) }
      #expect(problem?.reason.contains(reason) == true, "\(file): \(problem?.reason ?? "none")")
    }
    #expect(problems.count == Self.unusable.count)
    // Saving new sessions and resuming leave them as they were.
    _ = store.latestResumable()
    _ = try store.create(
      caseID: "visual-search", caseTitle: "Visual search", state: try StoreTestSupport.state(),
      startedAt: Self.start)
    let after = try Self.unusable.map { try Data(contentsOf: sessions.appending(path: $0.file)) }
    #expect(before == after)
    guard case .unusable(let problem) = store.latestResumable().resumable else {
      Issue.record("the newest file is unusable: it is named, not another resumed")
      return
    }
    #expect(Self.unusable.contains { problem.path.hasSuffix("/" + $0.file) })
  }

  @Test func aTornLastJournalLineIsIgnoredAndABadOneInTheMiddleIsAProblem() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    let recorder = try store.create(
      caseID: "visual-search", caseTitle: "Visual search", state: try StoreTestSupport.state(),
      startedAt: Self.start)
    var record = recorder.record
    record.state.phases[0].notes.append(.init(text: "kept", at: 1))
    record.state.phases[0].elapsed = 1
    try recorder.save(record)
    let journal = store.journalURL(for: record.id)
    let handle = try FileHandle(forWritingTo: journal)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"seq\":2,\"kind\":\"no".utf8))
    try handle.close()
    let loaded = try #require(store.load(id: record.id)).get()
    #expect(loaded.state.phases[0].notes.map(\.text) == ["kept"])

    try Data("garbage\n".utf8 + (try Data(contentsOf: journal))).write(to: journal)
    let bytes = try Data(contentsOf: journal)
    guard case .failure(let problem)? = store.load(id: record.id) else {
      Issue.record("a garbled journal must make the session unusable")
      return
    }
    #expect(problem.reason == "line 1 cannot be read")
    #expect(try Data(contentsOf: journal) == bytes)
  }

  @Test func eventsACheckpointAlreadyHoldsAreNotAppliedTwice() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    let recorder = try store.create(
      caseID: "visual-search", caseTitle: "Visual search", state: try StoreTestSupport.state(),
      startedAt: Self.start)
    var record = recorder.record
    record.state.phases[0].notes.append(.init(text: "one", at: 1))
    record.state.phases[0].elapsed = 1
    try recorder.save(record)
    let journal = store.journalURL(for: record.id)
    let lines = try Data(contentsOf: journal)
    record.state.currentPhase = 1
    try recorder.save(record)
    #expect(!FileManager.default.fileExists(atPath: journal.path))
    // A crash after the checkpoint but before the journal was removed.
    try lines.write(to: journal)
    let loaded = try #require(store.load(id: record.id)).get()
    #expect(loaded.state.phases[0].notes.map(\.text) == ["one"])
  }

  @Test func manyNotesCostAppendsAndAFewCheckpoints() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    let recorder = try store.create(
      caseID: "visual-search", caseTitle: "Visual search", state: try StoreTestSupport.state(),
      startedAt: Self.start)
    var record = recorder.record
    for index in 0..<3000 {
      record.state.phases[2].notes.append(.init(text: "note \(index)", at: Double(index)))
      record.state.phases[2].elapsed = Double(index)
      try recorder.save(record)
    }
    #expect(recorder.checkpoints <= 8, "checkpoints: \(recorder.checkpoints)")
    #expect(try #require(store.load(id: record.id)).get().state == record.state)
  }

  @Test func theLatestResumableIsTheLastLeftPartialSession() throws {
    let home = StoreTestSupport.home()
    let store = try StoreTestSupport.store(home)
    var made: [SessionRecorder] = []
    for (offset, status) in [SessionRecord.Status.inProgress, .inProgress, .completed].enumerated()
    {
      let recorder = try store.create(
        caseID: "visual-search", caseTitle: "Visual search",
        state: try StoreTestSupport.state(),
        startedAt: Self.start.addingTimeInterval(Double(offset)))
      var record = recorder.record
      record.status = status
      record.updatedAt = Self.start.addingTimeInterval(Double(10 - offset))
      try recorder.finish(record)
      made.append(recorder)
    }
    #expect(store.latestResumable().resumable == .session(made[0].record))
  }

  @Test func aSaveThatFailsSaysWhyInWordsAndNamesThePath() throws {
    let home = StoreTestSupport.home()
    try FileManager.default.createDirectory(
      at: home.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("a file, not a folder".utf8).write(to: home)
    let store = try StoreTestSupport.store(home)
    #expect {
      _ = try store.create(
        caseID: "visual-search", caseTitle: "Visual search", state: try StoreTestSupport.state(),
        startedAt: Self.start)
    } throws: { error in
      "\(error)" == "cannot create the folder \(home.path): not a directory"
    }
  }

  @Test(arguments: [
    (EROFS, "read-only file system"), (ENOSPC, "no space left on device"),
    (ENOTDIR, "not a directory"), (EACCES, "permission denied"),
  ])
  func errnoBecomesWords(code: Int32, words: String) {
    #expect(
      SaveError(path: "/x/s.json", code: code).description == "cannot write /x/s.json: \(words)")
  }
}
