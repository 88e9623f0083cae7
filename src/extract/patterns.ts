import { tokenize } from "./text.js";
import type { Token } from "./types.js";

/** One compiled word pattern: "conversa* telefonica" -> two words, the first a prefix. */
export interface Pattern {
  words: { text: string; prefix: boolean }[];
  source: string;
}

export function compilePattern(p: string): Pattern {
  const words = p
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const prefix = w.endsWith("*");
      const toks = tokenize(prefix ? w.slice(0, -1) : w).map((t) => t.norm);
      return toks.map((t, i) => ({ text: t, prefix: prefix && i === toks.length - 1 }));
    });
  return { words, source: p };
}

export function compileAll(list: readonly string[] | undefined): Pattern[] {
  // Longest first, so "linha da frente" wins over "frente".
  return (list ?? []).map(compilePattern).sort((a, b) => b.words.length - a.words.length);
}

/** Number of tokens the pattern covers at position i, or 0. */
export function matchAt(tokens: readonly Token[], i: number, p: Pattern): number {
  if (i + p.words.length > tokens.length) return 0;
  for (let k = 0; k < p.words.length; k++) {
    const w = p.words[k]!;
    const t = tokens[i + k]!.norm;
    if (w.prefix ? !t.startsWith(w.text) : t !== w.text) return 0;
  }
  return p.words.length;
}

/**
 * Lists are matched at every token of every sentence, so each long list gets an index from the
 * first letters of its first word to the patterns that can start there (built on first use).
 */
const KEY = 3;
interface Index {
  byKey: Map<string, number[]>;
  /** Merged candidate lists per token, computed once per token (keyed by the whole word so the lookup hashes a string it has seen). */
  memo: Map<string, number[]>;
}
const MEMO_CAP = 100_000;
const indexes = new WeakMap<readonly object[], Index>();

function candidates<T>(items: readonly T[], get: (x: T) => Pattern, norm: string): readonly number[] | null {
  if (items.length < 8) return null;
  let idx = indexes.get(items as readonly object[]);
  if (!idx) {
    const byKey = new Map<string, number[]>();
    items.forEach((item, n) => {
      const k = get(item).words[0]?.text.slice(0, KEY) ?? "";
      byKey.set(k, [...(byKey.get(k) ?? []), n]);
    });
    idx = { byKey, memo: new Map() };
    indexes.set(items as readonly object[], idx);
  }
  let out = idx.memo.get(norm);
  if (!out) {
    const head = norm.slice(0, KEY);
    out = [];
    for (let len = head.length; len >= 0; len--) out.push(...(idx.byKey.get(head.slice(0, len)) ?? []));
    out.sort((a, b) => a - b);
    if (idx.memo.size >= MEMO_CAP) idx.memo.clear();
    idx.memo.set(norm, out);
  }
  return out;
}

/** The first item (in list order, i.e. longest first) whose pattern matches at i. */
export function firstMatch<T>(tokens: readonly Token[], i: number, items: readonly T[], get: (x: T) => Pattern): { item: T; length: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const cands = candidates(items, get, t.norm);
  if (cands) {
    for (const n of cands) {
      const len = matchAt(tokens, i, get(items[n]!));
      if (len) return { item: items[n]!, length: len };
    }
    return null;
  }
  for (const item of items) {
    const len = matchAt(tokens, i, get(item));
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

/** Does any pattern occur anywhere in tokens[from, to)? */
export function occursIn(tokens: readonly Token[], from: number, to: number, ps: readonly Pattern[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) if (matchAny(tokens, i, ps)) return true;
  return false;
}

export function foldWords(s: string): string {
  return tokenize(s).map((t) => t.norm).join(" ");
}

