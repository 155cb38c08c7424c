import MLSDCore

/// Every command of the spec, in the order help lists them.
enum CommandCatalog {
  static let levels = Level.allCases.map(\.rawValue)

  static let root = CommandSpec(
    name: "",
    abstract: "A terminal coach for machine-learning system design interviews.",
    discussion:
      "Run timed mock interviews alone, study worked case studies, revise the framework, and watch your weak spots shrink.",
    options: globalOptions,
    examples: [
      .init(command: "mlsd interview visual-search", explanation: "a 45-minute mock interview"),
      .init(command: "mlsd cases", explanation: "list the case studies"),
      .init(command: "mlsd case ad-click-prediction", explanation: "study one case"),
      .init(command: "mlsd cheatsheet", explanation: "the framework on one page"),
      .init(
        command: "mlsd score --case news-feed answer.md", explanation: "grade a written answer"),
    ])

  static let globalOptions: [OptionSpec] = [
    OptionSpec(
      names: ["--content"], help: "Add a content pack from this folder (or $MLSD_CONTENT).",
      valueName: "dir", completion: .directory),
    OptionSpec(names: ["--no-color"], help: "Never colour the output (also: NO_COLOR=1)."),
    OptionSpec(names: ["--version"], help: "Show the version."),
    OptionSpec(names: ["-h", "--help"], help: "Show help information."),
  ]

  static let helpOption = OptionSpec(
    names: ["-h", "--help"], help: "Show help information.", isHiddenFromUsage: true)
  static let commonHidden: [OptionSpec] = [
    helpOption,
    OptionSpec(names: ["--no-color"], help: "Never colour the output.", isHiddenFromUsage: true),
    OptionSpec(
      names: ["--content"], help: "Add a content pack from this folder.", valueName: "dir",
      completion: .directory, isHiddenFromUsage: true),
  ]

  static let commands: [CommandSpec] = [
    interview, score, cases, caseCommand, search, cheatsheet, history, report, stats, drill,
    validate, completions, help,
  ]

  static func command(named name: String) -> CommandSpec? {
    commands.first { $0.name == name }
  }

  static let interview = CommandSpec(
    name: "interview",
    abstract: "Run a timed mock interview on one case study.",
    discussion:
      "Type notes line by line. A line ending in '?' is also a question to the interviewer. Commands: /next /hint /cheatsheet /time /pause /resume /quit /help. With no case id, mlsd picks the case you have practised least or scored worst on.",
    arguments: [
      ArgumentSpec(
        name: "id", help: "The case to practise (see 'mlsd cases').", isOptional: true,
        completion: .caseIDs)
    ],
    options: [
      OptionSpec(
        names: ["--random"], help: "Pick a case you have practised least or scored worst on."),
      OptionSpec(
        names: ["--minutes"], help: "Length of the whole interview; phases keep their proportions.",
        valueName: "n"),
      OptionSpec(names: ["--no-timer"], help: "Phases end only by /next or end of input."),
      OptionSpec(names: ["--soft"], help: "Keep a phase open past its budget, counting overtime."),
      OptionSpec(
        names: ["--level"], help: "mid, senior (default) or staff: which checklist items count.",
        valueName: "level", completion: .values(levels)),
      OptionSpec(
        names: ["--resume"], help: "Continue the last interview left with /quit or Ctrl-C."),
    ] + commonHidden,
    examples: [
      .init(command: "mlsd interview visual-search", explanation: "45 minutes on visual search"),
      .init(command: "mlsd interview --random --minutes 20", explanation: "a short drill"),
      .init(
        command: "mlsd interview news-feed --level staff --soft",
        explanation: "staff bar, soft timer"),
      .init(command: "mlsd interview --resume", explanation: "continue after /quit"),
    ])

  static let score = CommandSpec(
    name: "score",
    abstract: "Grade a written answer (Markdown, one '## ' heading per phase).",
    discussion:
      "Headings name a phase by id or title: '## clarify' or '## Clarify requirements'. A missing phase scores zero. Read from standard input with '-'.",
    arguments: [
      ArgumentSpec(
        name: "file", help: "The transcript, or '-' for standard input.", completion: .file)
    ],
    options: [
      OptionSpec(
        names: ["--case"], help: "The case the answer is for.", valueName: "id",
        completion: .caseIDs),
      OptionSpec(names: ["--json"], help: "Print the scorecard as JSON."),
      OptionSpec(
        names: ["--level"], help: "mid, senior (default) or staff.", valueName: "level",
        completion: .values(levels)),
    ] + commonHidden,
    examples: [
      .init(command: "mlsd score --case visual-search answer.md", explanation: "print a scorecard"),
      .init(
        command: "mlsd score --case news-feed - --json < answer.md", explanation: "JSON from stdin"),
    ])

