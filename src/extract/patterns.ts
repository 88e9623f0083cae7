import { tokenize } from "./text.js";
import type { Token } from "./types.js";

/**
 * One compiled word pattern: "conversa* telefonica" -> two words, the first a prefix. A "?" is one
 * optional word of any kind ("lower* ? tariffs": "lowered tariffs", "lower its tariffs").
 */
export interface Pattern {
  words: { text: string; prefix: boolean; optional?: boolean }[];
  source: string;
  /** Has an optional word, so needs the slower matcher. */
  gappy?: boolean;
}

export function compilePattern(p: string): Pattern {
  const words = p
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w): Pattern["words"] => {
      if (w === "?") return [{ text: "", prefix: false, optional: true }];
      const prefix = w.endsWith("*");
      const toks = tokenize(prefix ? w.slice(0, -1) : w).map((t) => t.norm);
      return toks.map((t, i) => ({ text: t, prefix: prefix && i === toks.length - 1 }));
    });
  if (words[0]?.optional || words.at(-1)?.optional) throw new Error(`pattern "${p}": an optional word must stand between two words`);
  return words.some((w) => w.optional) ? { words, source: p, gappy: true } : { words, source: p };
}

/**
 * The phrases a pattern with alternatives stands for: "called|branded ? ? reckless|illegal" is four
 * patterns, so a list of judgements is written once rather than verb by adjective.
 */
export function expandAlternatives(p: string): string[] {
  let out = [""];
  for (const w of p.split(/\s+/).filter(Boolean)) {
    const alts = w.split("|").filter(Boolean);
    out = out.flatMap((o) => alts.map((a) => (o ? `${o} ${a}` : a)));
  }
  return out;
}

export function compileAll(list: readonly string[] | undefined): Pattern[] {
  // Longest first, so "linha da frente" wins over "frente".
  return (list ?? []).flatMap(expandAlternatives).map(compilePattern).sort((a, b) => b.words.length - a.words.length);
}

const wordMatches = (w: Pattern["words"][number], t: string) => (w.prefix ? t.startsWith(w.text) : t === w.text);

/**
 * Tokens an optional word may also pass over: a date or a place set off inside a phrase
 * ("concluíram esta sexta-feira, em Montevideu, as negociações").
 */
export type Aside = (i: number) => boolean;

/** Number of tokens the pattern covers at position i, or 0. */
export function matchAt(tokens: readonly Token[], i: number, p: Pattern, aside?: Aside): number {
  if (p.gappy) return gappyAt(tokens, i, p.words, 0, aside);
  if (i + p.words.length > tokens.length) return 0;
  for (let k = 0; k < p.words.length; k++) {
    if (!wordMatches(p.words[k]!, tokens[i + k]!.norm)) return 0;
  }
  return p.words.length;
}

/** Tokens covered from i by words[k..], an optional word taking one word if it can and none otherwise. */
function gappyAt(tokens: readonly Token[], i: number, words: Pattern["words"], k: number, aside?: Aside): number {
  if (k === words.length) return 0;
  const w = words[k]!;
  if (w.optional) {
    let j = i;
    while (aside && j < tokens.length && aside(j)) j++;
    const t = tokens[j];
    // A possessive ending is a word of the phrase: "put the country's nuclear forces on high alert".
    const taken = t && (!t.punct || t.norm === "'s") ? gappyAt(tokens, j + 1, words, k + 1, aside) : 0;
    if (taken) return j - i + taken + 1;
    const rest = gappyAt(tokens, j, words, k + 1, aside);
    return rest ? j - i + rest : 0;
  }
  // What an optional word passes over may also stand before any later word: 'como "inaceitável"',
  // "ordenó el lunes la salida".
  let j = i;
  if (k > 0) while (aside && j < tokens.length && aside(j)) j++;
  const t = tokens[j];
  if (!t || !wordMatches(w, t.norm)) return 0;
  if (k === words.length - 1) return j - i + 1;
  const rest = gappyAt(tokens, j + 1, words, k + 1, aside);
  return rest ? j - i + rest + 1 : 0;
}

/**
 * Lists are matched at every token of every sentence, so each list of two or more gets an index
 * from the first letters of its first word to the patterns that can start there (built on first use).
 */
const KEY = 3;
interface Index {
  byKey: Map<string, number[]>;
  /** The list's number: where a word keeps this list's candidates for it. */
  list: number;
}
const indexes = new WeakMap<readonly object[], Index>();
let lists = 0;

function candidates<T>(items: readonly T[], get: (x: T) => Pattern, t: Token): readonly number[] | null {
  if (items.length < 2) return null;
  let idx = indexes.get(items as readonly object[]);
  if (!idx) {
    const byKey = new Map<string, number[]>();
    items.forEach((item, n) => {
      const k = get(item).words[0]?.text.slice(0, KEY) ?? "";
      byKey.set(k, [...(byKey.get(k) ?? []), n]);
    });
    idx = { byKey, list: lists++ };
    indexes.set(items as readonly object[], idx);
  }
  const known = t.word.candidates;
  let out = known[idx.list];
  if (!out) {
    const head = t.norm.slice(0, KEY);
    const found: number[] = [];
    for (let len = head.length; len >= 0; len--) found.push(...(idx.byKey.get(head.slice(0, len)) ?? []));
    out = found.sort((a, b) => a - b);
    while (known.length < idx.list) known.push(undefined);
    known[idx.list] = out;
  }
  return out;
}

/** The first item (in list order, i.e. longest first) whose pattern matches at i. */
export function firstMatch<T>(tokens: readonly Token[], i: number, items: readonly T[], get: (x: T) => Pattern, aside?: Aside): { item: T; length: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const cands = candidates(items, get, t);
  if (cands) {
    for (const n of cands) {
      const len = matchAt(tokens, i, get(items[n]!), aside);
      if (len) return { item: items[n]!, length: len };
    }
    return null;
  }
  for (const item of items) {
    const len = matchAt(tokens, i, get(item), aside);
    if (len) return { item, length: len };
  }
  return null;
}

const self = (p: Pattern) => p;

/** The first (longest) pattern matching at i. */
export function matchAny(tokens: readonly Token[], i: number, ps: readonly Pattern[]): { pattern: Pattern; length: number } | null {
  const m = firstMatch(tokens, i, ps, self);
  return m ? { pattern: m.item, length: m.length } : null;
}

/**
 * Where a pattern of the lists that ends exactly at token `last` starts, the longest first, looking
 * at most `span` tokens back: "anunció [el viernes] la ruptura", "invitó a X", "importados de X".
 */
export function matchEndingAt(tokens: readonly Token[], last: number, span: number, ...lists: readonly (readonly Pattern[])[]): number | undefined {
  for (let start = Math.max(0, last - span + 1); start <= last; start++) {
    for (const ps of lists) {
      const m = matchAny(tokens, start, ps);
      if (m && start + m.length === last + 1) return start;
    }
  }
  return undefined;
}

/** Does any pattern occur anywhere in tokens[from, to)? */
export function occursIn(tokens: readonly Token[], from: number, to: number, ps: readonly Pattern[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) if (matchAny(tokens, i, ps)) return true;
  return false;
}

export function foldWords(s: string): string {
  return tokenize(s).map((t) => t.norm).join(" ");
}

