/** Language knowledge loaded from data/lexicon/<language>.yaml, compiled once per language. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { compileAll, compilePattern, expandAlternatives, foldWords, type Pattern } from "./patterns.js";
import type { Language, Token } from "./types.js";
import { DATA_DIR } from "../paths.js";
import { isEventType, isModeOf } from "../model/plover.js";

export interface TriggerPattern {
  type: string;
  mode: string;
  nominal: boolean;
  pattern: Pattern;
  /** "bought jets from Turkey": the subject receives, and the other side gives. */
  reversed?: boolean;
  /** "deixaram o Níger", "left Bissau": an event only when what it leaves is a state or a place. */
  placeObject?: boolean;
  /** "sold", "vendeu": aid only where arms are what changes hands ("sold products" is trade). */
  armsOnly?: boolean;
}

export interface RoleNoun {
  pattern: Pattern;
  role: string;
  member: boolean;
  /** The office the noun names in some states ("chanceler" is the foreign minister, in Germany the head of government). */
  byState?: Record<string, string>;
  /** The one state the office belongs to ("papa": the Holy See). */
  of?: string;
}

export interface Abbreviations {
  always: ReadonlySet<string>;
  beforeNumbers: ReadonlySet<string>;
}

export interface Lexicon {
  language: Language;
  determiners: Set<string>;
  possessives: Set<string>;
  roleModifiers: Set<string>;
  /** Words of address before a name that are no part of it: "Ayatollah", "Sheikh", "General". */
  honorifics: Set<string>;
  /** Where a full stop ends no sentence: after these words, and after the others before a number. */
  abbreviations: Abbreviations;
  /** Words that move a sentence's time off the day the sentence before fixed ("two days later", "al día siguiente"). */
  timeShifts: Pattern[];
  indefiniteArticles: Set<string>;
  /** Lower case as written, not folded: read through `isConjunction`. */
  conjunctions: Set<string>;
  relativePronouns: Set<string>;
  /** Words between a verb and the event noun it announces: "announced new sanctions". */
  nounQualifiers: Set<string>;
  /** Endings of adverbs ("oficialmente", "formally"), which stand between a verb and its object. */
  adverbSuffixes: string[];
  /** "where", "onde", "donde": the name before one is a place, not the subject of what follows. */
  locativeRelatives: Set<string>;
  /** Words that open a new clause ("while", "enquanto"): a verb's objects stop before them. */
  clauseOpeners: Pattern[];
  /** Auxiliaries of the passive voice ("was", "foi", "fue"): before a verb, its agent follows with "by"/"por". */
  passiveAuxiliaries: Set<string>;
  /** "he", "ela", "él" (lower-case surface: Spanish "él" is not the article "el"). */
  personalPronouns: Set<string>;
  /** Possessives of a thing or a body ("its") and of a person ("his", "her"), where the language marks it. */
  neuterPossessives: Set<string>;
  personalPossessives: Set<string>;
  /** Pronouns for a state or an organization ("it"), where the language writes them. */
  neuterPronouns: Set<string>;
  /** English names an act's actor before the noun: "Russian shelling", "Washington's arms sale". */
  modifiersBeforeNoun: boolean;
  genitiveMarkers: Set<string>;
  /** "invited X to visit": verbs whose object does what follows. */
  inviting: Pattern[];
  /** Verbs of taking up what another gives ("aceptó la ayuda de España"): their subject receives it. */
  receiving: Pattern[];
  /** "the vote", "a resolução": what a body adopts, which a reaction may refer to. */
  resolutions: Pattern[];
  /** "accused X of": what X is said to have done is the accuser's claim. */
  accusing: Pattern[];
  /** "imported from", "importados de": what follows is where goods come from. */
  origins: Pattern[];
  /** "British-flagged", "U.S.-made", "Russia-led": a state joined to these by a hyphen says whose the thing is. */
  compoundSuffixes: Set<string>;
  /** Suffixes after a body's name that make the fighters named next its own ("Islamic State-linked"). */
  affiliationSuffixes: Set<string>;
  /** Nouns before "of" that make the next name a city: "o porto de Odesa", "the city of Bryansk". */
  cityHeads: Set<string>;
  /** Lemmas of verbs of feeling, whose passive subject feels ("was disappointed by the decision"): who does the act, not who undergoes it. */
  feelingVerbs: Set<string>;
  /** Lemmas of nouns that count what their "of" phrase names ("a large number of troops", "milhares de soldados"). */
  quantityNouns: Set<string>;
  /** Inside a person's name: "Rebelo de Sousa"; joiners only before a last word: "Correia e Silva". */
  nameParticles: Set<string>;
  /** Marks of an infinitive of reason ("por haber llamado", "for calling"). */
  reasonMarks: Set<string>;
  /** "into", "whether", "sobre", "si": the words that mark what an inquiry looks into. */
  inquiryMarks: Set<string>;
  /** A language whose verbs need no subject of their own ("Se había reunido con Asad"): pt and es. */
  nullSubjects: boolean;
  /** Prepositions of time that may open a clause whose subject the parse took for their object: "a day after Vladimir Putin recognised". */
  timeCases: Set<string>;
  /** Marks of a condition ("if", "unless", "si", "se"): a hostile act promised on one is a threat. */
  conditionals: Set<string>;
  nameJoiners: Set<string>;
  negations: Pattern[];
  /** "the assassination of X", "a prisão de X": event nouns whose "of" names who undergoes the act, not who does it. */
  patientNouns: Pattern[];
  /** "ordered", "ordenó": a command to one's own forces, whose act it then is. */
  commanding: Pattern[];
  /** "as did", "al igual que", "assim como": those named after it did the same. */
  likewise: Pattern[];
  /** "government", "regime", "parlamento": protesters who name one protest against their own state. */
  ownRulers: Pattern[];
  /** "nobody", "nadie", "ninguém": a subject that says the act is done by no one. */
  negativeSubjects: Set<string>;
  /** "sources", "fuentes", "fontes": informants no one names, who begin no name. */
  sourceNouns: Set<string>;
  /** Spans of time a happening can last: "two days of talks". */
  durations: Set<string>;
  /** "without", "sem": an agreement noun after one names no agreement ("ended without agreement"). */
  absence: Set<string>;
  /** Cues of an act answering one done to its actor ("retaliated", "em resposta"). */
  responses: Pattern[];
  prepositions: Map<string, PrepositionRole>;
  reportingBefore: Pattern[];
  reportingVerbs: Pattern[];
  /** Verbs whose object noun is the subject's own act: "conceder uma linha de crédito", "pledged aid". */
  lightVerbs: Pattern[];
  /** A preposition left uncontracted before an article opens an infinitive clause whose subject follows: "depois de o Presidente ter ameaçado". */
  clauseSubjects: Pattern[];
  /** Words that open a clause with a subject of its own, which the main clause's subject does not stand in for: "después de que la embajada mexicana concediera asilo". */
  subordinators: Pattern[];
  /** Object pronouns joined to a verb ("expulsá-la"): the verb's target is the actor the sentence is about. */
  cliticObjects: string[];
  /** Number words after a figure: "50 milhões" is 50,000,000. */
  multipliers: { pattern: Pattern; factor: number }[];
  claimCues: Pattern[];
  planned: Pattern[];
  hypothetical: Pattern[];
  /** Words of failure above an infinitive: "failed to reach", "were unable to agree". What they govern did not happen. */
  failed: Pattern[];
  futureSuffixes: string[];
  roles: RoleNoun[];
  government: Pattern[];
  forces: Pattern[];
  /** "show of force", "a warning to": forces moved as a build-up aimed at the side named after the words. */
  showsOfForce: Pattern[];
  /** "Red Crescent", "Cruz Roja": a state's society, named with its demonym. */
  reliefSocieties: Pattern[];
  /** "miles", "thousands": counted people of a state ("Miles de peruanos") act as its people. */
  crowds: Pattern[];
  coastGuard: Pattern[];
  /** "homólogo", "counterpart": an official of the state named with it, never of the speaker's. */
  counterparts: Pattern[];
  /** Modal verbs that lay an obligation on their subject ("must"): said of another, a demand of them. */
  obligations: string[];
  /** What may stand between an envoy's title and their name: where they are posted ("to the UN", "ante la ONU", "junto da ONU"). */
  postings: Pattern[];
  /** Nouns for a decision or an action ("the measures", "a decisão"): what a reaction is about when it names no actor. */
  reactionObjects: Pattern[];
  /** What a reaction noun is felt or voiced over ("concern over", "preocupación por"): its object follows one of these. */
  reactionCases: Set<string>;
  /** "were behind the theft": who a copula puts behind an act did it. */
  doerCases: Set<string>;
  /** Words for a firm that a firm's name follows: "commodities trader Gunvor", "la constructora Odebrecht". */
  firms: Set<string>;
  /** Who act for the body named after them: "the guerrillas of the FMLN", "prosecutors at the ICC". */
  agentsOf: Pattern[];
  /** Words of a part of a place between a preposition and the place: "in southeastern Iran". */
  compassModifiers: Set<string>;
  /** What ties an attack to whom it is claimed by or blamed on: "an attack claimed by X", "reivindicado pelo X". */
  attributedTo: Pattern[];
  /** Goods that trade measures fall on, whose origin is whom they are aimed at: "a tariff on imports from Brazil". */
  goods: Pattern[];
  /** Words for a private person a demonym gives the nationality of: "British aid worker X", "o jornalista norte-americano X". */
  nationals: Pattern[];
  /** Acts each of the doers one subject joins does on its own: "Britain, France and Germany ratified the treaty". */
  separateActs: Pattern[];
  /** Words an organization's name puts in the possessive inside it: "Tigray People's Liberation Front". */
  namePossessives: Set<string>;
  /** Words before a demonym that make it a region's adjective: "South American", "Latin American". */
  regionPrefixes: Set<string>;
  /** Verbs by which the subject undergoes the act a noun after them names: "faced sanctions", "sufrió un ataque". */
  undergoing: Pattern[];
  /** Words before an act that say it is still to come: "ahead of an expected offensive", "paving the way for". */
  forthcoming: Pattern[];
  /** What says an arrival carries something ("landed with medicine", "bringing water", "cargado de"). */
  cargoMarks: Pattern[];
  /** What a state's own vote or rulers produce ("the results", "su victoria"): recognition of it refused is aimed at the state the story is about. */
  electoralOutcomes: Pattern[];
  intelligence: Pattern[];
  /** "foreign ministry", "chancelaria", "el Congreso": a state's body by its kind (data/gazetteer/state-bodies.yaml), longest first. */
  stateBodies: { pattern: Pattern; kind: string }[];
  places: Pattern[];
  /** "the Balkan state of Montenegro", "la nación caribeña de Haití": nouns that, with "of" a state, name that state. */
  stateNouns: Set<string>;
  pairAnaphora: Pattern[];
  /** "the three countries", "los cuatro gobiernos": the last list of as many states or leaders. */
  groupAnaphora: { pattern: Pattern; sides: number }[];
  /** "the allies", "o bloco": the members of the international organization named last. */
  memberAnaphora: Pattern[];
  organizationHeads: { pattern: Pattern; kind: string }[];
  /** Words that make an unknown capitalized name a place: "Second Thomas Shoal", "Mar de Azov". */
  placeHeads: Set<string>;
  /** Words that make a capitalized name an occasion, not an actor: "World War Two", "Nobel Peace Prize", "Winter Olympics". */
  occasionHeads: Set<string>;
  /** "protesters", "manifestantes": people whose attack on a building or a police line is a protest (PLOVER's PROTEST), not an assault. */
  protesters: Pattern[];
  /** "weeks of protests", "a bloody rebellion": pressure from the street a leader gives in to by yielding or resigning. */
  unrest: Pattern[];
  /** "hackers working for China", "an attack claimed by Islamic State": who unnamed doers act for. */
  agentPhrases: Pattern[];
  agreementNouns: Pattern[];
  agreementKinds: { pattern: Pattern; kind: string }[];
  agreementGenericKinds: { pattern: Pattern; kind: string }[];
  agreementStatus: { pattern: Pattern; status: string }[];
  triggers: TriggerPattern[];
  /** The noun triggers alone: after an article, a word that is both is read as the noun. */
  nounTriggers: TriggerPattern[];
  units: { pattern: Pattern; mode: string }[];
  /** The military units alone ("drones", "caças"): what a state's or an alliance's forces fight with. */
  weapons: Pattern[];
  /** Verbs whose object is another side's weapons ("abateram quatro drones", "intercepted the missiles"). */
  interceptions: Pattern[];
  approximately: Pattern[];
  thousandsSeparator: string;
  dates: {
    lastYear: Pattern[];
    thisYear: Pattern[];
    nextYear: Pattern[];
    lastMonth: Pattern[];
    lastWeek: Pattern[];
    nextWeek: Pattern[];
    seasons: Map<string, number>;
    last: Set<string>;
    /** Words that put a weekday in the publication's own week: "esta terça-feira", "this Friday". */
    thisWeek: Set<string>;
    yearIntro: Set<string>;
    /** Words before a span of time that is no date: "for 90 days", "por 90 días". */
    durationIntro: Set<string>;
    months: Map<string, number>;
    weekdays: Set<string>;
    /** Days named by their distance from the publication: "hoje" 0, "yesterday" -1, "mañana" 1. */
    days: { pattern: Pattern; offset: number }[];
  };
}

