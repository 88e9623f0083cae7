/**
 * Morphological features: one class per feature bundle ("Mood=Ind|Number=Sing|Person=3|..."), chosen
 * among the bundles the training data paired with the word's part of speech, from the word's
 * affixes, its neighbours' tags and affixes (agreement), and the bundle chosen for the word before.
 */
import { NONE, type Atoms } from "./atoms.js";
import { key1, key2, key3 } from "./hash.js";
import { LinearModel } from "./linear.js";

export interface MorphLexicon {
  /** Feature bundles, class order; "_" is the empty bundle. */
  bundles: string[];
  /** UPOS index -> the bundles seen with it. */
  byTag: number[][];
}

export const MAX_MORPH_FEATURES = 24;

export function morphFeatures(a: Atoms, tags: Uint8Array, i: number, prev: number, out: Int32Array): number {
  const n = a.n;
  const t = tags[i]!;
  const tm1 = i > 0 ? tags[i - 1]! : 255;
  const tp1 = i + 1 < n ? tags[i + 1]! : 255;
  let k = 0;
  out[k++] = key1(1, t);
  out[k++] = key2(2, t, a.w[i]!);
  out[k++] = key2(3, t, a.suf1[i]!);
  out[k++] = key2(4, t, a.suf2[i]!);
  out[k++] = key2(5, t, a.suf3[i]!);
  out[k++] = key2(6, t, a.suf4[i]!);
  out[k++] = key2(7, t, a.suf5[i]!);
  out[k++] = key3(8, t, tm1, tp1);
  out[k++] = key2(9, t, i > 0 ? a.w[i - 1]! : NONE);
  out[k++] = key2(10, t, i + 1 < n ? a.w[i + 1]! : NONE);
  out[k++] = key3(11, t, tm1, i > 0 ? a.suf2[i - 1]! : NONE);
  out[k++] = key3(12, t, tp1, i + 1 < n ? a.suf2[i + 1]! : NONE);
  out[k++] = key2(13, t, prev);
  out[k++] = key2(14, t, a.pre2[i]!);
  out[k++] = key3(15, t, tm1, prev);
  out[k++] = key2(16, t, i > 1 ? a.w[i - 2]! : NONE);
  out[k++] = key2(17, t, a.shape[i]!);
  out[k++] = key3(18, t, a.suf3[i]!, tp1);
  return k;
}

export class Morph {
  private readonly feats = new Int32Array(MAX_MORPH_FEATURES);
  private readonly scores: Int32Array;

  constructor(
    readonly model: LinearModel,
    readonly lex: MorphLexicon,
  ) {
    this.scores = new Int32Array(lex.bundles.length);
  }

  /** Bundle index per word. */
  analyse(a: Atoms, tags: Uint8Array): Uint16Array {
    const out = new Uint16Array(a.n);
    let prev = -1;
    for (let i = 0; i < a.n; i++) {
      const candidates = this.lex.byTag[tags[i]!] ?? [];
      let b = candidates[0] ?? 0;
      if (candidates.length > 1) {
        const n = morphFeatures(a, tags, i, prev, this.feats);
        this.scores.fill(0);
        this.model.score(this.feats, n, this.scores);
        for (const c of candidates) if (this.scores[c]! > this.scores[b]!) b = c;
      }
      out[i] = b;
      prev = b;
    }
    return out;
  }
}
