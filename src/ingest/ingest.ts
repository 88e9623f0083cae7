/**
 * The ingest pipeline: files -> articles -> extraction -> graphs -> Neo4j, with per-file errors
 * that never stop the batch.
 */
import type { Driver } from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { extract, readArticleFile, type Article, type Gazetteer, type InputError } from "../extract/index.js";
import { buildGraph } from "../graph/build.js";
import { writeGraphs, addCounts, type IngestResult, type WriteCounts } from "../neo4j/write.js";

export interface IngestOptions {
  database: string;
  published?: string;
  language?: string;
  gazetteer?: Gazetteer;
  batchSize?: number;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestReport {
  articles: number;
  ok: number;
  unchanged: number;
  failed: number;
  errors: InputError[];
  counts: WriteCounts;
  planned: { nodes: number; relationships: number };
  seconds: number;
}

export function articlesFrom(files: string[]): { articles: Article[]; errors: InputError[] } {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  for (const f of files) {
    const r = readArticleFile(f);
    articles.push(...r.articles);
    errors.push(...r.errors);
  }
  return { articles, errors };
}

export function graphOf(a: Article, opts: Pick<IngestOptions, "published" | "language" | "gazetteer">): SerializedGraph {
  const x = extract({ ...a, published: a.published ?? opts.published, language: a.language ?? opts.language }, { gazetteer: opts.gazetteer });
  return buildGraph(x).export() as SerializedGraph;
}

export async function ingestArticles(driver: Driver | null, articles: Article[], inputErrors: InputError[], opts: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const report: IngestReport = {
    articles: articles.length + inputErrors.length,
    ok: 0,
    unchanged: 0,
    failed: inputErrors.length,
    errors: [...inputErrors],
    counts: { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 },
    planned: { nodes: 0, relationships: 0 },
    seconds: 0,
  };
  const batch = Math.max(1, opts.batchSize ?? 25);
  for (let i = 0; i < articles.length; i += batch) {
    const slice = articles.slice(i, i + batch);
    const graphs: SerializedGraph[] = [];
    const sources = new Map<string, string>();
    for (const a of slice) {
      try {
        const g = graphOf(a, opts);
        graphs.push(g);
        report.planned.nodes += g.nodes.length;
        report.planned.relationships += g.edges.length;
        const doc = g.nodes.find((n) => n.key.startsWith("Document:"))!;
        sources.set(String(doc.attributes!.id), a.source);
      } catch (err) {
        report.failed++;
        report.errors.push({ source: a.source, message: `extraction failed: ${(err as Error).message}` });
      }
    }
    if (driver && !opts.dryRun && graphs.length) {
      const r: IngestResult = await writeGraphs(driver, graphs, { database: opts.database, batchSize: batch });
      report.counts = addCounts(report.counts, r.counts);
      report.ok += r.outcomes.filter((o) => o.status !== "unchanged").length;
      report.unchanged += r.outcomes.filter((o) => o.status === "unchanged").length;
      report.failed += r.failures.length;
      for (const f of r.failures) report.errors.push({ source: sources.get(f.document) ?? f.document, message: `not written: ${f.error}` });
    } else report.ok += graphs.length;
    opts.onProgress?.(Math.min(i + batch, articles.length), articles.length);
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