export type PrepositionRole = "of" | "to" | "with" | "against" | "in" | "by" | "between" | "about" | "from" | "near";

interface RawLexicon {
  [key: string]: any;
}

const cache = new Map<Language, Lexicon>();

/** Every key a lexicon file may have: a key outside this list is a misspelling that would be silently ignored. */
const LEXICON_KEYS = new Set([
  "abbreviations", "numberAbbreviations", "timeShifts", "absence", "accusing", "agentPhrases", "adverbSuffixes", "agreementGenericKinds", "agreements", "approximately",
  "cityHeads", "feelingVerbs", "clauseOpeners", "clauseSubjects", "cliticObjects", "coastGuard", "commanding", "compoundSuffixes", "affiliationSuffixes",
  "conjunctions", "counterparts", "crowds", "dates", "determiners", "durations", "events", "forces", "showsOfForce",
  "genitiveMarkers", "government", "honorifics", "indefiniteArticles", "intelligence", "interception", "inviting", "receiving",
  "language", "lightVerbs", "likewise", "locativeRelatives", "memberAnaphora", "memberRoles", "modality",
  "modifiersBeforeNoun", "multipliers", "nameJoiners", "nameParticles", "negations", "negativeSubjects", "sourceNouns", "neuterPronouns",
  "notEvents", "nounQualifiers", "obligations", "organizationHeads", "origins", "pairAnaphora", "groupAnaphora", "passiveAuxiliaries", "patientNouns",
  "occasionHeads", "ownRulers", "personalPronouns", "neuterPossessives", "personalPossessives", "postings", "protesters", "unrest", "placeHeads", "places", "possessives", "prepositions", "reactionObjects", "reactionCases", "doerCases", "firms", "attributedTo", "goods", "nationals", "separateActs", "namePossessives", "regionPrefixes", "agentsOf", "cargoMarks", "forthcoming", "undergoing", "compassModifiers", "electoralOutcomes", "reasonMarks", "inquiryMarks", "timeCases", "conditionals", "nullSubjects",
  "quantityNouns", "relativePronouns", "reliefSocieties", "stateNouns", "reporting", "resolutions", "responses", "roleModifiers", "subordinators",
  "roles", "stateBodies", "thousandsSeparator", "units",
]);

