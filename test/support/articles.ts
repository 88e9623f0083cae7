import { join } from "node:path";
import type { SerializedGraph } from "graphology-types";
import { readArticleFile, withDefaults, type Article } from "../../src/extract/index.js";
import { graphOf } from "../../src/ingest/ingest.js";

export const ROOT = join(import.meta.dirname, "..", "..");
/** The checkout's sibling that holds the seed article, its gold graph and the scorer. */
export const SHARED = join(ROOT, "..", "shared");
export const SEED = join(SHARED, "seed", "kim-putin-call.pt.txt");

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
