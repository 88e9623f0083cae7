/**
 * The part-of-speech tagger: a greedy left-to-right averaged perceptron over the word, its affixes
 * and shape, its neighbours, the two tags before it and the tags the training data allowed for the
 * words around it (a word's "ambiguity class"). Frequent words that only ever took one tag skip the
 * model.
 */
import { FLAG_FIRST, FLAG_UPPER, NONE, type Atoms } from "./atoms.js";
import { key1, key2, key3 } from "./hash.js";
import { LinearModel } from "./linear.js";

export interface TaggerLexicon {
  /** UPOS tags, class order. */
  tags: string[];
  /** Word hash -> bit mask of the tags it took in training. */
  ambiguity: Map<number, number>;
  /** Word hash -> the one tag a frequent word always took. */
  sure: Map<number, number>;
}

export const MAX_TAGGER_FEATURES = 40;

const START = -1;
const START2 = -2;

function ambiguityOf(a: Atoms, lex: TaggerLexicon, j: number): number {
  return j >= 0 && j < a.n ? lex.ambiguity.get(a.w[j]!) ?? 0 : -1;
}

/** The features of word i given the tags already chosen for i-1 and i-2. */
export function taggerFeatures(a: Atoms, i: number, t1: number, t2: number, lex: TaggerLexicon, out: Int32Array): number {
  const w = a.w;
  const n = a.n;
  const wm1 = i > 0 ? w[i - 1]! : NONE;
  const wm2 = i > 1 ? w[i - 2]! : NONE;
  const wp1 = i + 1 < n ? w[i + 1]! : NONE;
  const wp2 = i + 2 < n ? w[i + 2]! : NONE;
  const a0 = ambiguityOf(a, lex, i);
  const ap1 = ambiguityOf(a, lex, i + 1);
  const am1 = ambiguityOf(a, lex, i - 1);
  const flags = a.flags[i]! & (FLAG_UPPER | FLAG_FIRST);
  let k = 0;
  out[k++] = key1(1, 0);
  out[k++] = key1(2, w[i]!);
  out[k++] = key1(3, a.suf1[i]!);
  out[k++] = key1(4, a.suf2[i]!);
  out[k++] = key1(5, a.suf3[i]!);
  out[k++] = key1(6, a.suf4[i]!);
  out[k++] = key1(30, a.suf5[i]!);
  out[k++] = key1(7, a.pre1[i]!);
  out[k++] = key1(8, a.pre2[i]!);
  out[k++] = key1(9, a.pre3[i]!);
  out[k++] = key1(10, a.shape[i]!);
  out[k++] = key1(11, wm1);
  out[k++] = key1(12, wp1);
  out[k++] = key1(13, wm2);
  out[k++] = key1(14, wp2);
  out[k++] = key1(15, t1);
  out[k++] = key1(16, t2);
  out[k++] = key2(17, t1, t2);
  out[k++] = key2(18, t1, w[i]!);
  out[k++] = key1(19, i > 0 ? a.suf3[i - 1]! : NONE);
  out[k++] = key1(20, i + 1 < n ? a.suf3[i + 1]! : NONE);
  out[k++] = key2(21, w[i]!, wp1);
  out[k++] = key2(22, wm1, w[i]!);
  out[k++] = key1(23, ap1);
  out[k++] = key1(24, a0);
  out[k++] = key1(25, ambiguityOf(a, lex, i + 2));
  out[k++] = key2(26, flags, a.shape[i]!);
  out[k++] = key2(27, t1, ap1);
  out[k++] = key2(28, t1, a.suf2[i]!);
  out[k++] = key2(29, a0, ap1);
  out[k++] = key3(31, t1, a0, ap1);
  out[k++] = key2(32, am1, a0);
  out[k++] = key2(33, flags, a.suf3[i]!);
  out[k++] = key2(34, a0, a.suf3[i]!);
  out[k++] = key2(35, wp1, wp2);
  out[k++] = key2(36, wm1, t1);
  return k;
}

export class Tagger {
  private readonly feats = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Int32Array;

  constructor(
    readonly model: LinearModel,
    readonly lex: TaggerLexicon,
  ) {
    this.scores = new Int32Array(lex.tags.length);
  }

  /** Tag index per word. */
  tag(a: Atoms): Uint8Array {
    const out = new Uint8Array(a.n);
    let t1 = START;
    let t2 = START2;
    for (let i = 0; i < a.n; i++) {
      let t = this.lex.sure.get(a.w[i]!);
      if (t === undefined) {
        const n = taggerFeatures(a, i, t1, t2, this.lex, this.feats);
        this.scores.fill(0);
        this.model.score(this.feats, n, this.scores);
        t = argmax(this.scores);
      }
      out[i] = t;
      t2 = t1;
      t1 = t;
    }
    return out;
  }
}

export function argmax(scores: ArrayLike<number>): number {
  let b = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[b]!) b = c;
  return b;
}

export const TAGGER_START = START;
export const TAGGER_START2 = START2;