function monthNames(language: Language): Map<string, number> {
  const out = new Map<string, number>();
  for (const style of ["long", "short"] as const) {
    const f = new Intl.DateTimeFormat(language, { month: style, timeZone: "UTC" });
    for (let m = 0; m < 12; m++) out.set(foldWords(f.format(new Date(Date.UTC(2000, m, 15)))).replace(/\.$/, ""), m + 1);
  }
  return out;
}

function weekdayNames(language: Language): Set<string> {
  const f = new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" });
  const out = new Set<string>();
  for (let d = 0; d < 7; d++) {
    const name = foldWords(f.format(new Date(Date.UTC(2024, 0, 7 + d))));
    out.add(name);
    out.add(name.split(" ")[0]!); // "sexta-feira" is also "sexta"
  }
  return out;
}

const set = (xs: string[] | undefined) => new Set((xs ?? []).map(foldWords));

/** An adverb by its ending ("oficialmente", "veementemente"), where the language has one. */
export function isAdverb(lex: Lexicon, t: { norm: string }): boolean {
  return lex.adverbSuffixes.some((x) => t.norm.length > x.length + 3 && t.norm.endsWith(x));
}

/** Whether a token is "and" as written: Portuguese "é" (is) folds to "e" (and), so the set is matched unfolded. */
export function isConjunction(lex: Lexicon, t: { text: string } | undefined): boolean {
  return !!t && lex.conjunctions.has(t.text.toLowerCase());
}

