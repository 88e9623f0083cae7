/**
 * The ingest pipeline: files -> articles -> extraction -> graphs -> Neo4j, with per-file errors
 * that never stop the batch.
 */
import { availableParallelism } from "node:os";
import type { Driver } from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { readArticleFile, withDefaults, type Article, type InputError } from "../extract/index.js";
import { refreshActivity } from "../neo4j/activity.js";
import { writeGraphs, addCounts, type IngestResult, type WriteCounts } from "../neo4j/write.js";
import { createExtractPool, type WorkerOutcome } from "./extractPool.js";

export { graphOf } from "./extractJob.js";

export interface IngestOptions {
  database: string;
  published?: string;
  language?: string;
  /** The day (YYYY-MM-DD) undated articles are read on: the CLI passes the day it runs. */
  today?: string;
  /** Extra gazetteer files (each extraction thread loads them). */
  gazetteerFiles?: string[];
  /** Extraction threads; by default every core for a large batch, this thread for a small one. */
  workers?: number;
  batchSize?: number;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestReport {
  articles: number;
  ok: number;
  unchanged: number;
  /** Texts already stored, from a URL their Document lacked: the URL was added (a syndicated copy). */
  syndicated: number;
  failed: number;
  errors: InputError[];
  counts: WriteCounts;
  planned: { nodes: number; relationships: number };
  seconds: number;
}

export function articlesFrom(files: string[]): { articles: Article[]; errors: InputError[]; warnings: InputError[] } {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const warnings: InputError[] = [];
  for (const f of files) {
    const r = readArticleFile(f);
    articles.push(...r.articles);
    errors.push(...r.errors);
    warnings.push(...r.warnings);
  }
  return { articles, errors, warnings };
}

/** Below this many articles, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 64;

export async function ingestArticles(driver: Driver | null, articles: Article[], inputErrors: InputError[], opts: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const report: IngestReport = {
    articles: articles.length + inputErrors.length,
    ok: 0,
    unchanged: 0,
    syndicated: 0,
    failed: inputErrors.length,
    errors: [...inputErrors],
    counts: { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 },
    planned: { nodes: 0, relationships: 0 },
    seconds: 0,
  };
  const batch = Math.max(1, opts.batchSize ?? 25);
  const workers = opts.workers ?? (articles.length >= POOL_THRESHOLD ? availableParallelism() : 1);
  const pool = createExtractPool({ workers, gazetteerFiles: opts.gazetteerFiles, today: opts.today });
  const completed = articles.map((a) => withDefaults(a, opts));
  const extractSlice = (i: number) => pool.run(completed.slice(i, i + batch));
  try {
    // The next batch is extracted while this one is written.
    let next: Promise<WorkerOutcome[]> | undefined = articles.length ? extractSlice(0) : undefined;
    for (let i = 0; i < articles.length; i += batch) {
      const outcomes = await next!;
      next = i + batch < articles.length ? extractSlice(i + batch) : undefined;
      const slice = articles.slice(i, i + batch);
      const graphs: SerializedGraph[] = [];
      const sources = new Map<string, string>();
      outcomes.forEach((o, k) => {
        const a = slice[k]!;
        if ("error" in o) {
          report.failed++;
          report.errors.push({ source: a.source, message: `extraction failed: ${o.error}` });
          return;
        }
        const g = o.graph;
        graphs.push(g);
        report.planned.nodes += g.nodes.length;
        report.planned.relationships += g.edges.length;
        const doc = g.nodes.find((n) => n.key.startsWith("Document:"))!;
        sources.set(String(doc.attributes!.id), a.source);
      });
      if (driver && !opts.dryRun && graphs.length) {
        const r: IngestResult = await writeGraphs(driver, graphs, { database: opts.database, batchSize: batch });
        report.counts = addCounts(report.counts, r.counts);
        report.ok += r.outcomes.filter((o) => o.status === "written" || o.status === "replaced").length;
        report.unchanged += r.outcomes.filter((o) => o.status === "unchanged").length;
        report.syndicated += r.outcomes.filter((o) => o.status === "syndicated").length;
        report.failed += r.failures.length;
        for (const f of r.failures) report.errors.push({ source: sources.get(f.document) ?? f.document, message: `not written: ${f.error}` });
      } else report.ok += graphs.length;
      opts.onProgress?.(Math.min(i + batch, articles.length), articles.length);
    }
    if (driver && !opts.dryRun && report.ok) await refreshActivity(driver, opts.database);
  } finally {
    await pool.close();
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
