/**
 * The dependency parser: arc-eager transitions (Nivre 2003) chosen greedily by an averaged
 * perceptron over the rich feature set of Zhang & Nivre (2011) plus morphology, trained with a
 * dynamic oracle (Goldberg & Nivre 2012; see scripts/syntax). Word 0 is the root, which takes one
 * dependent only. Classes: SHIFT, REDUCE, LEFT-label..., RIGHT-label....
 *
 * Punctuation is parsed with the words: a ranker that attached it afterwards to the tree of the
 * other words did worse on both Portuguese and English dev sets (docs/syntax.md).
 */
import { NONE, type Atoms } from "./atoms.js";
import { hashString, key1, key2, key3, key4 } from "./hash.js";
import { LinearModel } from "./linear.js";

export const SHIFT = 0;
export const REDUCE = 1;

export interface ParserLexicon {
  /** Dependency relations, label order; LEFT-l is class 2 + l, RIGHT-l is 2 + labels.length + l. */
  labels: string[];
}

const ROOT_W = hashString("\u0000root");
const NO = -1;

/** The parser's working state over one sentence of n words (1..n; 0 is the root). */
export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** Front of the buffer; the buffer is empty once b > n. */
  b = 1;
  readonly head: Int32Array;
  readonly label: Int16Array;
  /** Leftmost, second leftmost, rightmost and second rightmost dependents (NO when absent). */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nl: Uint8Array;
  readonly nr: Uint8Array;
  /** Label sets of left and right dependents, as two 32-bit halves of a 64-bit mask each. */
  readonly lsetLo: Int32Array;
  readonly lsetHi: Int32Array;
  readonly rsetLo: Int32Array;
  readonly rsetHi: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 2);
    this.stack[0] = 0;
    this.sp = 1;
    this.head = new Int32Array(n + 1).fill(NO);
    this.label = new Int16Array(n + 1).fill(NO);
    this.l1 = new Int32Array(n + 1).fill(NO);
    this.l2 = new Int32Array(n + 1).fill(NO);
    this.r1 = new Int32Array(n + 1).fill(NO);
    this.r2 = new Int32Array(n + 1).fill(NO);
    this.nl = new Uint8Array(n + 1);
    this.nr = new Uint8Array(n + 1);
    this.lsetLo = new Int32Array(n + 1);
    this.lsetHi = new Int32Array(n + 1);
    this.rsetLo = new Int32Array(n + 1);
    this.rsetHi = new Int32Array(n + 1);
  }

  get s0(): number {
    return this.stack[this.sp - 1]!;
  }

  get done(): boolean {
    return this.b > this.n;
  }

  private attach(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    const bit = l & 31;
    if (d < h) {
      if (this.l1[h] === NO || d < this.l1[h]!) {
        this.l2[h] = this.l1[h]!;
        this.l1[h] = d;
      } else if (this.l2[h] === NO || d < this.l2[h]!) this.l2[h] = d;
      if (this.nl[h]! < 255) this.nl[h]!++;
      if (l < 32) this.lsetLo[h]! |= 1 << bit;
      else this.lsetHi[h]! |= 1 << bit;
    } else {
      if (this.r1[h] === NO || d > this.r1[h]!) {
        this.r2[h] = this.r1[h]!;
        this.r1[h] = d;
      } else if (this.r2[h] === NO || d > this.r2[h]!) this.r2[h] = d;
      if (this.nr[h]! < 255) this.nr[h]!++;
      if (l < 32) this.rsetLo[h]! |= 1 << bit;
      else this.rsetHi[h]! |= 1 << bit;
    }
  }

  /** Whether transition class c may be taken; `rootLabel` is the index of "root". */
  valid(c: number, nLabels: number, rootLabel: number): boolean {
    const s0 = this.s0;
    if (c === SHIFT) return this.b <= this.n;
    if (c === REDUCE) return s0 !== 0 && this.head[s0] !== NO;
    if (this.b > this.n) return false;
    if (c < 2 + nLabels) {
      const l = c - 2;
      return s0 !== 0 && this.head[s0] === NO && l !== rootLabel;
    }
    const l = c - 2 - nLabels;
    if (s0 === 0) return l === rootLabel && this.r1[0] === NO;
    return l !== rootLabel;
  }

  apply(c: number, nLabels: number): void {
    if (c === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (c === REDUCE) {
      this.sp--;
    } else if (c < 2 + nLabels) {
      this.attach(this.b, this.s0, c - 2);
      this.sp--;
    } else {
      this.attach(this.s0, this.b, c - 2 - nLabels);
      this.stack[this.sp++] = this.b++;
    }
  }

  /**
   * Words the transitions left without a head: the first becomes the root if the root has no
   * dependent, the rest hang from the root word as parataxis.
   */
  finish(labels: readonly string[]): void {
    const root = labels.indexOf("root");
    const para = labels.indexOf("parataxis");
    let top = this.r1[0]!;
    for (let i = 1; i <= this.n; i++) {
      if (this.head[i] !== NO) continue;
      if (top === NO) {
        this.attach(0, i, root);
        top = i;
      } else this.attach(top, i, para >= 0 ? para : root);
    }
  }
}

