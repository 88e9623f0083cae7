/**
 * PETRARCH verb patterns -> event dictionary entries for a syntax-based matcher: each verb by its
 * lemma, each pattern turned into constraints on the verb's dependents (particle, object, oblique with
 * its case marker) and the dependent that holds the target. The format is src/extract/eventDictionary.ts.
 */
import type { DictEntry, EventDictionary, Obl } from "../../src/extract/eventDictionary.js";
import type { RawBlock, RawPattern, VerbDictionary } from "./petrarch.js";
import type { PloverMap } from "./plover.js";

export interface LanguageSpec {
  language: "en" | "es";
  from: DictEntry["from"];
  /** Words that are a verb particle right after the verb (compound:prt): "call off". */
  particles: ReadonlySet<string>;
  /** Particles that are prepositions when a noun follows ("clash over efforts"). */
  particlesOrPrepositions: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** Words skipped inside noun phrases: articles and the like. */
  skip: ReadonlySet<string>;
  /** Prepositions fused with an article: "al" is "a el". */
  contractions: Readonly<Record<string, string>>;
  /** Words before the verb that make a pattern about modality or negation, which the parse gives. */
  modal: ReadonlySet<string>;
  noun(word: string): string;
  /** The lemma of a verb as the dictionary lists it, or undefined when it lists no verb there. */
  verbLemma(word: string): string | undefined;
  /** Whether a word after "to"/"a"/"para" is a verb (then it is an xcomp, not a noun). */
  isVerb(word: string): boolean;
  /** Words ending so are adverbs (advmod): "-ly", "-mente". */
  adverb: RegExp;
  /** Where an indirect target stands: "gave X aid" / "dio ayuda a X". */
  indirect: string[];
  /** Noun phrases start with their head ("PROTESTA CALLEJERA"), as in Spanish. */
  headFirst: boolean;
  /** Patterns may hold another verb bare ("* REUNIR CON +"); PETRARCH2's English ones hold none. */
  bareVerbs: boolean;
}

export interface Stats {
  blocks: number;
  verbs: number;
  verbsSkipped: number;
  patterns: number;
  patternsConverted: number;
  patternsSkipped: Record<string, number>;
}

const MARKS = new Set(["+", "$", "%", "^"]);
const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
/** Dictionary words are upper case with "_" for spaces; a trailing "_" means "no plural". */
const word = (w: string) => fold(w.replace(/_+$/, "").replace(/_/g, " ")).trim();

interface NP {
  words: string[];
  marks: string[];
  /** "(IN ^)": the phrase has words the pattern leaves free. */
  free?: boolean;
}

export interface Shape {
  prt?: string;
  obj?: string[];
  objMods?: string[];
  obl: Obl[];
  advmod?: string[];
  xcomp?: string[];
  subj?: string[];
  target?: string[];
  source?: string[];
  symmetric?: boolean;
}

class Skip extends Error {}

