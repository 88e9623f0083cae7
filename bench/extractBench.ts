/**
 * Extraction throughput on a generated corpus: articles/s and MB/s, extraction and graph building,
 * in this thread and on a pool of worker threads (one per core).
 */
import { availableParallelism } from "node:os";
import type { SerializedGraph } from "graphology-types";
import { createExtractPool, type ExtractPool, type WorkerOutcome } from "../src/ingest/extractPool.js";
import { generateCorpus } from "./corpus.js";

/**
 * Extraction in this thread, then on one worker thread per core. Each runs a warm-up first: a long
 * ingest runs with its code compiled and its caches filled, and that steady state is what the
 * figure should describe. Graphs are taken a
 * slice at a time and dropped, the next slice already on its way, as `ingest` takes them: keeping a
 * thousand graphs alive would time the garbage collector's walks over them, which no command does.
 */
export async function benchExtraction(count: number, print: (l: string) => void): Promise<void> {
  // Warm-up articles are others than the timed ones: the caches hold the vocabulary, not the answers.
  // Every thread warms up on as many articles as the single thread does: each worker compiles the
  // extractor on its own.
  const WARM = 500;
  const SLICE = 100;
  const threads = availableParallelism();
  const generated = generateCorpus(WARM * threads + count);
  const articles = generated.slice(WARM * threads);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const timed = async (pool: ExtractPool, what: string) => {
    try {
      await pool.run(generated.slice(0, WARM * pool.workers));
      const t0 = performance.now();
      let relationships = 0;
      let next = pool.run(articles.slice(0, SLICE));
      for (let i = 0; i < articles.length; i += SLICE) {
        const out = await next;
        if (i + SLICE < articles.length) next = pool.run(articles.slice(i + SLICE, i + 2 * SLICE));
        relationships += relationshipsOf(graphsOf(out, i));
      }
      const s = (performance.now() - t0) / 1000;
      print(`extract (${what}): ${count} generated articles of ${(bytes / count / 1024).toFixed(1)} KB (${(relationships / count).toFixed(0)} graph relationships each) in ${s.toFixed(2)} s = ${(count / s).toFixed(0)} articles/s, ${(bytes / s / 1e6).toFixed(2)} MB/s (extraction + graph building)`);
    } finally {
      await pool.close();
    }
  };
  await timed(createExtractPool({ workers: 1 }), "one thread");
  const pool = createExtractPool({ workers: threads, chunk: 16 });
  await timed(pool, `one process, ${pool.workers} worker threads`);
}

/** The generated corpus's graphs, all at once, for the ingest benchmark (not timed). */
export async function generatedGraphs(count: number): Promise<SerializedGraph[]> {
  const pool = createExtractPool({ chunk: 16 });
  try {
    return graphsOf(await pool.run(generateCorpus(count)), 0);
  } finally {
    await pool.close();
  }
}

export function graphsOf(out: WorkerOutcome[], offset: number): SerializedGraph[] {
  return out.map((o, i) => {
    if ("error" in o) throw new Error(`generated article ${offset + i}: ${o.error}`);
    return o.graph;
  });
}

export const relationshipsOf = (graphs: SerializedGraph[]) => graphs.reduce((n, g) => n + g.edges.length, 0);