/** Per-word inputs of the parser's features. */
export interface ParserInputs {
  atoms: Atoms;
  /** UPOS index per word (0-based word order). */
  tags: Uint8Array;
  /** Morphological bundle per word. */
  bundles: Uint16Array;
  /** Tag indices of VERB and AUX, for the features that count verbs between two words. */
  verbTag: number;
  auxTag: number;
  /** Tag index of PUNCT: punctuation hangs as `punct` and heads nothing. */
  punctTag: number;
  /** Hash of the punctuation right before and right after each word (NONE where there is none). */
  punctBefore: Int32Array;
  punctAfter: Int32Array;
  /** Commas in the sentence before each word: commas between two words is a difference. */
  commas: Int32Array;
}

export interface TagIndices {
  punct: number;
  verb: number;
  aux: number;
}

export function parserInputs(atoms: Atoms, tags: Uint8Array, bundles: Uint16Array, t: TagIndices): ParserInputs {
  const n = atoms.n;
  const punctBefore = new Int32Array(n).fill(NONE);
  const punctAfter = new Int32Array(n).fill(NONE);
  const commas = new Int32Array(n);
  let seen = 0;
  for (let i = 0; i < n; i++) {
    commas[i] = seen;
    if (atoms.lower[i] === ",") seen++;
    if (i > 0 && tags[i - 1] === t.punct) punctBefore[i] = atoms.w[i - 1]!;
    if (i + 1 < n && tags[i + 1] === t.punct) punctAfter[i] = atoms.w[i + 1]!;
  }
  return { atoms, tags, bundles, verbTag: t.verb, auxTag: t.aux, punctTag: t.punct, punctBefore, punctAfter, commas };
}

export const MAX_PARSER_FEATURES = 100;

const dist = (d: number): number => (d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : 7);

function wordOf(x: ParserInputs, i: number): number {
  return i === NO ? NONE : i === 0 ? ROOT_W : x.atoms.w[i - 1]!;
}
function tagOf(x: ParserInputs, i: number): number {
  return i === NO ? 254 : i === 0 ? 253 : x.tags[i - 1]!;
}
function bundleOf(x: ParserInputs, i: number): number {
  return i === NO ? 65534 : i === 0 ? 65533 : x.bundles[i - 1]!;
}
function labelOf(st: ParseState, i: number): number {
  return i <= 0 ? 254 : st.label[i]! < 0 ? 253 : st.label[i]!;
}

/** The features of a state: Zhang & Nivre's templates over the stack, buffer and their dependents. */
export function parserFeatures(st: ParseState, x: ParserInputs, out: Int32Array): number {
  return stateFeatures(st, x, out, bufferFeatures(st.b, x, out, 0));
}

/** How many features `bufferFeatures` gives. */
export const BUFFER_FEATURES = 14;

/**
 * The features of the buffer's first three words alone, written from out[k]: the same for every
 * transition that leaves the front of the buffer where it is (REDUCE, LEFT), so that parsing
 * scores them once per front word rather than once per transition.
 */