/** The words of a pattern part -> constraints. Throws Skip with a reason when it is beyond them. */
export function interpret(spec: LanguageSpec, pre: string[], post: string[], known: ReadonlySet<string>): Shape {
  const shape: Shape = { obl: [] };
  const lemma = (w: string): string => {
    if (w.startsWith("&")) {
      const name = w.slice(1).replace(/_+$/, "").toLowerCase();
      if (!known.has(name)) throw new Skip("unknown synonym set");
      return `&${name}`;
    }
    if (!/^[\p{Lu}\p{N}][\p{Lu}\p{N}'_.\-]*$/u.test(w)) throw new Skip("not a word");
    return spec.noun(word(w));
  };
  // Subject side.
  const preWords = pre.filter((t) => !MARKS.has(t) && t !== "{" && t !== "}" && !spec.skip.has(word(t)));
  if (pre.includes("%")) shape.symmetric = true;
  if (pre.includes("+")) shape.target = ["nsubj"];
  if (preWords.some((w) => spec.modal.has(word(w)))) throw new Skip("modality or negation before the verb");
  if (pre.includes("(")) throw new Skip("preposition before the verb");
  if (preWords.length > 2 || (preWords.length === 2 && !pre.includes("{"))) throw new Skip("several words before the verb");
  if (preWords.length) {
    if (preWords.some((w) => spec.adverb.test(word(w)))) {
      shape.advmod = preWords.map((w) => word(w));
    } else shape.subj = [lemma(spec.headFirst ? preWords[0]! : preWords.at(-1)!)];
  }

  // Object side: particle? object? prepositional phrases, markers.
  let objNP: NP | undefined;
  let current: NP | undefined;
  let lastObl: Obl | undefined;
  let lastOblOpen = false;
  /** Prepositions with nothing after them: "(AGAINST)", "(UPON)", where the target stands. */
  const open: Obl[] = [];
  const closeNP = () => {
    if (!current) return;
    if (!objNP && !shape.obl.length) objNP = current;
    else if (current.words.length) throw new Skip("a second noun phrase");
    else if (current.marks.length && !objNP) objNP = current;
    else if (current.marks.length) applyLooseMarks(current.marks);
    current = undefined;
  };
  const applyLooseMarks = (marks: string[]) => {
    for (const m of marks) {
      if (m === "%") shape.symmetric = true;
      if (m === "^") continue;
      const slot = lastObl && lastOblOpen ? `obl:${lastObl.case}` : "obl";
      if (m === "+") shape.target = [slot];
      if (m === "$") shape.source = [slot];
    }
  };
  const np = (tokens: string[]): NP => {
    const out: NP = { words: [], marks: [] };
    for (const t of tokens) {
      if (t === "{" || t === "}") continue;
      if (t === "^") out.free = true;
      else if (MARKS.has(t)) out.marks.push(t);
      else if (!spec.skip.has(word(t))) out.words.push(t);
    }
    return out;
  };
  const addObl = (prep: string, inner: NP) => {
    const o: Obl = { case: prep };
    if (inner.words.length) {
      const [head, mods] = headAndMods(inner.words);
      o.noun = [lemma(head)];
      if (mods.length) o.mods = mods.map(lemma);
    }
    for (const m of inner.marks) {
      if (m === "+") shape.target = [`obl:${prep}`];
      if (m === "$") shape.source = [`obl:${prep}`];
      if (m === "%") shape.symmetric = true;
    }
    shape.obl.push(o);
    lastObl = o;
    lastOblOpen = !inner.words.length && !inner.marks.length && !inner.free;
    if (lastOblOpen) open.push(o);
  };
  const headAndMods = (ws: string[]): [string, string[]] => (spec.headFirst ? [ws[0]!, ws.slice(1)] : [ws.at(-1)!, ws.slice(0, -1)]);
  const prepOf = (t: string): string | undefined => {
    const w = word(t);
    if (spec.contractions[w]) return spec.contractions[w];
    return spec.prepositions.has(w) ? w : undefined;
  };

  for (let i = 0; i < post.length; i++) {
    const t = post[i]!;
    if (t === "(") {
      closeNP();
      const end = post.indexOf(")", i);
      if (end < 0) throw new Skip("unclosed parenthesis");
      const inside = post.slice(i + 1, end);
      i = end;
      const p = inside[0] && prepOf(inside[0]);
      if (!p) throw new Skip("parenthesis without a preposition");
      const rest = inside.slice(1);
      if (rest.length === 1 && spec.isVerb(rest[0]!) && (p === "to" || p === "a" || p === "para")) {
        shape.xcomp = [spec.verbLemma(word(rest[0]!)) ?? word(rest[0]!)];
        continue;
      }
      addObl(p, np(rest));
      continue;
    }
    if (t === ")") throw new Skip("unopened parenthesis");
    if (t === "{") {
      const end = post.indexOf("}", i);
      if (end < 0) throw new Skip("unclosed brace");
      const inner = post.slice(i + 1, end).filter((x) => !spec.skip.has(word(x)));
      i = end;
      if (current?.words.length) throw new Skip("a second noun phrase");
      current ??= { words: [], marks: [] };
      current.words.push(...inner);
      closeNP();
      continue;
    }
    if (MARKS.has(t)) {
      if (t === "^") continue;
      current ??= { words: [], marks: [] };
      current.marks.push(t);
      if (t === "%") shape.symmetric = true;
      continue;
    }
    const w = word(t);
    if (spec.skip.has(w)) continue;
    if (t.includes("&") && !/^&[\p{Lu}\p{N}]+_?$/u.test(t)) throw new Skip("not a word");
    const isClass = t.startsWith("&");
    const first = i === 0 && !shape.prt && !isClass;
    const next = post[i + 1];
    const nounFollows = next !== undefined && next !== ")" && !prepOf(next) && !spec.particles.has(word(next));
    if (first && (spec.particles.has(w) || (spec.particlesOrPrepositions.has(w) && !nounFollows))) {
      shape.prt = w;
      continue;
    }
    const p = prepOf(t);
    if (p) {
      closeNP();
      // A bare preposition: it takes what follows up to the next preposition or the end.
      let j = i + 1;
      const inner: string[] = [];
      if (post[j] === "{") {
        const end = post.indexOf("}", j);
        if (end < 0) throw new Skip("unclosed brace");
        inner.push(...post.slice(j + 1, end));
        j = end + 1;
      } else {
        while (j < post.length && post[j] !== "(" && !prepOf(post[j]!) && !(inner.length && MARKS.has(post[j]!) && inner.some((x) => !MARKS.has(x)))) {
          inner.push(post[j]!);
          j++;
        }
      }
      i = j - 1;
      const words = inner.filter((x) => !MARKS.has(x) && !spec.skip.has(word(x)));
      if (words.length === 1 && spec.isVerb(words[0]!) && (p === "to" || p === "a" || p === "para") && !inner.some((x) => MARKS.has(x))) {
        shape.xcomp = [spec.verbLemma(word(words[0]!)) ?? word(words[0]!)];
        continue;
      }
      if (words.length > 3) throw new Skip("a clause after a preposition");
      addObl(p, np(inner));
      continue;
    }
    if (!isClass && spec.adverb.test(w) && w.length > 4) {
      (shape.advmod ??= []).push(w);
      continue;
    }
    if (!isClass && spec.bareVerbs && spec.isVerb(t) && !current) {
      if (objNP || shape.obl.length || shape.xcomp) throw new Skip("another verb");
      // "CALL * TO CONGRATULATE", "SOSTENER * REUNIR": the verb after it, as an xcomp.
      shape.xcomp = [spec.verbLemma(w) ?? w];
      continue;
    }
    if (objNP && !current) throw new Skip("a second noun phrase");
    current ??= { words: [], marks: [] };
    if (current.marks.includes("+") && !current.words.length) {
      // "+ AYUDA", "GIVE * + AID": the target gets the object.
      current.marks = current.marks.filter((m) => m !== "+");
      shape.target = spec.indirect;
    }
    current.words.push(t);
    if (current.words.length > 3) throw new Skip("a long noun phrase");
  }
  closeNP();
  if (objNP) {
    if (objNP.words.length) {
      const [head, mods] = headAndMods(objNP.words);
      shape.obj = [lemma(head)];
      if (mods.length) shape.objMods = mods.map(lemma);
      if (objNP.marks.includes("+")) shape.target ??= ["obl"];
      if (objNP.marks.includes("$")) shape.source ??= ["obl"];
    } else {
      if (objNP.marks.includes("+")) shape.target = ["obj"];
      if (objNP.marks.includes("$")) shape.source = ["obj"];
    }
  }
  if (!shape.target) {
    if (open.length) shape.target = [`obl:${open[0]!.case}`];
    else if (shape.obj) shape.target = ["obl"];
    else if (shape.xcomp) shape.target = ["obj"];
  }
  if (!shape.obl.length) delete (shape as Partial<Shape>).obl;
  return shape;
}

function entryOf(shape: Shape, code: string, plover: PloverMap, spec: LanguageSpec, pattern: string, verb?: string): DictEntry {
  const [main, other] = code.startsWith(":") ? ["---", code.slice(1)] : code.split(":");
  const coding = plover.code(main ?? "---");
  const e = { type: coding.type, mode: coding.mode } as DictEntry;
  if (coding.type && coding.context.length) e.context = coding.context;
  if (coding.status) e.status = coding.status;
  e.cameo = main ?? "---";
  if (other && other !== "---" && other === main) e.symmetric = true;
  else if (other && other !== "---") e.cameoTarget = other;
  if (shape.symmetric) e.symmetric = true;
  if (shape.prt) e.prt = shape.prt;
  if (shape.subj) e.subj = shape.subj;
  if (shape.obj) e.obj = shape.obj;
  if (shape.objMods) e.objMods = shape.objMods;
  if (shape.obl?.length) e.obl = shape.obl;
  if (shape.xcomp) e.xcomp = shape.xcomp;
  if (shape.advmod) e.advmod = shape.advmod;
  if (shape.target) e.target = shape.target;
  if (shape.source) e.source = shape.source;
  if (verb) e.verb = verb;
  e.pattern = pattern;
  e.from = spec.from;
  return e;
}

/** A verb line -> its lemma and the constraints its other words add ("+CALL_OFF": call, particle off). */
export function verbLine(spec: LanguageSpec, text: string, known: ReadonlySet<string>): { lemma: string; shape: Shape } | undefined {
  const parts = text.split("_").filter(Boolean);
  const at = parts.findIndex((p) => p.startsWith("+"));
  const v = at < 0 ? 0 : at;
  if (v > 0) return undefined; // "WIRE_+TAP": words before the verb
  const head = parts[v]!.replace(/^\+/, "");
  const lemma = spec.verbLemma(word(head));
  if (!lemma) return undefined;
  const rest = parts.slice(v + 1);
  if (rest.some((r) => /^(AND|Y|O|OR)$/.test(r))) return undefined;
  try {
    const shape = rest.length ? interpret(spec, [], rest, known) : { obl: [] };
    // A verb line names a verb, not its target: the block's patterns and the frame say that.
    if (!shape.obj && !shape.obl?.some((o) => !o.noun)) delete shape.target;
    return { lemma, shape };
  } catch (err) {
    if (err instanceof Skip) return undefined;
    throw err;
  }
}

const countBy = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** Specificity: how many constraints an entry puts on the verb's dependents. */
export function specificity(e: DictEntry): number {
  return (e.prt ? 1 : 0) + (e.subj ? 1 : 0) + (e.obj ? 1 : 0) + (e.objMods?.length ?? 0) + (e.xcomp ? 1 : 0) + (e.advmod?.length ?? 0) + (e.mods?.length ?? 0) + (e.obl ?? []).reduce((n, o) => n + 1 + (o.noun ? 1 : 0) + (o.mods?.length ?? 0), 0);
}

/**
 * The irregular forms the verb lines list, each to its lemma ("froze" -> "freeze", "dicho" -> "decir"):
 * a lemmatizer trained on a treebank may never have seen them. A form two verbs share is left out.
 */
export function irregularForms(spec: LanguageSpec, dict: VerbDictionary): Record<string, string> {
  const out = new Map<string, string | null>();
  for (const b of dict.blocks as RawBlock[]) {
    for (const v of b.verbs) {
      const lemma = spec.verbLemma(word(v.text.replace(/^\+/, "").split("_")[0]!));
      if (!lemma) continue;
      for (const f of v.forms ?? []) {
        const form = word(f.replace(/^\+/, "").split("_")[0]!);
        if (!form || form === lemma || /[^\p{L}'\-]/u.test(form)) continue;
        const had = out.get(form);
        out.set(form, had === undefined || had === lemma ? lemma : null);
      }
    }
  }
  return Object.fromEntries([...out].filter((e): e is [string, string] => e[1] !== null).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function convertVerbDictionary(spec: LanguageSpec, dict: VerbDictionary, plover: PloverMap, dictionaryVerbs: ReadonlySet<string>): { out: Pick<EventDictionary, "classes" | "verbs" | "blocks">; stats: Stats } {
  const stats: Stats = { blocks: 0, verbs: 0, verbsSkipped: 0, patterns: 0, patternsConverted: 0, patternsSkipped: { unreadable: dict.unreadable } };
  const classes: Record<string, string[]> = {};
  for (const [name, members] of dict.synsets) {
    const key = name.replace(/_+$/, "").toLowerCase();
    const lemmas = [...new Set(members.map((m) => word(m)).filter((m) => m && !/[^\p{L}\p{N} '\-.]/u.test(m)).map((m) => {
      const ws = m.split(" ");
      ws[ws.length - 1] = spec.noun(ws.at(-1)!);
      return ws.join(" ");
    }))].sort();
    if (lemmas.length) classes[key] = lemmas;
  }
  const known = new Set(Object.keys(classes));
  const verbs: EventDictionary["verbs"] = {};
  const blocks: EventDictionary["blocks"] = {};
  const usedBlockNames = new Map<string, number>();
  void dictionaryVerbs;
  for (const b of dict.blocks as RawBlock[]) {
    stats.blocks++;
    // Block names repeat in the Spanish file: number the later ones.
    const seen = usedBlockNames.get(b.name) ?? 0;
    usedBlockNames.set(b.name, seen + 1);
    const name = seen ? `${b.name}~${seen + 1}` : b.name;
    const lemmas: string[] = [];
    for (const v of b.verbs) {
      stats.verbs++;
      const parsed = verbLine(spec, v.text, known);
      if (!parsed) {
        stats.verbsSkipped++;
        continue;
      }
      const code = v.code ?? b.code;
      const list = (verbs[parsed.lemma] ??= { entries: [] });
      const e = entryOf(parsed.shape, code || "---", plover, spec, v.text.replace(/^\+/, ""));
      e.block = name;
      if (!list.entries.some((x) => JSON.stringify({ ...x, block: undefined, pattern: undefined }) === JSON.stringify({ ...e, block: undefined, pattern: undefined }))) list.entries.push(e);
      const multi = specificity(e) > 0;
      if (!multi) lemmas.push(parsed.lemma);
    }
    const entries: DictEntry[] = [];
    for (const p of b.patterns as RawPattern[]) {
      stats.patterns++;
      try {
        if (p.post.some((t) => /[^\p{L}\p{N}'_.\-&*+$%^(){}]/u.test(t))) throw new Skip("not a word");
        const shape = interpret(spec, p.pre, p.post, known);
        const e = entryOf(shape, p.code, plover, spec, p.text, p.verb ? spec.verbLemma(word(p.verb)) : undefined);
        if (specificity(e) === 0 && !e.target && !e.source && !e.symmetric) throw new Skip("no constraint");
        const key = JSON.stringify({ ...e, pattern: undefined, verb: undefined });
        if (entries.some((x) => JSON.stringify({ ...x, pattern: undefined, verb: undefined }) === key)) throw new Skip("duplicate");
        entries.push(e);
        stats.patternsConverted++;
      } catch (err) {
        if (!(err instanceof Skip)) throw err;
        countBy(stats.patternsSkipped, err.message);
      }
    }
    if (entries.length && lemmas.length) {
      blocks[name] = entries;
      for (const l of new Set(lemmas)) (verbs[l]!.blocks ??= []).push(name);
    }
  }
  return { out: { classes, verbs, blocks }, stats };
}
