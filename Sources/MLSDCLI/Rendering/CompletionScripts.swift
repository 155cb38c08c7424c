import MLSDCore

/// Shell completion scripts generated from the command specs, with the case
/// ids known when the script was made.
enum CompletionScripts {
  static func visibleOptions(_ spec: CommandSpec) -> [OptionSpec] {
    spec.options.filter { !$0.isHiddenFromUsage } + [GlobalOptions.helpHidden]
  }

  static func words(for completion: Completion, caseIDs: [String]) -> [String]? {
    switch completion {
    case .caseIDs: caseIDs
    case .values(let values): values
    case .commands: CommandRegistry.names
    case .none, .file, .directory: nil
    }
  }

  static func bash(caseIDs: [String]) -> String {
    let commands = CommandRegistry.names.joined(separator: " ")
    let globals = GlobalOptions.all.flatMap(\.names).joined(separator: " ")
    var script = """
      # bash completion for mlsd. Install: mlsd completions bash > ~/.local/share/bash-completion/completions/mlsd
      _mlsd() {
        local cur prev cmd i
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        cmd=""
        for ((i = 1; i < COMP_CWORD; i++)); do
          case "${COMP_WORDS[i]}" in
            --content) ((i++)) ;;
            -*) ;;
            *) cmd="${COMP_WORDS[i]}"; break ;;
          esac
        done
        if [[ "$prev" == "--content" ]]; then COMPREPLY=($(compgen -d -- "$cur")); return; fi
        if [[ -z "$cmd" ]]; then
          COMPREPLY=($(compgen -W "\(commands) \(globals)" -- "$cur"))
          return
        fi
        case "$cmd" in

      """
    for spec in CommandRegistry.specs {
      let options = visibleOptions(spec).flatMap(\.names).joined(separator: " ")
      script += "    \(spec.name))\n"
      for option in spec.acceptedOptions where option.valueName != nil {
        let name = option.names.joined(separator: "|")
        if let values = words(for: option.completion, caseIDs: caseIDs) {
          script +=
            "      if [[ \"$prev\" == @(\(name)) ]]; then COMPREPLY=($(compgen -W \"\(values.joined(separator: " "))\" -- \"$cur\")); return; fi\n"
        } else if option.completion == .directory {
          script +=
            "      if [[ \"$prev\" == @(\(name)) ]]; then COMPREPLY=($(compgen -d -- \"$cur\")); return; fi\n"
        } else {
          script +=
            "      if [[ \"$prev\" == @(\(name)) ]]; then COMPREPLY=($(compgen -f -- \"$cur\")); return; fi\n"
        }
      }
      var positional = ""
      if let argument = spec.arguments.first {
        if let values = words(for: argument.completion, caseIDs: caseIDs) {
          positional = " " + values.joined(separator: " ")
        } else if argument.completion == .file {
          script +=
            "      if [[ \"$cur\" != -* ]]; then COMPREPLY=($(compgen -f -- \"$cur\")); return; fi\n"
        } else if argument.completion == .directory {
          script +=
            "      if [[ \"$cur\" != -* ]]; then COMPREPLY=($(compgen -d -- \"$cur\")); return; fi\n"
        }
      }
      script += "      COMPREPLY=($(compgen -W \"\(options)\(positional)\" -- \"$cur\")) ;;\n"
    }
    script += """
        esac
      }
      shopt -s extglob
      complete -F _mlsd mlsd

      """
    return script
  }

