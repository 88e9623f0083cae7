/**
 * Trains the punctuation ranker of a syntax model (src/syntax/punctAttach.ts) and writes the model
 * with it. The ranker must learn from trees like the ones it will mend, so the training sentences
 * are parsed by models that never saw them: the sentences are cut into folds, a model is trained on
 * all folds but one with the same settings as the shipped model (scripts/syntax/train.ts, pruned
 * alike) and parses the fold left out. Fold models are kept in --cache between runs.
 *
 *   npx tsx scripts/syntax/punct.ts --model data/models/en.syntax.gz --train A.conllu,B.conllu \
 *     --parser-epochs 10 --cache DIR --out data/models/en.syntax.gz [--folds 4] [--epochs 3] [--cv 1,3,6,10]
 *
 * --train and --parser-epochs must be the shipped model's own (data/models/README.md). `--cv`
 * picks the ranker's epochs: for each count it trains on four fifths of the jackknifed sentences,
 * scores the fifth, and prints how many marks the ranker moves, mends and breaks.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { atomsOf } from "../../src/syntax/atoms.js";
import { readConllu, writeConllu, type ConlluSentence } from "../../src/syntax/conllu.js";
import { PerceptronTrainer } from "../../src/syntax/linear.js";
import { SyntaxModel } from "../../src/syntax/model.js";
import { labelMap, PAIRED_MARKS, punctCandidates, punctTree, type PunctCandidate } from "../../src/syntax/punctAttach.js";

const { values } = parseArgs({
  options: {
    model: { type: "string" },
    train: { type: "string" },
    "parser-epochs": { type: "string" },
    cache: { type: "string" },
    out: { type: "string" },
    folds: { type: "string", default: "4" },
    epochs: { type: "string", default: "3" },
    cv: { type: "string" },
  },
});
if (!values.model || !values.train || !values["parser-epochs"] || !values.cache || !values.out) {
  console.error("usage: punct.ts --model M --train A.conllu[,B.conllu] --parser-epochs N --cache DIR --out M [--folds 4] [--epochs 10]");
  process.exit(2);
}
const log = (s: string) => console.error(s);
const model = SyntaxModel.load(readFileSync(values.model), values.model);
const training = model.info.training as { seed?: number; taggerEpochs?: number; explore?: number; folds?: number; parserPrunedBelow?: number };
const sentences: ConlluSentence[] = values.train
  .split(",")
  .flatMap((f) => readConllu(readFileSync(f, "utf8")).filter((s) => s.words.length > 0 && s.words.every((w) => w.head >= 0)));
const folds = Number(values.folds);
mkdirSync(values.cache, { recursive: true });

/** A model trained on every fold but k, pruned as the shipped one is. */
function foldModel(k: number): SyntaxModel {
  const file = join(values.cache!, `fold${k}-of-${folds}.gz`);
  if (!existsSync(file)) {
    const input = join(values.cache!, `fold${k}-of-${folds}-train.conllu`);
    writeFileSync(input, writeConllu(sentences.filter((_, i) => i % folds !== k)));
    const args = ["--lang", model.info.language, "--train", input, "--dev", "none", "--out", file, "--parser-epochs", values["parser-epochs"]!];
    for (const [flag, v] of [["--seed", training.seed], ["--tagger-epochs", training.taggerEpochs], ["--explore", training.explore], ["--folds", training.folds]] as const) {
      if (v !== undefined) args.push(flag, String(v));
    }
    log(`fold ${k + 1}/${folds}: training`);
    execFileSync(process.execPath, ["--import", "tsx", "--max-old-space-size=14000", join(import.meta.dirname, "train.ts"), ...args], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const m = SyntaxModel.load(readFileSync(file), file);
  const min = training.parserPrunedBelow;
  return min === undefined ? m : new SyntaxModel({ ...m.parts, parser: { ...m.parts.parser, model: m.parts.parser.model.pruned(min) } });
}

// Tags and labels are numbered as the shipped model numbers them, which is how the ranker will read them.
const tagNames = model.parts.tagger.lex.tags;
const labels = model.parts.parser.lex.labels;
const punctTag = tagNames.indexOf("PUNCT");
const labelNumbers = labelMap(labels);
interface Example {
  gold: PunctCandidate;
  all: PunctCandidate[];
  parser: number;
  sentence: number;
}
const examples: Example[] = [];
let marks = 0;
let parserRight = 0;
for (let k = 0; k < folds; k++) {
  const m = foldModel(k);
  sentences.forEach((s, i) => {
    if (i % folds !== k) return;
    const forms = s.words.map((w) => w.form);
    const words = m.analyse(forms);
    const head = Int32Array.from([0, ...words.map((w) => w.head)]);
    const label = Int16Array.from([0, ...words.map((w) => Math.max(0, labels.indexOf(w.deprel)))]);
    const tags = Uint8Array.from(words, (w) => tagNames.indexOf(w.upos));
    const tree = punctTree(labelNumbers, atomsOf(forms), tags, head, label, punctTag);
    s.words.forEach((w, j) => {
      if (tags[j] !== punctTag || PAIRED_MARKS.has(w.form)) return;
      marks++;
      if (head[j + 1] === w.head) parserRight++;
      const all = punctCandidates(tree, j + 1, head[j + 1]!);
      const gold = all.find((c) => c.head === w.head);
      if (gold && all.length > 1) examples.push({ gold, all, parser: head[j + 1]!, sentence: i });
    });
  });
}
log(`${marks} unpaired marks in jackknifed parses, the parser right on ${(parserRight / marks).toFixed(4)}, the right head among two or more candidates for ${(examples.length / marks).toFixed(4)}`);

/** The ranker trained on `data` for `epochs` passes, in an order fixed by the seed. */
function train(data: Example[], epochs: number, onEpoch?: (e: number, right: number) => void): PerceptronTrainer {
  const trainer = new PerceptronTrainer(1);
  const scores = new Float64Array(1);
  const order = [...data];
  let state = 1;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let right = 0;
    for (const x of order) {
      let best = x.all[0]!;
      let bestScore = -Infinity;
      for (const c of x.all) {
        trainer.score(c.features, c.n, scores);
        if (scores[0]! > bestScore) {
          bestScore = scores[0]!;
          best = c;
        }
      }
      if (best === x.gold) {
        right++;
        trainer.time++;
      } else trainer.rank(x.gold.features, x.gold.n, best.features, best.n);
    }
    onEpoch?.(e, right);
  }
  return trainer;
}

if (values.cv) {
  for (const epochs of values.cv.split(",").map(Number)) {
    let moved = 0;
    let mended = 0;
    let broken = 0;
    for (let f = 0; f < 5; f++) {
      const model = train(examples.filter((x) => x.sentence % 5 !== f), epochs).compile();
      const score = new Int32Array(1);
      for (const x of examples.filter((x) => x.sentence % 5 === f)) {
        let best = -1;
        let bestScore = -Infinity;
        for (const c of x.all) {
          score[0] = 0;
          model.score(c.features, c.n, score);
          if (score[0]! > bestScore || (score[0] === bestScore && c.head === x.parser)) [best, bestScore] = [c.head, score[0]!];
        }
        if (best === x.parser) continue;
        moved++;
        if (best === x.gold.head) mended++;
        if (x.parser === x.gold.head) broken++;
      }
    }
    log(`cv, ${epochs} epochs: ${moved} marks moved, ${mended} mended, ${broken} broken: ${(((mended - broken) / marks) * 100).toFixed(2)} points of the marks`);
  }
}

const epochs = Number(values.epochs);
const trainer = train(examples, epochs, (e, right) => log(`epoch ${e}: ${(right / examples.length).toFixed(4)} of training marks right`));
const punct = trainer.compile();
const out = new SyntaxModel({
  ...model.parts,
  info: { ...model.info, training: { ...model.info.training, punct: { folds, epochs, marks, parserRightOnFolds: Number((parserRight / marks).toFixed(4)) } } },
  punct,
});
writeFileSync(values.out, out.save());
log(`punctuation ranker: ${punct.rowCount} features -> ${values.out}`);
