import Testing

@testable import MLSDCore

/// The interviewer answering clarifying questions the way candidates type
/// them: short, two at once, yes/no, or about something the case does not
/// say.
@Suite("Interviewer answers")
struct FactLookupTests {
  static func lookup(_ caseID: String) throws -> FactLookup {
    let library = try ContentLibrary(files: .bundled)
    let study = try library.loadCase(caseID)
    return Interviewer(study: study, framework: library.framework).facts
  }

  @Test func aTwoPartQuestionGetsBothFacts() throws {
    let lookup = try Self.lookup("news-feed")
    let facts = lookup.facts(answering: "How many daily active users and new posts per day?")
    #expect(facts.map(\.id) == ["users-scale", "post-volume"])
    let reply = lookup.reply(to: "How many daily active users and new posts per day?")
    #expect(reply.text.contains("1 billion daily") && reply.text.contains("new posts a day"))
  }

  /// The second part asks more of the fact the first found: answered once,
  /// without a stray fact (the users) tacked on.
  @Test func aSecondPartAboutTheSameFactAddsNoOther() throws {
    let lookup = try Self.lookup("visual-search")
    let question = "how many images, and how many new per day?"
    let facts = lookup.facts(answering: question)
    #expect(facts.count == 1)
    #expect(facts.first.map { lookup.reply(to: question).text == $0.answer } == true)
    #expect(facts.first?.answer.contains("new images") == true)
  }

  /// Several facts use "users" ("New users", "What we know about users"):
  /// the bare word asks for the one whose topic starts with it.
  @Test func aOneWordQuestionGetsTheFactItsTopicStartsWith() throws {
    let expected = [
      "people-you-may-know": "users-scale", "event-recommendation": "users-scale",
      "video-recommendation": "users-scale", "visual-search": "user-scale",
    ]
    for (caseID, factID) in expected {
      #expect(try Self.lookup(caseID).facts(answering: "users?").map(\.id) == [factID], "\(caseID)")
    }
    // A stem shared with another topic ("Object sizes") does not count.
    #expect(
      try Self.lookup("street-view-blurring").facts(answering: "Objective?").first?.id
        == "business-goal")
  }

  /// Everyday words point at a topic one at a time, so a word used in its
  /// other sense must not pull a question to that topic.
  @Test func aWordInItsEverydaySenseDoesNotPickATopic() throws {
    for caseID in ["news-feed", "video-search", "street-view-blurring"] {
      let lookup = try Self.lookup(caseID)
      let cases = [
        ("How should we address cold start for new users?", "privacy"),
        ("What about edge cases?", "devices"),
        ("On the other hand, how many users?", "human-labels"),
      ]
      for (question, topic) in cases {
        let found = lookup.facts(answering: question).map(\.id)
        #expect(!found.contains(topic), "\(caseID): \(question) → \(found)")
      }
    }
  }

  @Test func terseQuestionsFindTheirTopic() throws {
    let lookup = try Self.lookup("news-feed")
    #expect(lookup.facts(answering: "goal?").first?.id == "business-goal")
    #expect(lookup.facts(answering: "what's the objective here?").first?.id == "business-goal")
    #expect(lookup.facts(answering: "any latency req?").first?.id == "latency")
  }

  @Test func aYesNoQuestionWithNoFactIsTheCandidatesCall() throws {
    let reply = try Self.lookup("visual-search").reply(to: "Do we need to support Klingon?")
    #expect(reply.facts.isEmpty)
    #expect(reply.text == "That is your call: state an assumption and go on.")
    #expect(!reply.text.contains("number"))
  }

  @Test func anUnknownQuestionSaysWhatTheInterviewerCanSpeakTo() throws {
    let reply = try Self.lookup("visual-search").reply(to: "Where is the office?")
    #expect(reply.facts.isEmpty)
    #expect(reply.text.contains("I can speak to:"))
    #expect(!reply.text.contains("I don't have a number"))
  }

  @Test func questionsSplitOnConjunctionsAndClauses() {
    #expect(
      FactLookup.parts(of: "How many users and posts per day?") == [
        "How many users", "posts per day",
      ])
    #expect(FactLookup.parts(of: "Scale? Latency?") == ["Scale", "Latency"])
    #expect(FactLookup.isYesNo("Is there a baseline?"))
    #expect(!FactLookup.isYesNo("What is the baseline?"))
  }
}
