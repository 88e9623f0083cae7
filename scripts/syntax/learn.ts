/**
 * Training of the four models of src/syntax: lexicons counted from the treebank, then averaged
 * perceptrons, each over the same features the run-time classes compute.
 */
import { atomsOf, type Atoms } from "../../src/syntax/atoms.js";
import type { ConlluSentence } from "../../src/syntax/conllu.js";
import { hashString } from "../../src/syntax/hash.js";
import { PerceptronTrainer, type LinearModel } from "../../src/syntax/linear.js";
import { lemmaFeatures, lemmaKey, scriptFor, MAX_LEMMA_FEATURES, type LemmaLexicon } from "../../src/syntax/lemmatizer.js";
import { morphFeatures, Morph, MAX_MORPH_FEATURES, type MorphLexicon } from "../../src/syntax/morph.js";
import { MAX_PARSER_FEATURES, ParseState, parserFeatures, parserInputs as inputsOf, type ParserInputs, type ParserLexicon } from "../../src/syntax/parser.js";
import { MAX_TAGGER_FEATURES, Tagger, TAGGER_START, TAGGER_START2, taggerFeatures, type TaggerLexicon } from "../../src/syntax/tagger.js";
import { cost, projectivize, type GoldTree } from "./oracle.js";

export const UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

/** A seeded generator, so that a training run can be repeated exactly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const tagIndex = (upos: string): number => {
  const i = UPOS.indexOf(upos);
  return i < 0 ? UPOS.indexOf("X") : i;
};

/** A training sentence with what every trainer reads of it computed once. */
export interface Example {
  atoms: Atoms;
  tags: Uint8Array;
  bundles: Uint16Array;
  scripts: Int32Array;
  /** The gold tree, 1-based, crossing arcs lifted. */
  gold: GoldTree;
}

const TAGS = { punct: UPOS.indexOf("PUNCT"), verb: UPOS.indexOf("VERB"), aux: UPOS.indexOf("AUX") };

export function examples(sents: readonly ConlluSentence[], morph: MorphLexicon, lemma: LemmaLexicon, parser: ParserLexicon): Example[] {
  const bundleIndex = new Map(morph.bundles.map((b, i) => [b, i]));
  const scriptIndex = new Map(lemma.scripts.map((s, i) => [s, i]));
  const labelIndex = new Map(parser.labels.map((l, i) => [l, i]));
  return sents.map((s) => {
    const n = s.words.length;
    const head = new Int32Array(n + 1);
    const label = new Int16Array(n + 1);
    s.words.forEach((w, i) => {
      head[i + 1] = w.head;
      label[i + 1] = labelIndex.get(w.deprel) ?? labelIndex.get("dep") ?? 0;
    });
    return {
      atoms: atomsOf(s.words.map((w) => w.form)),
      tags: Uint8Array.from(s.words.map((w) => tagIndex(w.upos))),
      bundles: Uint16Array.from(s.words.map((w) => bundleIndex.get(w.feats || "_") ?? 0)),
      scripts: Int32Array.from(s.words.map((w) => scriptIndex.get(scriptFor(w.form, w.lemma)) ?? -1)),
      gold: { head: projectivize(head).head, label },
    };
  });
}

/** The parser's inputs for a training sentence, with the tags a tagger gave it. */
export function parserInputs(ex: Example, tags: Uint8Array, bundles: Uint16Array): ParserInputs {
  return inputsOf(ex.atoms, tags, bundles, TAGS);
}

export function taggerLexicon(sents: readonly ConlluSentence[]): TaggerLexicon {
  const counts = new Map<number, Map<number, number>>();
  for (const s of sents) {
    for (const w of s.words) {
      const h = hashString(w.form.toLowerCase().replace(/\d/g, "0"));
      const byTag = counts.get(h) ?? new Map<number, number>();
      byTag.set(tagIndex(w.upos), (byTag.get(tagIndex(w.upos)) ?? 0) + 1);
      counts.set(h, byTag);
    }
  }
  const ambiguity = new Map<number, number>();
  const sure = new Map<number, number>();
  for (const [h, byTag] of counts) {
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    let mask = 0;
    for (const [t, c] of byTag) if (c / total >= 0.01) mask |= 1 << t;
    if (total >= 2) ambiguity.set(h, mask);
    const [top, topCount] = [...byTag].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= 20 && topCount / total >= 0.995) sure.set(h, top);
  }
  return { tags: UPOS, ambiguity, sure };
}

