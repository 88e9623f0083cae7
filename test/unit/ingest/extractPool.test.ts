import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/extract/index.js";
import { createExtractPool } from "../../../src/ingest/extractPool.js";
import { graphOf } from "../../../src/ingest/ingest.js";
import { article, ROOT } from "../../support/articles.js";
import { tempDir } from "../../support/files.js";

const corpus = readdirSync(join(ROOT, "corpus")).sort().map((f) => article(join(ROOT, "corpus", f)));

describe("extraction on worker threads", () => {
  it("gives, in the articles' order, the same graphs as extraction in this thread", async () => {
    const pool = createExtractPool({ workers: 2, chunk: 2 });
    try {
      expect(pool.workers).toBe(2);
      const out = await pool.run(corpus);
      expect(out).toHaveLength(corpus.length);
      out.forEach((o, i) => {
        if ("error" in o) throw new Error(o.error);
        expect(JSON.stringify(o.graph)).toBe(JSON.stringify(graphOf(corpus[i]!, { edgeKeys: false })));
        // The writer's copy leaves out the edge keys the extract command prints, and nothing else.
        const printed = graphOf(corpus[i]!);
        expect(printed.edges.every((e) => typeof e.key === "string")).toBe(true);
        expect(o.graph.edges.some((e) => "key" in e)).toBe(false);
        expect(o.graph.edges).toEqual(printed.edges.map(({ key: _, ...e }) => e));
      });
    } finally {
      await pool.close();
    }
  });

  it("reports an article that fails as that article's error and goes on with the others", async () => {
    const pool = createExtractPool({ workers: 2, chunk: 1 });
    try {
      const broken = { source: "broken.txt", text: undefined } as unknown as Article;
      const out = await pool.run([corpus[0]!, broken, corpus[1]!]);
      expect("graph" in out[0]!).toBe(true);
      expect("error" in out[1]! && out[1].error).toMatch(/\w/);
      expect("graph" in out[2]!).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("loads a user gazetteer in every thread, and refuses a bad one before starting", async () => {
    const dir = tempDir("ag-pool-");
    const mine = join(dir, "mine.yaml");
    writeFileSync(mine, "people:\n  - { id: jane-roe, name: Jane Roe, aliases: [Roe], offices: [{ role: Foreign Minister of Portugal, partOf: PRT }] }\n");
    const pool = createExtractPool({ workers: 2, chunk: 1, gazetteerFiles: [mine], today: "2025-08-13" });
    try {
      const text = (n: number) => ({ source: `roe-${n}`, language: "en", text: `Roe met Sergey Lavrov in Geneva on Monday ${n}.` });
      const out = await pool.run([text(1), text(2), text(3), text(4)]);
      for (const o of out) {
        if ("error" in o) throw new Error(o.error);
        expect(o.graph.nodes.find((n) => n.key === "Person:jane-roe")?.attributes?.name).toBe("Jane Roe");
      }
    } finally {
      await pool.close();
    }
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "people: [ { id: x\n");
    expect(() => createExtractPool({ workers: 2, gazetteerFiles: [bad] })).toThrow(/bad\.yaml/);
  });
});