/** The role of a preposition token, if it is one. */
export function prepositionOf(lex: Lexicon, t: { text: string } | undefined): PrepositionRole | undefined {
  return t ? lex.prepositions.get(t.text.toLowerCase()) : undefined;
}

/** Where an "of" stands right before token i, an article between them at most ("de la ONU", "of the BRICS"). */
export function ofBefore(lex: Lexicon, tokens: readonly Token[], i: number): number | undefined {
  const of = i > 0 && lex.determiners.has(tokens[i - 1]!.norm) && !prepositionOf(lex, tokens[i - 1]) ? i - 2 : i - 1;
  return prepositionOf(lex, tokens[of]) === "of" ? of : undefined;
}

/** The keys of a lexicon file this module does not read. */
export function unknownLexiconKeys(raw: Record<string, unknown>): string[] {
  return Object.keys(raw).filter((k) => !LEXICON_KEYS.has(k));
}

export function lexicon(language: Language): Lexicon {
  const hit = cache.get(language);
  if (hit) return hit;
  const raw: RawLexicon = parse(readFileSync(join(DATA_DIR, "lexicon", `${language}.yaml`), "utf8"));
  const unknown = unknownLexiconKeys(raw);
  if (unknown.length) throw new Error(`data/lexicon/${language}.yaml: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}`);
  const prepositions = new Map<string, PrepositionRole>();
  for (const [role, words] of Object.entries<string[]>(raw.prepositions ?? {})) {
    // Keyed by the lower-case surface, not folded: Portuguese "à" (to) is not "a" (the).
    for (const w of words) if (!prepositions.has(w.toLowerCase())) prepositions.set(w.toLowerCase(), role as PrepositionRole);
  }
  const triggers: TriggerPattern[] = [];
  for (const [type, modes] of Object.entries<any>(raw.events ?? {})) {
    for (const [key, lists] of Object.entries<any>(modes)) {
      // A list may name the mode it codes when its key only groups words: `purchase: { mode: military, reversed: true }`.
      const mode: string = lists.mode ?? key;
      // The vocabulary is PLOVER's as src/model/plover.ts codes it: anything else is a slip of the pen.
      if (!isModeOf(type, mode)) throw new Error(`data/lexicon/${language}.yaml: events.${type}.${key} codes ${type}/${mode}, ${isEventType(type) ? "a mode" : "a type"} the PLOVER vocabulary lacks`);
      const flags = { ...(lists.reversed === true ? { reversed: true } : {}), ...(lists.placeObject === true ? { placeObject: true } : {}), ...(lists.armsOnly === true ? { armsOnly: true } : {}) };
      for (const v of (lists.verbs ?? []).flatMap(expandAlternatives)) triggers.push({ type, mode, nominal: false, pattern: compilePattern(v), ...flags });
      for (const n of (lists.nouns ?? []).flatMap(expandAlternatives)) triggers.push({ type, mode, nominal: true, pattern: compilePattern(n), ...flags });
    }
  }
  // Phrases that hold a trigger word and name no event ("released a statement") take their tokens
  // first as triggers of no type, which the event finder passes over.
  for (const n of (raw.notEvents ?? []).flatMap(expandAlternatives)) triggers.push({ type: "", mode: "", nominal: false, pattern: compilePattern(n) });
  triggers.sort((a, b) => b.pattern.words.length - a.pattern.words.length);
  // A counted unit ("troops", "tonnes") gives an aid its mode.
  for (const mode of Object.keys(raw.units ?? {})) if (!isModeOf("AID", mode)) throw new Error(`data/lexicon/${language}.yaml: units.${mode} is not a mode of AID`);
  const member = set(raw.memberRoles);
  const lex: Lexicon = {
    language,
    determiners: set(raw.determiners),
    possessives: set(raw.possessives),
    roleModifiers: set(raw.roleModifiers),
    honorifics: set(raw.honorifics),
    abbreviations: { always: set(raw.abbreviations), beforeNumbers: set(raw.numberAbbreviations) },
    timeShifts: compileAll(raw.timeShifts),
    indefiniteArticles: set(raw.indefiniteArticles),
    conjunctions: new Set((raw.conjunctions ?? []).map((x: string) => x.toLowerCase())),
    relativePronouns: set(raw.relativePronouns),
    nounQualifiers: set(raw.nounQualifiers),
    adverbSuffixes: raw.adverbSuffixes ?? [],
    locativeRelatives: set(raw.locativeRelatives),
    clauseOpeners: compileAll(raw.clauseOpeners),
    passiveAuxiliaries: set(raw.passiveAuxiliaries),
    personalPronouns: new Set<string>((raw.personalPronouns ?? []).map((w: string) => w.toLowerCase())),
    neuterPossessives: set(raw.neuterPossessives),
    personalPossessives: set(raw.personalPossessives),
    neuterPronouns: new Set<string>((raw.neuterPronouns ?? []).map((w: string) => w.toLowerCase())),
    modifiersBeforeNoun: raw.modifiersBeforeNoun === true,
    inviting: compileAll(raw.inviting),
    receiving: compileAll(raw.receiving),
    resolutions: compileAll(raw.resolutions),
    accusing: compileAll(raw.accusing),
    origins: compileAll(raw.origins),
    genitiveMarkers: new Set<string>((raw.genitiveMarkers ?? []).map((w: string) => w.toLowerCase().replace(/’/g, "'"))),
    compoundSuffixes: set(raw.compoundSuffixes),
    affiliationSuffixes: set(raw.affiliationSuffixes),
    cityHeads: set(raw.cityHeads),
    feelingVerbs: set(raw.feelingVerbs),
    quantityNouns: set(raw.quantityNouns),
    nameParticles: set(raw.nameParticles),
    reasonMarks: set(raw.reasonMarks),
    inquiryMarks: set(raw.inquiryMarks),
    timeCases: set(raw.timeCases),
    conditionals: set(raw.conditionals),
    nullSubjects: raw.nullSubjects === true,
    nameJoiners: set(raw.nameJoiners),
    negations: compileAll(raw.negations),
    negativeSubjects: set(raw.negativeSubjects),
    sourceNouns: set(raw.sourceNouns),
    ownRulers: compileAll(raw.ownRulers),
    likewise: compileAll(raw.likewise),
    commanding: compileAll(raw.commanding),
    patientNouns: compileAll(raw.patientNouns),
    durations: set(raw.durations),
    absence: set(raw.absence),
    responses: compileAll(raw.responses),
    prepositions,
    reportingBefore: compileAll(raw.reporting?.before),
    reportingVerbs: compileAll(raw.reporting?.verbs),
    lightVerbs: compileAll(raw.lightVerbs),
    clauseSubjects: compileAll(raw.clauseSubjects),
    subordinators: compileAll(raw.subordinators),
    cliticObjects: raw.cliticObjects ?? [],
    // Longest first, so that "mil milhões" is read before "mil".
    multipliers: Object.entries<number>(raw.multipliers ?? {}).map(([w, factor]) => ({ pattern: compilePattern(w), factor })).sort((a, b) => b.pattern.words.length - a.pattern.words.length),
    claimCues: compileAll(raw.reporting?.claim),
    planned: compileAll(raw.modality?.planned),
    hypothetical: compileAll(raw.modality?.hypothetical),
    failed: compileAll(raw.modality?.failed),
    futureSuffixes: raw.modality?.futureSuffixes ?? [],
    roles: Object.entries<string | { role: string; states?: Record<string, string>; of?: string }>(raw.roles ?? {})
      .map(([k, r]) => ({
        pattern: compilePattern(k),
        role: typeof r === "string" ? r : r.role,
        member: member.has(foldWords(k)),
        byState: typeof r === "string" ? undefined : r.states,
        of: typeof r === "string" ? undefined : r.of,
      }))
      .sort((a, b) => b.pattern.words.length - a.pattern.words.length),
    government: compileAll(raw.government),
    forces: compileAll(raw.forces),
    showsOfForce: compileAll(raw.showsOfForce),
    reliefSocieties: compileAll(raw.reliefSocieties),
    crowds: compileAll(raw.crowds),
    coastGuard: compileAll(raw.coastGuard),
    counterparts: compileAll(raw.counterparts),
    postings: compileAll(raw.postings),
    obligations: (raw.obligations ?? []).map(foldWords),
    reactionObjects: compileAll(raw.reactionObjects),
    reactionCases: set(raw.reactionCases),
    doerCases: set(raw.doerCases),
    firms: set(raw.firms),
    agentsOf: compileAll(raw.agentsOf),
    nationals: compileAll(raw.nationals),
    separateActs: compileAll(raw.separateActs),
    namePossessives: set(raw.namePossessives),
    regionPrefixes: set(raw.regionPrefixes),
    goods: compileAll(raw.goods),
    attributedTo: compileAll(raw.attributedTo),
    cargoMarks: compileAll(raw.cargoMarks),
    forthcoming: compileAll(raw.forthcoming),
    undergoing: compileAll(raw.undergoing),
    compassModifiers: set(raw.compassModifiers),
    electoralOutcomes: compileAll(raw.electoralOutcomes),
    intelligence: compileAll(raw.intelligence),
    stateBodies: Object.entries<string[]>(raw.stateBodies ?? {})
      .flatMap(([kind, ws]) => ws.map((w) => ({ pattern: compilePattern(w), kind })))
      .sort((a, b) => b.pattern.words.length - a.pattern.words.length),
    places: compileAll(raw.places),
    pairAnaphora: compileAll(raw.pairAnaphora),
    groupAnaphora: Object.entries<string[]>(raw.groupAnaphora ?? {}).flatMap(([n, ws]) => ws.map((w) => ({ pattern: compilePattern(w), sides: Number(n) }))),
    memberAnaphora: compileAll(raw.memberAnaphora),
    stateNouns: set(raw.stateNouns),
    organizationHeads: Object.entries<string[]>(raw.organizationHeads ?? {})
      .flatMap(([kind, ws]) => ws.map((w) => ({ pattern: compilePattern(w), kind })))
      .sort((a, b) => b.pattern.words.length - a.pattern.words.length),
    placeHeads: set(raw.placeHeads),
    occasionHeads: set(raw.occasionHeads),
    protesters: compileAll(raw.protesters),
    unrest: compileAll(raw.unrest),
    agentPhrases: compileAll(raw.agentPhrases),
    agreementNouns: compileAll(raw.agreements?.nouns),
    agreementKinds: Object.entries<string>(raw.agreements?.kinds ?? {})
      .map(([k, kind]) => ({ pattern: compilePattern(k), kind }))
      .sort((a, b) => b.pattern.words.length - a.pattern.words.length),
    agreementGenericKinds: Object.entries<string>(raw.agreementGenericKinds ?? {}).map(([k, kind]) => ({ pattern: compilePattern(k), kind })),
    agreementStatus: Object.entries<string[]>(raw.agreements?.status ?? {}).flatMap(([status, ws]) =>
      ws.map((w) => ({ pattern: compilePattern(w), status })),
    ),
    triggers,
    nounTriggers: triggers.filter((t) => t.nominal),
    units: Object.entries<string[]>(raw.units ?? {}).flatMap(([mode, ws]) => ws.map((w) => ({ pattern: compilePattern(w), mode }))),
    weapons: compileAll(raw.units?.military),
    interceptions: compileAll(raw.interception),
    approximately: compileAll(raw.approximately),
    thousandsSeparator: raw.thousandsSeparator ?? ",",
    dates: {
      lastYear: compileAll(raw.dates?.lastYear),
      thisYear: compileAll(raw.dates?.thisYear),
      nextYear: compileAll(raw.dates?.nextYear),
      lastMonth: compileAll(raw.dates?.lastMonth),
      lastWeek: compileAll(raw.dates?.lastWeek),
      nextWeek: compileAll(raw.dates?.nextWeek),
      seasons: new Map(Object.entries<number>(raw.dates?.seasons ?? {}).map(([k, v]) => [foldWords(k), v])),
      last: set(raw.dates?.last),
      thisWeek: set(raw.dates?.thisWeek),
      yearIntro: set(raw.dates?.yearIntro),
      durationIntro: set(raw.dates?.durationIntro),
      months: monthNames(language),
      weekdays: weekdayNames(language),
      days: Object.entries<number>(raw.dates?.days ?? {}).map(([k, offset]) => ({ pattern: compilePattern(k), offset })).sort((a, b) => b.pattern.words.length - a.pattern.words.length),
    },
  };
  cache.set(language, lex);
  return lex;
}