export function morphLexicon(sents: readonly ConlluSentence[]): MorphLexicon {
  const bundles = ["_"];
  const index = new Map([["_", 0]]);
  const byTag: Set<number>[] = UPOS.map(() => new Set<number>());
  for (const s of sents) {
    for (const w of s.words) {
      const f = w.feats || "_";
      let b = index.get(f);
      if (b === undefined) {
        b = bundles.length;
        bundles.push(f);
        index.set(f, b);
      }
      byTag[tagIndex(w.upos)]!.add(b);
    }
  }
  return { bundles, byTag: byTag.map((s) => [...s].sort((a, b) => a - b)) };
}

export function lemmaLexicon(sents: readonly ConlluSentence[]): LemmaLexicon {
  const scripts: string[] = [];
  const index = new Map<string, number>();
  const byTag: Set<number>[] = UPOS.map(() => new Set<number>());
  const seen = new Map<string, Map<number, number>>();
  for (const s of sents) {
    for (const w of s.words) {
      const sc = scriptFor(w.form, w.lemma);
      let i = index.get(sc);
      if (i === undefined) {
        i = scripts.length;
        scripts.push(sc);
        index.set(sc, i);
      }
      const t = tagIndex(w.upos);
      byTag[t]!.add(i);
      const key = lemmaKey(t, w.form.toLowerCase());
      const m = seen.get(key) ?? new Map<number, number>();
      m.set(i, (m.get(i) ?? 0) + 1);
      seen.set(key, m);
    }
  }
  const known = new Map<string, number>();
  for (const [key, m] of seen) known.set(key, [...m].sort((a, b) => b[1] - a[1])[0]![0]);
  return { scripts, known, byTag: byTag.map((s) => [...s].sort((a, b) => a - b)) };
}

export function parserLexicon(sents: readonly ConlluSentence[]): ParserLexicon {
  const counts = new Map<string, number>();
  for (const s of sents) for (const w of s.words) counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
  // The commonest relations first: the label-set features keep 64 bits, the rarest share them.
  return { labels: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l) };
}

export function trainTagger(train: readonly Example[], lex: TaggerLexicon, epochs: number, random: () => number, log: (s: string) => void): LinearModel {
  const p = new PerceptronTrainer(lex.tags.length);
  const feats = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(lex.tags.length);
  for (let e = 1; e <= epochs; e++) {
    let right = 0, all = 0;
    for (const ex of shuffled(train, random)) {
      let t1 = TAGGER_START, t2 = TAGGER_START2;
      for (let i = 0; i < ex.atoms.n; i++) {
        const n = taggerFeatures(ex.atoms, i, t1, t2, lex, feats);
        p.score(feats, n, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
        const gold = ex.tags[i]!;
        p.update(feats, n, gold, guess);
        if (guess === gold) right++;
        all++;
        t2 = t1;
        t1 = guess;
      }
    }
    log(`  tagger epoch ${e}: train accuracy ${(right / all).toFixed(4)}, ${p.rows.size} features`);
  }
  return p.compile();
}

export function trainMorph(train: readonly Example[], lex: MorphLexicon, epochs: number, random: () => number, log: (s: string) => void): LinearModel {
  const p = new PerceptronTrainer(lex.bundles.length);
  const feats = new Int32Array(MAX_MORPH_FEATURES);
  const scores = new Float64Array(lex.bundles.length);
  for (let e = 1; e <= epochs; e++) {
    let right = 0, all = 0;
    for (const ex of shuffled(train, random)) {
      let prev = -1;
      for (let i = 0; i < ex.atoms.n; i++) {
        const candidates = lex.byTag[ex.tags[i]!]!;
        const gold = ex.bundles[i]!;
        let guess = candidates[0]!;
        if (candidates.length > 1) {
          const n = morphFeatures(ex.atoms, ex.tags, i, prev, feats);
          p.score(feats, n, scores);
          for (const c of candidates) if (scores[c]! > scores[guess]!) guess = c;
          p.update(feats, n, gold, guess);
        }
        if (guess === gold) right++;
        all++;
        prev = guess;
      }
    }
    log(`  morph epoch ${e}: train accuracy ${(right / all).toFixed(4)}, ${p.rows.size} features`);
  }
  return p.compile();
}

export function trainLemmatizer(train: readonly Example[], lex: LemmaLexicon, epochs: number, random: () => number, log: (s: string) => void): LinearModel {
  const p = new PerceptronTrainer(lex.scripts.length);
  const feats = new Int32Array(MAX_LEMMA_FEATURES);
  const scores = new Float64Array(lex.scripts.length);
  for (let e = 1; e <= epochs; e++) {
    let right = 0, all = 0;
    for (const ex of shuffled(train, random)) {
      for (let i = 0; i < ex.atoms.n; i++) {
        const gold = ex.scripts[i]!;
        if (gold < 0) continue;
        const candidates = lex.byTag[ex.tags[i]!]!;
        const n = lemmaFeatures(ex.atoms, i, ex.tags[i]!, ex.bundles[i]!, feats);
        p.score(feats, n, scores);
        let guess = -1;
        for (const c of candidates) if (guess < 0 || scores[c]! > scores[guess]!) guess = c;
        p.update(feats, n, gold, guess);
        if (guess === gold) right++;
        all++;
      }
    }
    log(`  lemmatizer epoch ${e}: train accuracy ${(right / all).toFixed(4)}, ${p.rows.size} features`);
  }
  return p.compile();
}

/** Tags and bundles for the training sentences from taggers that did not see them (k-fold), as the parser will get at run time. */
export function jackknife(train: readonly Example[], tagLex: TaggerLexicon, morphLex: MorphLexicon, folds: number, epochs: number, random: () => number, log: (s: string) => void): { tags: Uint8Array; bundles: Uint16Array }[] {
  const out = new Array<{ tags: Uint8Array; bundles: Uint16Array }>(train.length);
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, i) => i % folds !== f);
    const tagger = new Tagger(trainTagger(rest, tagLex, epochs, random, () => {}), tagLex);
    const morph = new Morph(trainMorph(rest, morphLex, epochs, random, () => {}), morphLex);
    let right = 0, all = 0;
    train.forEach((ex, i) => {
      if (i % folds !== f) return;
      const tags = tagger.tag(ex.atoms);
      const bundles = morph.analyse(ex.atoms, tags);
      for (let j = 0; j < tags.length; j++) if (tags[j] === ex.tags[j]) right++;
      all += tags.length;
      out[i] = { tags, bundles };
    });
    log(`  jackknife fold ${f + 1}/${folds}: UPOS ${(right / all).toFixed(4)}`);
  }
  return out;
}