  static let cases = CommandSpec(
    name: "cases",
    abstract: "List the case studies.",
    options: [OptionSpec(names: ["--json"], help: "Print the list as JSON.")] + commonHidden,
    examples: [.init(command: "mlsd cases", explanation: "id, title, category and difficulty")])

  static let caseCommand = CommandSpec(
    name: "case",
    abstract: "Study one case: requirements, metrics, architecture, deployment, pitfalls.",
    arguments: [
      ArgumentSpec(name: "id", help: "The case id (see 'mlsd cases').", completion: .caseIDs)
    ],
    options: [
      OptionSpec(names: ["--markdown"], help: "Print as Markdown."),
      OptionSpec(names: ["--json"], help: "Print as JSON."),
    ] + commonHidden,
    examples: [
      .init(command: "mlsd case visual-search", explanation: "read the case"),
      .init(command: "mlsd case ad-click-prediction --markdown > ads.md", explanation: "save it"),
    ])

  static let search = CommandSpec(
    name: "search",
    abstract: "Search the cases, the framework and the glossary.",
    arguments: [ArgumentSpec(name: "words", help: "What to look for.", isRepeating: true)],
    options: commonHidden,
    examples: [
      .init(command: "mlsd search cold start", explanation: "every place that covers cold start"),
      .init(command: "mlsd search ndcg", explanation: "the glossary entry and where it is used"),
    ])

  static let cheatsheet = CommandSpec(
    name: "cheatsheet",
    abstract: "Print the interview framework on one page.",
    options: [OptionSpec(names: ["--markdown"], help: "Print as Markdown.")] + commonHidden,
    examples: [.init(command: "mlsd cheatsheet | less -R", explanation: "page through it")])

  static let history = CommandSpec(
    name: "history",
    abstract: "List past interview sessions.",
    options: [OptionSpec(names: ["--json"], help: "Print as JSON.")] + commonHidden,
    examples: [.init(command: "mlsd history", explanation: "date, case, score and verdict")],
    isAvailable: false)

  static let report = CommandSpec(
    name: "report",
    abstract: "Write the full report of one session.",
    arguments: [ArgumentSpec(name: "session", help: "A session id, or 'last'.")],
    options: [
      OptionSpec(
        names: ["--out"], help: "Write to this file instead of standard output.", valueName: "file",
        completion: .file)
    ] + commonHidden,
    examples: [
      .init(command: "mlsd report last --out report.md", explanation: "save the last one")
    ],
    isAvailable: false)

  static let stats = CommandSpec(
    name: "stats",
    abstract: "Show progress per phase over time.",
    options: commonHidden,
    examples: [.init(command: "mlsd stats", explanation: "scores per phase, overtime, trends")],
    isAvailable: false)

  static let drill = CommandSpec(
    name: "drill",
    abstract: "Drill the checklist items you keep missing.",
    options: commonHidden,
    examples: [.init(command: "mlsd drill", explanation: "quiz on your weakest items")],
    isAvailable: false)

  static let validate = CommandSpec(
    name: "validate",
    abstract: "Check a content pack (or the bundled content) and print every problem.",
    arguments: [
      ArgumentSpec(
        name: "dir", help: "The content pack folder (default: the bundled content).",
        isOptional: true, completion: .directory)
    ],
    options: commonHidden,
    examples: [
      .init(command: "mlsd validate", explanation: "check the bundled content"),
      .init(command: "mlsd validate ~/my-cases", explanation: "check a pack before using it"),
    ])

  static let completions = CommandSpec(
    name: "completions",
    abstract: "Print a shell completion script.",
    arguments: [
      ArgumentSpec(
        name: "shell", help: "bash, zsh or fish.", completion: .values(["bash", "zsh", "fish"]))
    ],
    options: commonHidden,
    examples: [
      .init(
        command: "mlsd completions bash > ~/.local/share/bash-completion/completions/mlsd",
        explanation: "bash"),
      .init(command: "mlsd completions zsh > ~/.zfunc/_mlsd", explanation: "zsh"),
      .init(
        command: "mlsd completions fish > ~/.config/fish/completions/mlsd.fish", explanation: "fish"
      ),
    ])

  static let help = CommandSpec(
    name: "help",
    abstract: "Show help for a command.",
    arguments: [
      ArgumentSpec(
        name: "command", help: "The command to explain.", isOptional: true, completion: .commands)
    ],
    options: commonHidden,
    examples: [.init(command: "mlsd help interview", explanation: "everything interview can do")])
}
