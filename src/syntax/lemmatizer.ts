/**
 * Lemmas as edit scripts: "keep or lower-case the form, cut n characters from its end, add a
 * string" ("disse" -> l|4|zer... is "di" + "zer"). A word seen in training with its part of speech
 * takes the script it took most often; any other word takes the script a perceptron picks from its
 * ending, tag and features, among the scripts seen with that tag.
 */
import type { Atoms } from "./atoms.js";
import { key1, key2, key3 } from "./hash.js";
import { LinearModel } from "./linear.js";

export interface LemmaLexicon {
  /** Edit scripts, class order: "<k|l>|<cut>|<add>". */
  scripts: string[];
  /** "<upos index>:<normalized form>" -> script index. */
  known: Map<string, number>;
  /** UPOS index -> scripts seen with it. */
  byTag: number[][];
}

export const MAX_LEMMA_FEATURES = 16;

export function applyScript(form: string, script: string): string | undefined {
  const bar1 = script.indexOf("|");
  const bar2 = script.indexOf("|", bar1 + 1);
  const base = script.charCodeAt(0) === 108 /* l */ ? form.toLowerCase() : form;
  const cut = Number(script.slice(bar1 + 1, bar2));
  if (cut > base.length) return undefined;
  return base.slice(0, base.length - cut) + script.slice(bar2 + 1);
}

/**
 * The shortest script that turns `form` into `lemma`. On a tie, a lower-case lemma takes the
 * lower-casing script, so that the same word at the start of a sentence ("O", "Disse") gets it too.
 */
export function scriptFor(form: string, lemma: string): string {
  let bestScript = "";
  let bestCost = Infinity;
  const lowerFirst = lemma.charAt(0) === lemma.charAt(0).toLowerCase();
  for (const mode of lowerFirst ? (["l", "k"] as const) : (["k", "l"] as const)) {
    const base = mode === "l" ? form.toLowerCase() : form;
    let p = 0;
    while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++;
    const cut = base.length - p;
    const add = lemma.slice(p);
    const cost = cut + add.length;
    if (cost < bestCost) {
      bestCost = cost;
      bestScript = `${mode}|${cut}|${add}`;
    }
  }
  return bestScript;
}

export function lemmaFeatures(a: Atoms, i: number, tag: number, bundle: number, out: Int32Array): number {
  let k = 0;
  out[k++] = key1(1, tag);
  out[k++] = key2(2, tag, a.suf1[i]!);
  out[k++] = key2(3, tag, a.suf2[i]!);
  out[k++] = key2(4, tag, a.suf3[i]!);
  out[k++] = key2(5, tag, a.suf4[i]!);
  out[k++] = key2(6, tag, a.suf5[i]!);
  out[k++] = key2(7, tag, bundle);
  out[k++] = key3(8, tag, bundle, a.suf2[i]!);
  out[k++] = key3(9, tag, bundle, a.suf3[i]!);
  out[k++] = key2(10, tag, a.flags[i]!);
  out[k++] = key2(11, tag, a.shape[i]!);
  out[k++] = key2(12, tag, a.w[i]!);
  return k;
}

export const lemmaKey = (tag: number, normalized: string): string => `${tag}:${normalized}`;

export class Lemmatizer {
  private readonly feats = new Int32Array(MAX_LEMMA_FEATURES);
  private readonly scores: Int32Array;

  constructor(
    readonly model: LinearModel,
    readonly lex: LemmaLexicon,
  ) {
    this.scores = new Int32Array(lex.scripts.length);
  }

  lemmatize(a: Atoms, tags: Uint8Array, bundles: Uint16Array): string[] {
    const out = new Array<string>(a.n);
    for (let i = 0; i < a.n; i++) {
      const form = a.forms[i]!;
      const known = this.lex.known.get(lemmaKey(tags[i]!, form.toLowerCase()));
      if (known !== undefined) {
        out[i] = applyScript(form, this.lex.scripts[known]!) ?? form;
        continue;
      }
      const n = lemmaFeatures(a, i, tags[i]!, bundles[i]!, this.feats);
      this.scores.fill(0);
      this.model.score(this.feats, n, this.scores);
      let lemma: string | undefined;
      let bestScore = -Infinity;
      for (const c of this.lex.byTag[tags[i]!] ?? []) {
        if (this.scores[c]! <= bestScore) continue;
        const l = applyScript(form, this.lex.scripts[c]!);
        if (l === undefined || l === "") continue;
        lemma = l;
        bestScore = this.scores[c]!;
      }
      out[i] = lemma ?? form;
    }
    return out;
  }
}
