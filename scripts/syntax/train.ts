/**
 * Trains one language's syntax model from Universal Dependencies treebanks (assembled by
 * scripts/syntax/treebanks.ts) and writes it to data/models/:
 *
 *   npm run train:syntax -- --lang pt --train A.conllu,B.conllu --dev C.conllu --out data/models/pt.syntax.gz
 *
 * The dev file picks the parser's epoch; it is never trained on (`--dev holdout:N` holds every Nth
 * training sentence out instead). The same arguments and seed give the same model.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { readConllu, type ConlluSentence } from "../../src/syntax/conllu.js";
import { evaluate } from "../../src/syntax/evaluate.js";
import { SyntaxModel } from "../../src/syntax/model.js";
import { learnTokenization } from "../../src/syntax/tokenize.js";
import { examples, jackknife, parserInputs, lemmaLexicon, morphLexicon, parserLexicon, rng, taggerLexicon, trainLemmatizer, trainMorph, trainParser, trainTagger } from "./learn.js";

const { values } = parseArgs({
  options: {
    lang: { type: "string" },
    train: { type: "string" },
    dev: { type: "string" },
    out: { type: "string" },
    "tagger-epochs": { type: "string", default: "8" },
    "parser-epochs": { type: "string", default: "15" },
    folds: { type: "string", default: "5" },
    explore: { type: "string", default: "0.9" },
    seed: { type: "string", default: "1" },
    note: { type: "string", default: "" },
    /** A folder where the jackknifed tags are kept between runs with the same data and settings. */
    cache: { type: "string" },
    /** Treebanks the parser alone learns from (a neighbour language's trees), with their gold tags: the tagger, features and lemmas never see them. */
    "parser-extra": { type: "string" },
  },
});
if (!values.lang || !values.train || !values.dev || !values.out) {
  console.error("usage: train:syntax -- --lang pt --train A.conllu,B.conllu --dev C.conllu --out data/models/pt.syntax.gz");
  process.exit(2);
}
const log = (s: string) => console.error(s);
const read = (files: string): ConlluSentence[] =>
  files.split(",").flatMap((f) => readConllu(readFileSync(f, "utf8")).filter((s) => s.words.length > 0 && s.words.every((w) => w.head >= 0)));

const started = Date.now();
// "--dev holdout:N" holds every Nth training sentence out as the dev set, for treebanks whose own
// dev split must be trained on (Spanish: AnCora's train split is in no snapshot).
// "--dev none" keeps the last epoch, for a final model trained on every sentence once a held-out run
// has said how many epochs to take.
const holdout = /^holdout:(\d+)$/.exec(values.dev)?.[1];
const all = read(values.train);
const train = holdout ? all.filter((_, i) => i % Number(holdout) !== Number(holdout) - 1) : all;
const dev = values.dev === "none" ? [] : holdout ? all.filter((_, i) => i % Number(holdout) === Number(holdout) - 1) : read(values.dev);
const random = rng(Number(values.seed));
const tagEpochs = Number(values["tagger-epochs"]);
log(`${values.lang}: ${train.length} training sentences, ${dev.length} dev sentences`);

const tagLex = taggerLexicon(train);
const morphLex = morphLexicon(train);
const lemmaLex = lemmaLexicon(train);
const extra = values["parser-extra"] ? read(values["parser-extra"]) : [];
const parserLex = parserLexicon([...train, ...extra]);
const exs = examples(train, morphLex, lemmaLex, parserLex);
log(`lexicons: ${morphLex.bundles.length} feature bundles, ${lemmaLex.scripts.length} lemma scripts, ${parserLex.labels.length} relations`);

const tagger = trainTagger(exs, tagLex, tagEpochs, random, log);
const morph = trainMorph(exs, morphLex, tagEpochs, random, log);
const lemmatizer = trainLemmatizer(exs, lemmaLex, Math.max(4, tagEpochs - 2), random, log);
const tagged = cachedJackknife();
const extraExs = examples(extra, morphLex, lemmaLex, parserLex);
const inputs = [...exs.map((ex, i) => parserInputs(ex, tagged[i]!.tags, tagged[i]!.bundles)), ...extraExs.map((ex) => parserInputs(ex, ex.tags, ex.bundles))];
if (extra.length) log(`parser also learns from ${extra.length} sentences of ${values["parser-extra"]}`);

