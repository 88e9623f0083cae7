import { join } from "node:path";
import type { SerializedGraph } from "graphology-types";
import { readArticleFile, withDefaults, type Article } from "../../src/extract/index.js";
import { graphOf } from "../../src/ingest/ingest.js";

export const ROOT = join(import.meta.dirname, "..", "..");
/**
 * Copies of what the shared folder beside the project holds: the seed article, its gold graph, the
 * scorer and the graph model's contract (test/fixtures/README.md says where each comes from).
 */
export const FIXTURES = join(ROOT, "test", "fixtures");
export const SEED = join(FIXTURES, "seed", "kim-putin-call.pt.txt");

export function article(path: string): Article {
  const r = readArticleFile(path);
  if (r.errors.length) throw new Error(r.errors[0]!.message);
  return r.articles[0]!;
}

export function seedGraph(): SerializedGraph {
  return graphOf(withDefaults(article(SEED), { published: "2025-08-13" }));
}

export function corpusGraph(name: string): SerializedGraph {
  return graphOf(article(join(ROOT, "corpus", name)));
}

export function textGraph(text: string, extra: Partial<Article> = {}): SerializedGraph {
  return graphOf({ source: "inline", text, language: "en", published: "2025-06-01", ...extra });
}
