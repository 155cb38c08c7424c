/// Folds British spellings into American ones so "normalise" meets
/// "normalize" and "catalogue" meets "catalog".
enum SpellingVariants {
  static func american(_ word: String) -> String {
    if let known = words[word] { return known }
    // -ise/-isation families: normalise, optimised, organising, tokenisation.
    for (british, american) in suffixes
    where word.hasSuffix(british) && word.count > british.count + 2 {
      return String(word.dropLast(british.count)) + american
    }
    return word
  }

  private static let suffixes: [(String, String)] = [
    ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
    ("ises", "izes"), ("iser", "izer"), ("isers", "izers"), ("ise", "ize"),
    ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
  ]

  private static let words: [String: String] = [
    "colour": "color", "colours": "colors", "behaviour": "behavior", "behaviours": "behaviors",
    "behavioural": "behavioral", "favour": "favor", "favourite": "favorite",
    "favourites": "favorites", "neighbour": "neighbor", "neighbours": "neighbors",
    "neighbourhood": "neighborhood", "labour": "labor", "honour": "honor",
    "catalogue": "catalog", "catalogues": "catalogs", "dialogue": "dialog", "centre": "center",
    "centres": "centers", "metre": "meter", "metres": "meters", "licence": "license",
    "licences": "licenses", "defence": "defense", "offence": "offense", "programme": "program",
    "programmes": "programs", "modelling": "modeling", "modelled": "modeled",
    "labelling": "labeling", "labelled": "labeled", "travelling": "traveling",
    "travelled": "traveled", "cancelled": "canceled", "cancelling": "canceling",
    "signalling": "signaling", "levelled": "leveled", "grey": "gray", "judgement": "judgment",
    "ageing": "aging", "artefact": "artifact", "artefacts": "artifacts", "enrolment": "enrollment",
    "fulfil": "fulfill", "analogue": "analog", "optimisation": "optimization",
  ]
}
