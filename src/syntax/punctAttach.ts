/**
 * Punctuation re-attached once the tree is built. A greedy parser hangs a comma or a full stop
 * before it has seen the words that decide where it belongs, and punctuation is one word in eight:
 * on English GUM dev (never trained on) the parser put 75% of unpaired marks on the right head.
 * Here every unpaired mark picks among the words on the two paths that climb from its neighbours to
 * the root (where UD hangs punctuation, as Udapi's ud.FixPunct reads it), those whose arc would cross
 * none of the tree's, with a linear ranker trained on trees the parser built for sentences it never
 * saw (jackknifed: scripts/syntax/punct.ts). The parser's own choice is one of the ranker's features,
 * so it moves a mark only where the evidence against it is strong.
 */
import type { Atoms } from "./atoms.js";
import { key1, key2, key3, key4 } from "./hash.js";
import type { LinearModel } from "./linear.js";

export const PAIRED_MARKS = new Set(["(", ")", "[", "]", "{", "}", "«", "»", "“", "”", "‘", "’", '"', "¿", "¡"]);
export const MAX_PUNCT_FEATURES = 32;

/** One parsed sentence as the ranker reads it: `head`/`label` by word number 1..n, `tags` by word number less one. */
export interface PunctTree {
  atoms: Atoms;
  tags: ArrayLike<number>;
  head: ArrayLike<number>;
  /** The universal part of each word's relation, as a small number (see `labelMap`). */
  rel: ArrayLike<number>;
  punctTag: number;
  /** The number of "conj" in `rel`. */
  conjRel: number;
}

/** The universal part of each relation label as a small number ("nsubj:pass" -> the number of "nsubj"), and the number of "conj". */
export interface LabelMap {
  rel: Int16Array;
  conj: number;
}

export function labelMap(labels: readonly string[]): LabelMap {
  const seen = new Map<string, number>();
  const rel = Int16Array.from(labels, (l) => {
    const b = l.split(":")[0]!;
    if (!seen.has(b)) seen.set(b, seen.size);
    return seen.get(b)!;
  });
  return { rel, conj: seen.get("conj") ?? -1 };
}

/** A parsed sentence in the ranker's terms: `head` and `label` (the parser's label numbers) by word number 1..n. */
export function punctTree(map: LabelMap, atoms: Atoms, tags: ArrayLike<number>, head: ArrayLike<number>, label: ArrayLike<number>, punctTag: number): PunctTree {
  const rel = new Int16Array(head.length);
  for (let k = 1; k < head.length; k++) rel[k] = map.rel[label[k]!]!;
  rel[0] = -1;
  return { atoms, tags, head, rel, punctTag, conjRel: map.conj };
}

export interface PunctCandidate {
  head: number;
  features: Int32Array;
  n: number;
}

const ROOT_CODE = 0xffff;
const code = (t: PunctTree, k: number): number => (k === 0 ? ROOT_CODE : (t.tags[k - 1]! << 8) | t.rel[k]!);
const distBucket = (d: number): number => (d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : 6);

/** Word k and its ancestors, nearest first. */
function climb(head: ArrayLike<number>, k: number): number[] {
  const out: number[] = [];
  for (let guard = 0; k > 0 && guard < head.length; guard++) {
    out.push(k);
    k = head[k]!;
  }
  return out;
}

/** Whether an arc between i and h would cross an arc of the tree other than i's own. */
function crosses(head: ArrayLike<number>, i: number, h: number): boolean {
  const lo = Math.min(i, h);
  const hi = Math.max(i, h);
  for (let k = 1; k < head.length; k++) {
    const g = head[k]!;
    if (k === i || g === 0) continue;
    const kIn = k > lo && k < hi;
    const gIn = g > lo && g < hi;
    if ((kIn && (g < lo || g > hi)) || (gIn && (k < lo || k > hi))) return true;
  }
  return false;
}

/** First and last word of each word's subtree. */
function spans(head: ArrayLike<number>): { first: Int32Array; last: Int32Array } {
  const n = head.length - 1;
  const first = new Int32Array(n + 1);
  const last = new Int32Array(n + 1);
  for (let k = 0; k <= n; k++) first[k] = last[k] = k;
  for (let k = 1; k <= n; k++) {
    for (let a = head[k]!, guard = 0; a > 0 && guard < n; a = head[a]!, guard++) {
      if (k < first[a]!) first[a] = k;
      if (k > last[a]!) last[a] = k;
    }
  }
  return { first, last };
}

/**
 * The words mark i (1-based) may hang from, each with its features. `parserHead` is the parser's
 * choice, read as a feature. Empty when no word qualifies (a sentence of marks).
 */
export function punctCandidates(t: PunctTree, i: number, parserHead: number, sp = spans(t.head)): PunctCandidate[] {
  const out: PunctCandidate[] = [];
  forEachCandidate(t, i, parserHead, sp, new Int32Array(MAX_PUNCT_FEATURES), (head, f, n) => out.push({ head, features: f.slice(0, n), n }));
  return out;
}

