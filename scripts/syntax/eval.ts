/**
 * Scores a model file (not necessarily the shipped one) on gold CoNLL-U files, parsing their own words:
 *
 *   npx tsx scripts/syntax/eval.ts --model pt.gz --gold dev.conllu[,test.conllu] [--digest]
 *
 * `--digest` also prints a hash of every predicted word, to check that a change meant to be
 * faster leaves the outputs as they were.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { readConllu } from "../../src/syntax/conllu.js";
import { evaluate } from "../../src/syntax/evaluate.js";
import { SyntaxModel } from "../../src/syntax/model.js";

const { values } = parseArgs({ options: { model: { type: "string" }, gold: { type: "string" }, digest: { type: "boolean", default: false } } });
if (!values.model || !values.gold) {
  console.error("usage: eval.ts --model MODEL --gold A.conllu[,B.conllu] [--digest]");
  process.exit(2);
}
const t0 = performance.now();
const model = SyntaxModel.load(readFileSync(values.model), values.model);
const loadMs = performance.now() - t0;
console.log(`${basename(values.model)}: loaded in ${Math.round(loadMs)} ms`);
for (const file of values.gold.split(",")) {
  const gold = readConllu(readFileSync(file, "utf8"));
  const digest = createHash("sha256");
  const s = evaluate(gold, (forms) => {
    const words = model.analyse(forms);
    if (values.digest) for (const w of words) digest.update(`${w.lemma}\t${w.upos}\t${w.feats}\t${w.head}\t${w.deprel}\n`);
    return words;
  });
  const f = (x: number) => x.toFixed(4);
  console.log(
    `${basename(file)}: upos ${f(s.upos)} feats ${f(s.feats)} lemma ${f(s.lemma)} uas ${f(s.uas)} las ${f(s.las)} tokens ${s.tokens} tokens/s ${Math.round(s.tokens / s.seconds)}${values.digest ? ` digest ${digest.digest("hex").slice(0, 16)}` : ""}`,
  );
}
