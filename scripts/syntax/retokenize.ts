/**
 * Re-learns a model's tokenization rules from its training treebank and writes the model back with
 * them, leaving the tagger, lemmatizer and parser as they are: they are trained on the treebank's
 * own words, so which surface tokens split into several words does not change them.
 *
 *   npx tsx scripts/syntax/retokenize.ts --in MODEL --train A.conllu[,B.conllu] --out MODEL
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readConllu } from "../../src/syntax/conllu.js";
import { SyntaxModel } from "../../src/syntax/model.js";
import { learnTokenization } from "../../src/syntax/tokenize.js";

const { values } = parseArgs({ options: { in: { type: "string" }, out: { type: "string" }, train: { type: "string" } } });
if (!values.in || !values.out || !values.train) {
  console.error("usage: retokenize.ts --in MODEL --train A.conllu[,B.conllu] --out MODEL");
  process.exit(2);
}
const model = SyntaxModel.load(readFileSync(values.in), values.in);
const train = values.train.split(",").flatMap((f) => readConllu(readFileSync(f, "utf8")));
const before = model.tokenization;
const after = learnTokenization(train);
const hosts = (t: typeof before) => t.suffixes.reduce((n, r) => n + (r.hosts?.length ?? 0), 0);
const file = new SyntaxModel({ ...model.parts, tokenization: after }).save();
writeFileSync(values.out, file);
console.error(`suffix rules ${before.suffixes.length} -> ${after.suffixes.length}, bare-suffix host endings ${hosts(before)} -> ${hosts(after)}, fused forms ${before.fused.length} -> ${after.fused.length}; ${(file.length / 1e6).toFixed(2)} MB`);
