/** What the converters know of English and Spanish: lemmas of the dictionaries' words, function words. */
import type { LanguageSpec } from "./events.js";

const EN_PLURAL_KEEP = new Set([
  "news", "species", "series", "politics", "economics", "physics", "means", "headquarters",
  "crossroads", "thanks", "us", "its", "this", "his", "gas", "bus", "status", "virus", "census", "consensus",
  "chaos", "bias", "atlas", "canvas", "alias", "process", "press", "class", "glass", "pass", "loss", "boss",
  "congress", "progress", "success", "access", "address", "business", "witness", "fitness", "crisis", "analysis",
  "basis", "thesis", "diagnosis", "emphasis", "hypothesis", "synthesis", "corps", "police", "people", "overseas",
  "various", "serious", "previous", "famous", "dangerous", "nervous", "anonymous", "unanimous", "numerous",
  "religious", "tremendous", "enormous", "hazardous", "always", "perhaps", "towards", "afterwards", "whereas",
  "less", "unless", "across", "ethos", "pathos", "plus", "thus", "campus", "bonus", "focus", "nexus", "stimulus",
  "apparatus", "minus", "genius", "hiatus", "impetus", "lotus", "rebus", "surplus", "onus", "prospectus",
]);
// "talks" is kept: the noun of negotiations; UD lemmatizers give "talk", so both are listed where it matters.
const EN_IRREGULAR: Record<string, string> = {
  men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth", mice: "mouse", lives: "life",
  wives: "wife", knives: "knife", halves: "half", leaves: "leaf", thieves: "thief", shelves: "shelf", wolves: "wolf",
  chiefs: "chief", data: "data", criteria: "criterion", media: "media", personnel: "personnel", militia: "militia",
  hostages: "hostage", sanctions: "sanction", troops: "troop", forces: "force", negotiations: "negotiation",
  relations: "relation", elections: "election", measures: "measure", ties: "tie", allies: "ally", supplies: "supply",
  talks: "talk",
};

/** A noun's singular: the dictionaries write most nouns singular, some plural ("SANCTIONS"). */
export function englishNoun(w: string): string {
  if (w.includes(" ")) {
    const ws = w.split(" ");
    ws[ws.length - 1] = englishNoun(ws.at(-1)!);
    return ws.join(" ");
  }
  if (EN_IRREGULAR[w]) return EN_IRREGULAR[w]!;
  if (w.length <= 3 || EN_PLURAL_KEEP.has(w) || !w.endsWith("s") || /(ss|us|is|ous|ics)$/.test(w)) return w;
  if (/[^aeiou]ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/[^aeiou]oes$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

export function english(dictionaryVerbs: ReadonlySet<string>): LanguageSpec {
  return {
    language: "en",
    from: "petrarch2",
    particles: new Set(["off", "up", "down", "out", "back", "away", "forward", "aside", "apart", "together", "ahead"]),
    particlesOrPrepositions: new Set(["in", "on", "over", "through", "around", "along", "about", "by"]),
    prepositions: new Set([
      "to", "for", "with", "against", "on", "upon", "in", "into", "onto", "at", "of", "from", "by", "over", "about",
      "toward", "towards", "between", "among", "amid", "under", "across", "through", "within", "without", "after",
      "before", "near", "behind", "beyond", "inside", "outside", "throughout", "via", "per", "since", "during",
      "around", "along", "as", "like", "despite", "following", "concerning", "regarding", "off",
    ]),
    skip: new Set(["the", "a", "an", "its", "their", "his", "her"]),
    contractions: {},
    modal: new Set(["will", "would", "not", "no", "never", "can", "could", "should", "must", "may", "might", "shall", "to", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "cannot", "can't", "won't", "didn't", "don't", "doesn't", "does", "did", "do", "wont", "cant", "didnt", "dont", "doesnt", "is to"]),
    noun: englishNoun,
    verbLemma: (w) => (/^[a-z][a-z'\-]*$/.test(w) && !["is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would"].includes(w) ? w : undefined),
    isVerb: (w) => dictionaryVerbs.has(w.toLowerCase()),
    adverb: /ly$/,
    indirect: ["iobj", "obl:to"],
    headFirst: false,
    bareVerbs: false,
  };
}

const ES_KEEP = new Set([
  "crisis", "tesis", "analisis", "dosis", "sintesis", "virus", "pais", "mes", "interes", "estres", "ingles",
  "frances", "portugues", "japones", "holandes", "irlandes", "escoces", "mas", "menos", "antes", "despues",
  "lunes", "martes", "miercoles", "jueves", "viernes", "ademas", "atras", "traves", "rehenes", "bus", "gas",
  "lapsus", "campus", "status", "estatus", "cesealfuego", "ees", "eeuu", "ee uu",
]);

/** A Spanish noun's singular, accents folded: "sanciones" -> "sancion", "paces" -> "paz". */
export function spanishNoun(w: string): string {
  if (w.includes(" ")) {
    const ws = w.split(" ");
    ws[0] = spanishNoun(ws[0]!);
    return ws.join(" ");
  }
  if (w.length <= 3 || ES_KEEP.has(w) || !w.endsWith("s")) return w;
  if (w === "rehenes") return "rehen";
  if (w.endsWith("ciones") || w.endsWith("siones") || w.endsWith("iones")) return w.slice(0, -2);
  if (w.endsWith("ces") && w.length > 4) return w.slice(0, -3) + "z";
  if (/[^aeiou]es$/.test(w) && w.length > 4 && !/(ies|ues)$/.test(w)) {
    const stem = w.slice(0, -2);
    return /[lnrdjzy]$/.test(stem) ? stem : w.slice(0, -1);
  }
  if (/[aeiou]s$/.test(w) && !/[^aeiou]is$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Infinitives as UniversalPetrarch lists them ("ACUSAR", "REUNIRSE"); anything else is no verb. */
export function spanishVerb(w: string): string | undefined {
  const m = /^([a-zñ]{2,}(?:ar|er|ir))(se)?$/.exec(w);
  return m ? m[1] : undefined;
}

export function spanish(dictionaryVerbs: ReadonlySet<string>): LanguageSpec {
  return {
    language: "es",
    from: "universal-petrarch",
    particles: new Set(),
    particlesOrPrepositions: new Set(),
    prepositions: new Set([
      "a", "ante", "bajo", "con", "contra", "de", "desde", "durante", "en", "entre", "hacia", "hasta", "mediante",
      "para", "por", "segun", "sin", "sobre", "tras",
    ]),
    skip: new Set(["el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "su", "sus", "&articulo"]),
    contractions: { al: "a", del: "de" },
    modal: new Set(["no", "nunca", "va", "sera", "seria", "puede", "podria", "debe", "deberia", "debera", "ha", "han", "habia", "ser", "estar", "esta", "es", "fue", "sido", "se", "que", "tiene", "&auxiliar"]),
    noun: spanishNoun,
    verbLemma: spanishVerb,
    isVerb: (w) => dictionaryVerbs.has(spanishVerb(w.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")) ?? ""),
    adverb: /mente$/,
    indirect: ["iobj", "obl:a"],
    headFirst: true,
    bareVerbs: true,
  };
}
