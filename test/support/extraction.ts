/** What extraction tests share: the graph of an article file as JSON, the scorer, and short looks into an extraction. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { extract, readArticleFile, withDefaults, type Extraction } from "../../src/extract/index.js";
import { buildGraph } from "../../src/graph/build.js";
import { FIXTURES } from "./articles.js";

const SCORER = join(FIXTURES, "eval", "score.mjs");

/** An article file's graph, as the JSON export; `published` where the file does not say. */
export function graphJson(file: string, published?: string): string {
  const r = readArticleFile(file);
  expect(r.errors).toEqual([]);
  return JSON.stringify(buildGraph(extract(withDefaults(r.articles[0]!, { published }))).export());
}

/** The shared scorer's verdict (its copy in test/fixtures/eval) on a graph against a gold file. */
export function score(gold: string, graph: string) {
  const dir = mkdtempSync(join(tmpdir(), "ag-score-"));
  try {
    const pred = join(dir, "pred.json");
    writeFileSync(pred, graph);
    const out = execFileSync("node", [SCORER, "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8" });
    return JSON.parse(out.trim().split("\n")[0]!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An extraction's events of one type, in order. */
export const events = (x: Extraction, type: string) => x.events.filter((e) => e.type === type);

/** The ids of entity references, sorted: what tests compare sides by. */
export const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id).sort();