/** The jackknifed tags, from the cache when a run with the same data and settings made them. */
function cachedJackknife(): { tags: Uint8Array; bundles: Uint16Array }[] {
  const key = createHash("sha256").update(JSON.stringify([values.train, values.dev, values.seed, values.folds, tagEpochs])).update(train.map((s) => s.words.map((w) => w.form).join(" ")).join("\n")).digest("hex").slice(0, 16);
  const file = values.cache ? join(values.cache, `jackknife-${key}.json`) : undefined;
  if (file && existsSync(file)) {
    log(`jackknifed tags from ${file}`);
    // Keep the random sequence where a run that computed them would leave it.
    const cached = JSON.parse(readFileSync(file, "utf8")) as { tags: number[][]; bundles: number[][]; draws: number };
    for (let i = 0; i < cached.draws; i++) random();
    return exs.map((_, i) => ({ tags: Uint8Array.from(cached.tags[i]!), bundles: Uint16Array.from(cached.bundles[i]!) }));
  }
  let draws = 0;
  const counted = () => {
    draws++;
    return random();
  };
  const out = jackknife(exs, tagLex, morphLex, Number(values.folds), tagEpochs, counted, log);
  if (file) writeFileSync(file, JSON.stringify({ tags: out.map((x) => [...x.tags]), bundles: out.map((x) => [...x.bundles]), draws }));
  return out;
}
const tokenization = learnTokenization(train);

const info = {
  language: values.lang,
  training: {
    train: values.train.split(",").map((f) => basename(f)),
    dev: holdout || values.dev === "none" ? values.dev : basename(values.dev),
    sentences: train.length,
    words: exs.reduce((n, e) => n + e.atoms.n, 0),
    seed: Number(values.seed),
    taggerEpochs: tagEpochs,
    folds: Number(values.folds),
    explore: Number(values.explore),
    note: values.note,
    ...(extra.length ? { parserExtra: values["parser-extra"]!.split(",").map((f) => basename(f)), parserExtraSentences: extra.length } : {}),
  } as Record<string, unknown>,
};
const assemble = (parser: ReturnType<typeof trainTagger>) =>
  new SyntaxModel({
    info,
    tagger: { model: tagger, lex: tagLex },
    morph: { model: morph, lex: morphLex },
    lemmatizer: { model: lemmatizer, lex: lemmaLex },
    parser: { model: parser, lex: parserLex },
    tokenization,
  });

const parser = trainParser(
  [...exs, ...extraExs],
  inputs,
  parserLex,
  {
    epochs: Number(values["parser-epochs"]),
    explore: Number(values.explore),
    onEpoch: (m, epoch) => {
      if (!dev.length) return epoch;
      const candidate = assemble(m);
      return evaluate(dev, (forms) => candidate.analyse(forms)).las;
    },
  },
  random,
  log,
);
const model = assemble(parser);
const scores = evaluate(dev, (forms) => model.analyse(forms));
if (dev.length) info.training.dev_scores = { upos: scores.upos, feats: scores.feats, lemma: scores.lemma, uas: scores.uas, las: scores.las };
const file = model.save();
writeFileSync(values.out, file);
log(
  `dev: upos ${scores.upos.toFixed(4)} feats ${scores.feats.toFixed(4)} lemma ${scores.lemma.toFixed(4)} uas ${scores.uas.toFixed(4)} las ${scores.las.toFixed(4)} (full labels ${scores.lasFull.toFixed(4)}), ${Math.round(scores.tokens / scores.seconds)} tokens/s`,
);
log(`wrote ${values.out}: ${(file.length / 1e6).toFixed(2)} MB; parser ${parser.entries} weights; ${((Date.now() - started) / 60000).toFixed(1)} min`);