export interface ParserTraining {
  epochs: number;
  /** Probability of following the model's own (possibly wrong) transition from the second epoch on. */
  explore: number;
  /** Called after each epoch with the compiled averaged model; returns a dev score to keep the best. */
  onEpoch: (model: LinearModel, epoch: number) => number;
}

export function trainParser(train: readonly Example[], inputs: readonly ParserInputs[], lex: ParserLexicon, opts: ParserTraining, random: () => number, log: (s: string) => void): LinearModel {
  const nLabels = lex.labels.length;
  const rootLabel = lex.labels.indexOf("root");
  const nClasses = 2 + 2 * nLabels;
  const p = new PerceptronTrainer(nClasses);
  const feats = new Int32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(nClasses);
  const costs = new Int32Array(nClasses);
  const order = train.map((_, i) => i);
  let bestModel: LinearModel | undefined;
  let bestScore = -Infinity;
  for (let e = 1; e <= opts.epochs; e++) {
    let right = 0, all = 0;
    const started = Date.now();
    for (const i of shuffled(order, random)) {
      const ex = train[i]!;
      const x = inputs[i]!;
      const st = new ParseState(x.atoms.n);
      while (!st.done) {
        const n = parserFeatures(st, x, feats);
        p.score(feats, n, scores);
        let minCost = Infinity;
        for (let c = 0; c < nClasses; c++) {
          if (!st.valid(c, nLabels, rootLabel)) {
            costs[c] = -1;
            continue;
          }
          costs[c] = cost(st, c, ex.gold, nLabels);
          if (costs[c]! < minCost) minCost = costs[c]!;
        }
        let guess = -1, gold = -1;
        for (let c = 0; c < nClasses; c++) {
          if (costs[c]! < 0) continue;
          if (guess < 0 || scores[c]! > scores[guess]!) guess = c;
          if (costs[c] === minCost && (gold < 0 || scores[c]! > scores[gold]!)) gold = c;
        }
        const ok = costs[guess] === minCost;
        p.update(feats, n, ok ? guess : gold, guess);
        if (ok) right++;
        all++;
        st.apply(e > 1 && random() < opts.explore ? guess : gold, nLabels);
      }
    }
    const model = p.compile();
    const score = opts.onEpoch(model, e);
    log(`  parser epoch ${e}: ${(right / all).toFixed(4)} of transitions optimal, ${p.rows.size} features, ${((Date.now() - started) / 1000).toFixed(0)} s, dev ${score.toFixed(4)}`);
    if (score > bestScore) {
      bestScore = score;
      bestModel = model;
    }
  }
  return bestModel!;
}
