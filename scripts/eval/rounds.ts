/**
 * Scores the extraction of first-contact rounds (eval/rounds/roundN: articles written with their
 * gold before the extractor ever ran on them) with the shared scorer, per article and as the
 * means docs/quality.md reports. A round is first contact only the first time it is scored; after
 * that it is kept to see what later changes do to it.
 *
 *   npx tsx scripts/eval/rounds.ts eval/rounds/round22 [eval/rounds/round23 ...] [--scorer PATH]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { extract, readArticleFile } from "../../src/extract/index.js";
import { buildSerializedGraph } from "../../src/graph/build.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { scorer: { type: "string", default: "../shared/eval/score.mjs" } } });
if (!positionals.length) {
  console.error("usage: rounds.ts ROUND_DIR [ROUND_DIR ...] [--scorer ../shared/eval/score.mjs]");
  process.exit(2);
}
if (!existsSync(values.scorer!)) {
  console.error(`rounds.ts: no scorer at ${values.scorer} (the shared folder beside the repository)`);
  process.exit(2);
}

interface Score {
  entities: { f: number };
  facts: { p: number; r: number; f: number };
  relaxedEvents: { f: number };
}
const FIGURES = ["entities F1", "facts P", "facts R", "facts F1", "relaxed events F1"];
const figures = (s: Score) => [s.entities.f, s.facts.p, s.facts.r, s.facts.f, s.relaxedEvents.f];
const line = (name: string, xs: number[]) => `${name.padEnd(44)} ${xs.map((x) => x.toFixed(3)).join("  ")}`;

const work = mkdtempSync(join(tmpdir(), "rounds-"));
const all: number[][] = [];
try {
  for (const dir of positionals) {
    const rows: number[][] = [];
    console.log(`${basename(dir)}: ${FIGURES.join(", ")}`);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
      const gold = join(dir, file.replace(/\.md$/, ".gold.json"));
      if (!existsSync(gold)) continue;
      const read = readArticleFile(join(dir, file));
      const article = read.articles[0];
      if (!article) throw new Error(`${file}: ${read.errors.map((e) => e.message).join("; ")}`);
      const pred = join(work, file.replace(/\.md$/, ".json"));
      writeFileSync(pred, JSON.stringify(buildSerializedGraph(extract(article))));
      const out = execFileSync(process.execPath, [values.scorer!, "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8" });
      const row = figures(JSON.parse(out.split("\n")[0]!) as Score);
      rows.push(row);
      console.log(line(`  ${file.replace(/\.md$/, "")}`, row));
    }
    const mean = rows[0]!.map((_, k) => rows.reduce((a, r) => a + r[k]!, 0) / rows.length);
    console.log(line(`  mean of ${rows.length}`, mean));
    all.push(...rows);
  }
  if (positionals.length > 1) console.log(line(`all ${all.length}`, all[0]!.map((_, k) => all.reduce((a, r) => a + r[k]!, 0) / all.length)));
} finally {
  rmSync(work, { recursive: true, force: true });
}
