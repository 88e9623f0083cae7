/**
 * Scores against a gold CoNLL-U file, parsing the gold file's own words (gold tokenization), as the
 * CoNLL 2018 shared task scored parsers given gold words: UPOS, UFeats and lemma accuracy, UAS, and
 * LAS over the universal part of the relation ("obl:agent" counts as "obl").
 */
import type { ConlluSentence } from "./conllu.js";
import type { SyntaxWord } from "./model.js";

export interface Scores {
  upos: number;
  feats: number;
  lemma: number;
  uas: number;
  las: number;
  /** LAS with subtypes compared too ("obl:agent" must be "obl:agent"). */
  lasFull: number;
  sentences: number;
  tokens: number;
  seconds: number;
}

const universal = (rel: string): string => rel.split(":")[0]!;
const featsOf = (f: string): string => (f === "_" ? "" : f);

export function evaluate(gold: readonly ConlluSentence[], analyse: (forms: string[]) => SyntaxWord[]): Scores {
  let upos = 0, feats = 0, lemma = 0, uas = 0, las = 0, lasFull = 0, tokens = 0;
  const started = performance.now();
  const predicted = gold.map((s) => analyse(s.words.map((w) => w.form)));
  const seconds = (performance.now() - started) / 1000;
  gold.forEach((s, si) => {
    const p = predicted[si]!;
    s.words.forEach((g, i) => {
      const w = p[i]!;
      tokens++;
      if (w.upos === g.upos) upos++;
      if (w.feats === featsOf(g.feats)) feats++;
      if (w.lemma === g.lemma) lemma++;
      if (w.head === g.head) {
        uas++;
        if (universal(w.deprel) === universal(g.deprel)) las++;
        if (w.deprel === g.deprel) lasFull++;
      }
    });
  });
  const r = (x: number) => (tokens ? x / tokens : 0);
  return { upos: r(upos), feats: r(feats), lemma: r(lemma), uas: r(uas), las: r(las), lasFull: r(lasFull), sentences: gold.length, tokens, seconds };
}

/** The one line `parse --eval` ends with. */
export function evalLine(s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `eval: upos ${f(s.upos)} lemma ${f(s.lemma)} uas ${f(s.uas)} las ${f(s.las)} sentences ${s.sentences} tokens ${s.tokens} tokens/s ${Math.round(s.tokens / Math.max(s.seconds, 1e-9))}`;
}