/** `punctCandidates` without allocating: `visit` sees each candidate's features in `buf`, overwritten by the next. */
function forEachCandidate(t: PunctTree, i: number, parserHead: number, sp: { first: Int32Array; last: Int32Array }, f: Int32Array, visit: (head: number, features: Int32Array, n: number) => void): void {
  const n = t.head.length - 1;
  const left = i > 1 ? climb(t.head, i - 1) : [];
  const right = i < n ? climb(t.head, i + 1) : [];
  const words = [...new Set([...left, ...right])];
  const a = t.atoms;
  const p = a.w[i - 1]!;
  const final = i === n ? 1 : 0;
  const prev = i > 1 ? code(t, i - 1) : ROOT_CODE + 1;
  const next = i < n ? code(t, i + 1) : ROOT_CODE + 1;
  const nextRel = i < n ? t.rel[i + 1]! : 0xff;
  const nextWord = i < n ? a.w[i]! : 0;
  const prevWord = i > 1 ? a.w[i - 2]! : 0;
  let before = -1;
  for (let j = i - 1; j >= 1; j--) {
    if (t.tags[j - 1] === t.punctTag && a.w[j - 1] === p) {
      before = j;
      break;
    }
  }
  for (const h of words) {
    if (h === i || t.tags[h - 1] === t.punctTag || crosses(t.head, i, h)) continue;
    const inL = left.indexOf(h);
    const inR = right.indexOf(h);
    const side = inL >= 0 && inR >= 0 ? 2 : inL >= 0 ? 0 : 1;
    const rank = Math.min(inL >= 0 && inR >= 0 ? Math.min(inL, inR) : Math.max(inL, inR), 4);
    const sr = side * 8 + rank;
    const c = code(t, h);
    const rel = t.rel[h]!;
    const up = t.head[h]!;
    const adj = (sp.last[h] === i - 1 ? 1 : 0) | (sp.first[h] === i + 1 ? 2 : 0) | (sp.first[h]! < i && sp.last[h]! > i ? 4 : 0);
    const dir = h < i ? 0 : 1;
    const isConjOfLeft = rel === t.conjRel && left.includes(up) ? 1 : 0;
    const same = before < 0 ? 0 : t.head[before] === h ? 1 : 2;
    const isParser = h === parserHead ? 1 : 0;
    let k = 0;
    f[k++] = key1(1, 0);
    f[k++] = key1(2, p);
    f[k++] = key1(3, c);
    f[k++] = key2(4, p, c);
    f[k++] = key2(5, p, sr);
    f[k++] = key2(6, sr, c);
    f[k++] = key2(7, p, rel);
    f[k++] = key3(8, p, rel, side);
    f[k++] = key3(9, p, rel, dir * 2 + final);
    f[k++] = key3(10, p, next, c);
    f[k++] = key3(11, p, prev, c);
    f[k++] = key3(12, p, next, sr);
    f[k++] = key3(13, p, adj, rel);
    f[k++] = key3(14, p, adj, sr);
    f[k++] = key3(15, p, dir, distBucket(Math.abs(h - i)));
    f[k++] = key3(16, p, up === 0 ? ROOT_CODE : code(t, up), rel);
    f[k++] = key4(17, p, next, prev, sr);
    f[k++] = key4(18, p, rel, nextRel, side);
    f[k++] = key3(19, isConjOfLeft, p, side);
    f[k++] = key4(20, p, nextWord, rel, side);
    f[k++] = key4(21, p, prevWord, rel, side);
    f[k++] = key3(22, p, same, rel);
    f[k++] = key3(23, p, Math.min(inL < 0 ? 5 : inL, 5), Math.min(inR < 0 ? 5 : inR, 5));
    f[k++] = key3(24, p, Math.min(words.length, 6), sr);
    f[k++] = key4(25, p, up === 0 ? 1 : 0, side, final);
    f[k++] = key1(26, isParser);
    f[k++] = key3(27, isParser, p, c);
    f[k++] = key3(28, isParser, sr, p);
    visit(h, f, k);
  }
}

/** Rehangs a parsed sentence's unpaired marks; `head` is changed in place. */
export class PunctAttacher {
  private readonly labels: LabelMap;
  private readonly scores = new Int32Array(1);
  private readonly buf = new Int32Array(MAX_PUNCT_FEATURES);

  constructor(
    readonly model: LinearModel,
    labels: readonly string[],
  ) {
    this.labels = labelMap(labels);
  }

  attach(atoms: Atoms, tags: ArrayLike<number>, head: Int32Array, label: ArrayLike<number>, punctTag: number): void {
    let t: PunctTree | undefined;
    let sp: { first: Int32Array; last: Int32Array } | undefined;
    for (let i = 1; i < head.length; i++) {
      if (tags[i - 1] !== punctTag || PAIRED_MARKS.has(atoms.forms[i - 1]!)) continue;
      // Every mark reads the tree as the parser left it.
      t ??= punctTree(this.labels, atoms, tags, Int32Array.from(head), label, punctTag);
      sp ??= spans(t.head);
      const parser = t.head[i]!;
      // On a tie the parser's choice stays.
      let best = -1;
      let bestScore = -Infinity;
      forEachCandidate(t, i, parser, sp, this.buf, (h, f, n) => {
        this.scores[0] = 0;
        this.model.score(f, n, this.scores);
        const score = this.scores[0]!;
        if (score > bestScore || (score === bestScore && h === parser)) {
          bestScore = score;
          best = h;
        }
      });
      if (best > 0) head[i] = best;
    }
  }
}