export function bufferFeatures(b: number, x: ParserInputs, out: Int32Array, k: number): number {
  const n = x.atoms.n;
  const n0 = b <= n ? b : NO;
  const n1 = b + 1 <= n ? b + 1 : NO;
  const n2 = b + 2 <= n ? b + 2 : NO;
  const N0w = wordOf(x, n0), N0p = tagOf(x, n0), N1w = wordOf(x, n1), N1p = tagOf(x, n1), N2w = wordOf(x, n2), N2p = tagOf(x, n2);
  const N0pb = n0 > 0 ? x.punctBefore[n0 - 1]! : NONE;
  const N0f = bundleOf(x, n0);
  out[k++] = key2(4, N0w, N0p);
  out[k++] = key1(5, N0w);
  out[k++] = key1(6, N0p);
  out[k++] = key2(7, N1w, N1p);
  out[k++] = key1(8, N1w);
  out[k++] = key1(9, N1p);
  out[k++] = key2(10, N2w, N2p);
  out[k++] = key1(11, N2w);
  out[k++] = key1(12, N2p);
  out[k++] = key2(20, N0p, N1p);
  out[k++] = key3(21, N0p, N1p, N2p);
  out[k++] = key2(77, N0p, N0f);
  out[k++] = key2(84, n0 > 0 ? x.atoms.suf3[n0 - 1]! : NONE, N0p);
  out[k++] = key2(94, N0pb, N0w);
  return k;
}

