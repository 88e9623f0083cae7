/**
 * The event dictionaries, data/dictionaries/events.<language>.json: event verbs and nouns by lemma,
 * converted from the field's CAMEO dictionaries (scripts/convert-dictionaries.ts) and written by hand
 * (data/dictionaries/hand/<language>.yaml), for a matcher over a dependency parse (UD v2).
 *
 * Reading an entry: a verb (or noun) whose lemma is the key; every constraint present must hold:
 *   prt      the lemma of a compound:prt dependent ("call off")
 *   subj     the lemma of the nsubj head ("inspectors visited")
 *   obj      the lemma of the obj head, one of a list; "&name" is any lemma of classes[name]; "@place"
 *            a word the article names a place by ("captured Goma"), "@person" one it names a person by
 *   objMods  lemmas that must modify the obj head (amod, compound, nmod)
 *   obl      obliques (nmod for a noun), each with its case marker lemma (`case`, "on behalf of" for a
 *            fixed one), and where given the lemma of its head (`noun`) and modifiers (`mods`)
 *   xcomp    the lemma of an xcomp verb ("offered to mediate")
 *   purpose  the lemma of an infinitive that says what for ("crossed into Iraq to hunt down the rebels")
 *   pred     a lemma inside what the object is called: the xcomp ("called it a terrorist act"), an
 *            oblique with "as"/"como"/"de" ("classificou a ação como golpe", "chamou X de
 *            terrorista"), or the object's own "de" phrase where the parse hangs it there; the
 *            word itself or its modifiers ("a bloody, barbaric act")
 *   said     a lemma a reported clause calls its subject: the verb's clausal complement or the quote
 *            it reports is a copular predicate in the list, not negated ("said the launch was a
 *            provocative act", "«Es inaceptable», dijo"); the word itself or its amod or conj
 *   done     a lemma of the verb of a reported clause that is no copula, not negated: what the
 *            speaker says its subject did ("said Russia had violated the ceasefire")
 *   advmod   lemmas of adverbs ("attacked verbally")
 *   mods     nouns: lemmas that must modify the noun itself (amod, compound): "arms sale", "hunger strike"
 *   se       Spanish/Portuguese: the verb has a reflexive "se" (expl, expl:pv): "reunirse"
 * Where the actors are, in order of preference (the first slot that holds an actor wins):
 *   target   "obj", "iobj", "nsubj", "obl:P" (an oblique with case P), "obl" (any case); "xcomp" (the parse may take the person called a name for it); "obj:poss"
 *            the owner of the object (its nmod:poss, amod demonym, or nmod with of/de: "expelled
 *            Russian diplomats"); "said:subj" the subject of the reported clause, or the doer of the act
 *            it names ("said Russia's move was reckless"); "purpose:obj" the object of the purpose
 *            infinitive ("to hunt down Kurdish rebels"); for nouns "nmod:P", "nmod:poss", "amod"; [] is "no target". Absent: the verb's default frame, ["obj", "obl"].
 *   source   absent: the nsubj (obl:agent in the passive; for a noun its nmod:poss, amod demonym or
 *            nmod with "by"/"por"/"de"); where given, the slots above.
 *   by       the gazetteer id of the organization that does it where the text names no one: the body
 *            a prize is awarded by ("Gorbachev won the Nobel Peace Prize": the Norwegian Nobel Committee).
 * A multi-word lemma or class member ("prime minister", "espaço aéreo") is the word the parse makes
 * its head (in English the last, in Spanish and Portuguese the first) with the others as its dependents. Lemmas are lower-case, accents folded ("sancion" for "sanción").
 *
 * Choosing: of the entries that hold, the one with the most constraints; on a tie a hand entry, then
 * the lemma's own entries before its blocks' (`blocks`: patterns shared by the verbs of a CAMEO
 * synonym block), then the first. An entry whose `type` is null says these words are no event ("call
 * off a strike" is not an attack): it blocks the less specific ones.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../paths.js";
import { EVENT_TYPES, type EventType } from "../model/plover.js";
import type { Language } from "./types.js";

export { EVENT_TYPES, type EventType };

export interface Obl {
  case: string;
  noun?: string[];
  mods?: string[];
}

export interface DictEntry {
  type: EventType | null;
  mode: string | null;
  /** PLOVER contexts of the CAMEO code (diplomatic, military, economic...). */
  context?: string[];
  /** The words announce the act rather than report it. */
  status?: "planned";
  cameo?: string;
  /** What the target does, where CAMEO codes the pair ("042:043": the source visits, the target hosts). */
  cameoTarget?: string;
  /** Both sides do it ("036:036", "%"). */
  symmetric?: boolean;
  prt?: string;
  subj?: string[];
  obj?: string[];
  objMods?: string[];
  obl?: Obl[];
  xcomp?: string[];
  purpose?: string[];
  pred?: string[];
  said?: string[];
  done?: string[];
  advmod?: string[];
  mods?: string[];
  se?: boolean;
  target?: string[];
  source?: string[];
  /** The organization that does it where the text names no one: a gazetteer id ("norwegian-nobel-committee"). */
  by?: string;
  /** The CAMEO synonym block a verb line or a pattern comes from. */
  block?: string;
  /** The verb a block pattern was first written for (its comment in the source). */
  verb?: string;
  /** The source's text, for tracing: a verb line ("+CALL_OFF") or a pattern ("* (FOR TALKS)"). */
  pattern?: string;
  from: "petrarch2" | "universal-petrarch" | "hand";
  /** Why the type or mode differs from the source's coding. */
  note?: string;
}

