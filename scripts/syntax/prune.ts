/**
 * Drops a model's parser weights below a magnitude: the perceptron leaves many small weights that
 * change few decisions and cost memory reads and file size (docs/syntax.md has the trade-off).
 *
 *   npx tsx scripts/syntax/prune.ts --in MODEL --out MODEL --min 0.5 [--dev GOLD.conllu]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readConllu } from "../../src/syntax/conllu.js";
import { evaluate } from "../../src/syntax/evaluate.js";
import { SyntaxModel } from "../../src/syntax/model.js";

const { values } = parseArgs({ options: { in: { type: "string" }, out: { type: "string" }, min: { type: "string" }, dev: { type: "string" } } });
if (!values.in || !values.out || !values.min) {
  console.error("usage: prune.ts --in MODEL --out MODEL --min W [--dev GOLD.conllu]");
  process.exit(2);
}
const model = SyntaxModel.load(readFileSync(values.in), values.in);
const min = Number(values.min);
const parser = model.parts.parser.model.pruned(min);
const pruned = new SyntaxModel({
  ...model.parts,
  info: { ...model.info, training: { ...model.info.training, parserPrunedBelow: min } },
  parser: { ...model.parts.parser, model: parser },
});
const file = pruned.save();
writeFileSync(values.out, file);
console.error(`parser weights ${model.parts.parser.model.entries} -> ${parser.entries}; ${(file.length / 1e6).toFixed(2)} MB`);
if (values.dev) {
  const gold = readConllu(readFileSync(values.dev, "utf8"));
  for (const [name, m] of [["before", model], ["after", pruned]] as const) {
    const s = evaluate(gold, (f) => m.analyse(f));
    console.error(`${name}: uas ${s.uas.toFixed(4)} las ${s.las.toFixed(4)}`);
  }
}