/** The features of a state other than `bufferFeatures`, written from out[k]. */
export function stateFeatures(st: ParseState, x: ParserInputs, out: Int32Array, k: number): number {
  const { atoms } = x;
  const n = st.n;
  const s0 = st.sp > 0 ? st.s0 : NO;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : NO;
  const n0 = st.b <= n ? st.b : NO;
  const n1 = st.b + 1 <= n ? st.b + 1 : NO;
  const s0h = s0 > 0 ? st.head[s0]! : NO;
  const s0h2 = s0h > 0 ? st.head[s0h]! : NO;
  const s0l = s0 >= 0 ? st.l1[s0]! : NO;
  const s0l2 = s0 >= 0 ? st.l2[s0]! : NO;
  const s0r = s0 >= 0 ? st.r1[s0]! : NO;
  const s0r2 = s0 >= 0 ? st.r2[s0]! : NO;
  const n0l = n0 >= 0 ? st.l1[n0]! : NO;
  const n0l2 = n0 >= 0 ? st.l2[n0]! : NO;

  const S0w = wordOf(x, s0), S0p = tagOf(x, s0), N0w = wordOf(x, n0), N0p = tagOf(x, n0), N1p = tagOf(x, n1);
  const S0f = bundleOf(x, s0), N0f = bundleOf(x, n0);
  const d = s0 >= 0 && n0 >= 0 ? dist(n0 - s0) : 8;
  const S0vl = s0 >= 0 ? st.nl[s0]! : 255, S0vr = s0 >= 0 ? st.nr[s0]! : 255, N0vl = n0 >= 0 ? st.nl[n0]! : 255;
  const S0slLo = s0 >= 0 ? st.lsetLo[s0]! : 0, S0slHi = s0 >= 0 ? st.lsetHi[s0]! : 0;
  const S0srLo = s0 >= 0 ? st.rsetLo[s0]! : 0, S0srHi = s0 >= 0 ? st.rsetHi[s0]! : 0;
  const N0slLo = n0 >= 0 ? st.lsetLo[n0]! : 0, N0slHi = n0 >= 0 ? st.lsetHi[n0]! : 0;

  // single words
  out[k++] = key2(1, S0w, S0p);
  out[k++] = key1(2, S0w);
  out[k++] = key1(3, S0p);
  // pairs
  out[k++] = key4(13, S0w, S0p, N0w, N0p);
  out[k++] = key3(14, S0w, S0p, N0w);
  out[k++] = key3(15, S0w, N0w, N0p);
  out[k++] = key3(16, S0w, S0p, N0p);
  out[k++] = key3(17, S0p, N0w, N0p);
  out[k++] = key2(18, S0w, N0w);
  out[k++] = key2(19, S0p, N0p);
  // three words
  out[k++] = key3(22, S0p, N0p, N1p);
  out[k++] = key3(23, tagOf(x, s0h), S0p, N0p);
  out[k++] = key3(24, S0p, tagOf(x, s0l), N0p);
  out[k++] = key3(25, S0p, tagOf(x, s0r), N0p);
  out[k++] = key3(26, S0p, N0p, tagOf(x, n0l));
  // distance
  out[k++] = key2(27, S0w, d);
  out[k++] = key2(28, S0p, d);
  out[k++] = key2(29, N0w, d);
  out[k++] = key2(30, N0p, d);
  out[k++] = key3(31, S0w, N0w, d);
  out[k++] = key3(32, S0p, N0p, d);
  // valency
  out[k++] = key2(33, S0w, S0vr);
  out[k++] = key2(34, S0p, S0vr);
  out[k++] = key2(35, S0w, S0vl);
  out[k++] = key2(36, S0p, S0vl);
  out[k++] = key2(37, N0w, N0vl);
  out[k++] = key2(38, N0p, N0vl);
  // unigrams of heads and dependents
  out[k++] = key1(39, wordOf(x, s0h));
  out[k++] = key1(40, tagOf(x, s0h));
  out[k++] = key1(41, labelOf(st, s0));
  out[k++] = key1(42, wordOf(x, s0l));
  out[k++] = key1(43, tagOf(x, s0l));
  out[k++] = key1(44, labelOf(st, s0l));
  out[k++] = key1(45, wordOf(x, s0r));
  out[k++] = key1(46, tagOf(x, s0r));
  out[k++] = key1(47, labelOf(st, s0r));
  out[k++] = key1(48, wordOf(x, n0l));
  out[k++] = key1(49, tagOf(x, n0l));
  out[k++] = key1(50, labelOf(st, n0l));
  // third order
  out[k++] = key1(51, wordOf(x, s0h2));
  out[k++] = key1(52, tagOf(x, s0h2));
  out[k++] = key1(53, labelOf(st, s0h));
  out[k++] = key1(54, wordOf(x, s0l2));
  out[k++] = key1(55, tagOf(x, s0l2));
  out[k++] = key1(56, labelOf(st, s0l2));
  out[k++] = key1(57, wordOf(x, s0r2));
  out[k++] = key1(58, tagOf(x, s0r2));
  out[k++] = key1(59, labelOf(st, s0r2));
  out[k++] = key1(60, wordOf(x, n0l2));
  out[k++] = key1(61, tagOf(x, n0l2));
  out[k++] = key1(62, labelOf(st, n0l2));
  out[k++] = key3(63, S0p, tagOf(x, s0l), tagOf(x, s0l2));
  out[k++] = key3(64, S0p, tagOf(x, s0r), tagOf(x, s0r2));
  out[k++] = key3(65, S0p, tagOf(x, s0h), tagOf(x, s0h2));
  out[k++] = key3(66, N0p, tagOf(x, n0l), tagOf(x, n0l2));
  // label sets
  out[k++] = key3(67, S0w, S0srLo, S0srHi);
  out[k++] = key3(68, S0p, S0srLo, S0srHi);
  out[k++] = key3(69, S0w, S0slLo, S0slHi);
  out[k++] = key3(70, S0p, S0slLo, S0slHi);
  out[k++] = key3(71, N0w, N0slLo, N0slHi);
  out[k++] = key3(72, N0p, N0slLo, N0slHi);
  // the second word of the stack
  out[k++] = key2(73, wordOf(x, s1), tagOf(x, s1));
  out[k++] = key3(74, tagOf(x, s1), S0p, N0p);
  out[k++] = key2(75, tagOf(x, s1), labelOf(st, s1));
  // morphology: agreement and verb forms
  out[k++] = key2(76, S0p, S0f);
  out[k++] = key2(78, S0f, N0f);
  out[k++] = key4(79, S0p, S0f, N0p, N0f);
  out[k++] = key3(80, S0f, N0p, d);
  out[k++] = key3(81, S0p, N0f, labelOf(st, n0l));
  // a noun's case marker decides obl / nmod / obj
  out[k++] = key3(82, S0p, N0p, wordOf(x, n0l));
  out[k++] = key3(83, S0w, N0p, wordOf(x, n0l));
  // what lies between s0 and n0: a comma or a verb there keeps them apart (appositions, clauses)
  let commas = 0;
  let verbs = 0;
  if (s0 > 0 && n0 > 0) {
    commas = Math.min(2, x.commas[n0 - 1]! - x.commas[s0 - 1]!);
    for (let i = s0 + 1; i < n0 && i < s0 + 40 && verbs < 2; i++) {
      const t = x.tags[i - 1]!;
      if (t === x.verbTag || t === x.auxTag) verbs++;
    }
  }
  const S0pa = s0 > 0 ? x.punctAfter[s0 - 1]! : NONE;
  const N0pb = n0 > 0 ? x.punctBefore[n0 - 1]! : NONE;
  out[k++] = key3(85, S0p, N0p, commas);
  out[k++] = key3(86, S0p, N0p, verbs);
  out[k++] = key4(87, S0p, N0p, commas, d);
  out[k++] = key2(88, s0 > 0 ? atoms.suf3[s0 - 1]! : NONE, S0p);
  out[k++] = key2(89, s0 > 0 ? atoms.shape[s0 - 1]! : NONE, n0 > 0 ? atoms.shape[n0 - 1]! : NONE);
  out[k++] = key3(90, S0p, N0p, st.r1[0] === NO ? 0 : 1);
  out[k++] = key3(91, wordOf(x, s1), S0w, N0p);
  out[k++] = key3(92, S0pa, S0p, N0p);
  out[k++] = key3(93, N0pb, S0p, N0p);
  out[k++] = key2(95, S0pa, S0w);
  return k;
}