  static func zsh(caseIDs: [String]) -> String {
    var script =
      "#compdef mlsd\n# zsh completion for mlsd. Install: mlsd completions zsh > ~/.zfunc/_mlsd\n\n"
    script += "_mlsd() {\n  local -a commands\n  commands=(\n"
    for spec in CommandRegistry.specs {
      script += "    '\(spec.name):\(zshEscape(spec.abstract))'\n"
    }
    script += "  )\n  _arguments -C \\\n"
    script += "    '--content[\(zshEscape("Add a content pack"))]:dir:_directories' \\\n"
    script += "    '--no-color[Never colour the output]' \\\n    '--version[Show the version]' \\\n"
    script += "    '(-h --help)'{-h,--help}'[Show help information]' \\\n"
    script += "    '1:command:->command' \\\n    '*::arg:->args'\n"
    script +=
      "  case $state in\n    command) _describe 'command' commands ;;\n    args)\n      case $words[1] in\n"
    for spec in CommandRegistry.specs {
      script += "        \(spec.name)) _arguments"
      for option in visibleOptions(spec) {
        let names = option.names
        let label = zshEscape(option.help)
        var action = ""
        if option.valueName != nil {
          if let values = words(for: option.completion, caseIDs: caseIDs) {
            action = ":\(option.valueName ?? "value"):(\(values.joined(separator: " ")))"
          } else {
            action = ":\(option.valueName ?? "value"):_files"
          }
        }
        if names.count > 1 {
          script +=
            " '(\(names.joined(separator: " ")))'{\(names.joined(separator: ","))}'[\(label)]\(action)'"
        } else {
          script += " '\(names[0])[\(label)]\(action)'"
        }
      }
      if let argument = spec.arguments.first {
        let star = argument.isRepeating ? "*" : "1"
        if let values = words(for: argument.completion, caseIDs: caseIDs) {
          script += " '\(star):\(argument.name):(\(values.joined(separator: " ")))'"
        } else if argument.completion == .file || argument.completion == .directory {
          script += " '\(star):\(argument.name):_files'"
        } else {
          script += " '\(star):\(argument.name): '"
        }
      }
      script += " ;;\n"
    }
    script += "      esac ;;\n  esac\n}\n\n_mlsd \"$@\"\n"
    return script
  }

  static func fish(caseIDs: [String]) -> String {
    var script =
      "# fish completion for mlsd. Install: mlsd completions fish > ~/.config/fish/completions/mlsd.fish\n"
    let names = CommandRegistry.names.joined(separator: " ")
    script += "complete -c mlsd -f\n"
    script +=
      "complete -c mlsd -n 'not __fish_seen_subcommand_from \(names)' -l content -r -a '(__fish_complete_directories)' -d 'Add a content pack'\n"
    script +=
      "complete -c mlsd -n 'not __fish_seen_subcommand_from \(names)' -l no-color -d 'Never colour the output'\n"
    script +=
      "complete -c mlsd -n 'not __fish_seen_subcommand_from \(names)' -l version -d 'Show the version'\n"
    for spec in CommandRegistry.specs {
      script +=
        "complete -c mlsd -n 'not __fish_seen_subcommand_from \(names)' -a \(spec.name) -d '\(fishEscape(spec.abstract))'\n"
      let condition = "-n '__fish_seen_subcommand_from \(spec.name)'"
      for option in visibleOptions(spec) {
        var line = "complete -c mlsd \(condition)"
        for name in option.names {
          line += name.hasPrefix("--") ? " -l \(name.dropFirst(2))" : " -s \(name.dropFirst())"
        }
        if option.valueName != nil {
          if let values = words(for: option.completion, caseIDs: caseIDs) {
            line += " -x -a '\(values.joined(separator: " "))'"
          } else {
            line += " -r -F"
          }
        }
        script += line + " -d '\(fishEscape(option.help))'\n"
      }
      if let argument = spec.arguments.first {
        if let values = words(for: argument.completion, caseIDs: caseIDs) {
          script += "complete -c mlsd \(condition) -a '\(values.joined(separator: " "))'\n"
        } else if argument.completion == .file || argument.completion == .directory {
          script += "complete -c mlsd \(condition) -F\n"
        }
      }
    }
    return script
  }

  private static func zshEscape(_ text: String) -> String {
    text.replacing("'", with: "'\\''").replacing("[", with: "\\[").replacing("]", with: "\\]")
      .replacing(":", with: "\\:")
  }

  private static func fishEscape(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("'", with: "\\'")
  }
}