export interface LemmaEntries {
  entries: DictEntry[];
  blocks?: string[];
}

export interface EventDictionary {
  language: Language;
  about: string;
  sources: { name: string; repository: string; path: string; commit: string; license: string }[];
  /** Where a CAMEO code's PLOVER coding was overridden (a code or code prefix), and why. */
  overrides: Record<string, string>;
  classes: Record<string, string[]>;
  verbs: Record<string, LemmaEntries>;
  blocks: Record<string, DictEntry[]>;
  nouns: Record<string, LemmaEntries>;
  /** Irregular verb forms the source lists, each to its lemma ("froze": "freeze"). */
  forms?: Record<string, string>;
}

/**
 * Kinds of name a list may ask for instead of a lemma: "@place", a word the article names a place by
 * ("captured Goma"); "@person", one it names a person by ("welcomed Xi Jinping to the Kremlin").
 */
const NAME_KINDS = new Set(["@place", "@person"]);

const ENTRY_KEYS = new Set([
  "type", "mode", "context", "status", "cameo", "cameoTarget", "symmetric", "prt", "subj", "obj", "objMods", "obl",
  "xcomp", "purpose", "pred", "said", "done", "advmod", "mods", "se", "target", "source", "by", "block", "verb", "pattern", "from", "note",
]);
const SLOT = /^(obj|iobj|nsubj|nsubj:pass|xcomp|obl|obj:poss|nmod:poss|amod|said:subj|purpose:obj|(obl|nmod):[\p{Ll}' ]+)$/u;

/** Throws on anything the format above does not allow: unknown keys, types, slots, classes. */
export function checkEventDictionary(d: EventDictionary, where = "event dictionary"): EventDictionary {
  const fail = (msg: string): never => {
    throw new Error(`${where}: ${msg}`);
  };
  for (const k of Object.keys(d)) if (!["language", "about", "sources", "overrides", "classes", "verbs", "blocks", "nouns", "forms"].includes(k)) fail(`unknown key ${k}`);
  for (const [f, l] of Object.entries(d.forms ?? {})) if (typeof l !== "string" || !l || !f) fail(`forms.${f}: not a lemma`);
  const lemmaList = (xs: unknown, what: string) => {
    if (!Array.isArray(xs) || !xs.length || xs.some((x) => typeof x !== "string" || !x || (x.startsWith("&") && !d.classes[x.slice(1)]) || (x.startsWith("@") && !NAME_KINDS.has(x)))) fail(`${what}: not a list of lemmas, known classes or kinds of name`);
  };
  const entry = (e: DictEntry, what: string) => {
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) fail(`${what}: unknown key ${k}`);
    if (e.type !== null && !EVENT_TYPES.includes(e.type)) fail(`${what}: unknown type ${e.type}`);
    if (e.mode !== null && typeof e.mode !== "string") fail(`${what}: mode must be a string or null`);
    if (!["petrarch2", "universal-petrarch", "hand"].includes(e.from)) fail(`${what}: unknown origin ${e.from}`);
    for (const k of ["subj", "obj", "objMods", "xcomp", "purpose", "pred", "said", "done", "advmod", "mods"] as const) if (e[k] !== undefined) lemmaList(e[k], `${what}.${k}`);
    for (const o of e.obl ?? []) {
      for (const k of Object.keys(o)) if (!["case", "noun", "mods"].includes(k)) fail(`${what}.obl: unknown key ${k}`);
      if (typeof o.case !== "string" || !o.case) fail(`${what}.obl: no case`);
      if (o.noun !== undefined) lemmaList(o.noun, `${what}.obl.noun`);
      if (o.mods !== undefined) lemmaList(o.mods, `${what}.obl.mods`);
    }
    for (const k of ["target", "source"] as const) for (const s of e[k] ?? []) if (!SLOT.test(s)) fail(`${what}.${k}: unknown slot ${s}`);
    if (e.by !== undefined && (typeof e.by !== "string" || !/^[a-z0-9-]+$/.test(e.by))) fail(`${what}.by: not a gazetteer id`);
    if (e.block !== undefined && !d.blocks[e.block] && e.pattern === undefined) fail(`${what}: unknown block ${e.block}`);
  };
  for (const part of ["verbs", "nouns"] as const) {
    for (const [lemma, v] of Object.entries(d[part])) {
      for (const k of Object.keys(v)) if (!["entries", "blocks"].includes(k)) fail(`${part}.${lemma}: unknown key ${k}`);
      v.entries.forEach((e, i) => entry(e, `${part}.${lemma}[${i}]`));
      for (const b of v.blocks ?? []) if (!d.blocks[b]) fail(`${part}.${lemma}: unknown block ${b}`);
    }
  }
  for (const [name, list] of Object.entries(d.blocks)) list.forEach((e, i) => entry(e, `blocks.${name}[${i}]`));
  return d;
}

const cache = new Map<Language, EventDictionary>();

export function eventDictionary(language: Language): EventDictionary {
  let d = cache.get(language);
  if (!d) {
    const path = join(DATA_DIR, "dictionaries", `events.${language}.json`);
    d = checkEventDictionary(JSON.parse(readFileSync(path, "utf8")) as EventDictionary, path);
    cache.set(language, d);
  }
  return d;
}