export class Parser {
  private readonly feats = new Int32Array(MAX_PARSER_FEATURES);
  /** Scores are sums of 16-bit weights, whole numbers: exact in any order, so the buffer's part can be summed apart. */
  private readonly scores: Int32Array;
  private readonly bufferScores: Int32Array;
  private readonly nLabels: number;
  private readonly rootLabel: number;
  private readonly punctLabel: number;

  constructor(
    readonly model: LinearModel,
    readonly lex: ParserLexicon,
  ) {
    this.nLabels = lex.labels.length;
    this.rootLabel = lex.labels.indexOf("root");
    this.punctLabel = lex.labels.indexOf("punct");
    this.scores = new Int32Array(2 + 2 * this.nLabels);
    this.bufferScores = new Int32Array(2 + 2 * this.nLabels);
  }

  /** Heads (0 = root) and label indices of words 1..n, in arrays indexed by word number. */
  parse(x: ParserInputs): { head: Int32Array; label: Int16Array } {
    const st = new ParseState(x.atoms.n);
    const { feats, scores, bufferScores, model } = this;
    const nc = scores.length;
    let front = -1;
    while (!st.done) {
      if (st.b !== front) {
        front = st.b;
        bufferScores.fill(0);
        model.score(feats, bufferFeatures(front, x, feats, 0), bufferScores);
      }
      scores.set(bufferScores);
      model.score(feats, stateFeatures(st, x, feats, 0), scores);
      // The best transition UD allows with these tags, else the best the system allows at all.
      let bestC = -1;
      let bestS = -Infinity;
      let anyC = -1;
      let anyS = -Infinity;
      for (let c = 0; c < nc; c++) {
        if (!st.valid(c, this.nLabels, this.rootLabel)) continue;
        if (scores[c]! > anyS) {
          anyS = scores[c]!;
          anyC = c;
        }
        if (scores[c]! > bestS && this.fitsTags(st, c, x)) {
          bestS = scores[c]!;
          bestC = c;
        }
      }
      st.apply(bestC >= 0 ? bestC : anyC, this.nLabels);
    }
    st.finish(this.lex.labels);
    return { head: st.head, label: st.label };
  }

  /**
   * An arc keeps UD's rule for punctuation: a word tagged PUNCT depends as `punct` and only it
   * does, and it heads no word. A greedy parser may break it ("Belarusian leader Alexander
   * Lukashenko pardoned ..." once hung the verb from the full stop); the tagger knows better.
   */
  private fitsTags(st: ParseState, c: number, x: ParserInputs): boolean {
    if (c < 2 || this.punctLabel < 0) return true;
    const left = c < 2 + this.nLabels;
    const l = left ? c - 2 : c - 2 - this.nLabels;
    const [head, dep] = left ? [st.b, st.s0] : [st.s0, st.b];
    if (head > 0 && x.tags[head - 1] === x.punctTag) return false;
    return (x.tags[dep - 1] === x.punctTag) === (l === this.punctLabel);
  }
}
