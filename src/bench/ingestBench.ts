/**
 * Extraction and ingest throughput on a generated corpus: articles/s and MB/s for extraction,
 * relationships/s for the batched writer and for the naive one, in the same run.
 */
import { availableParallelism } from "node:os";
import type { Driver } from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { createExtractPool, type ExtractPool, type WorkerOutcome } from "../ingest/extractPool.js";
import { createDriver } from "../neo4j/driver.js";
import { applySchema } from "../neo4j/schema.js";
import { writeGraphs } from "../neo4j/write.js";
import { refreshActivity } from "../neo4j/activity.js";
import type { Neo4jConfig } from "../config/neo4j.js";
import { generateCorpus } from "./corpus.js";
import { naiveWrite } from "./naiveWriter.js";

/**
 * Extraction + graph building over generated articles, in this thread and on a pool of worker
 * threads (one per core). Both run a warm-up first: a long ingest runs with its code compiled and
 * its caches filled, and that steady state is what the figure should describe. Graphs are taken a
 * slice at a time and dropped, the next slice already on its way, as `ingest` takes them: keeping a
 * thousand graphs alive would time the garbage collector's walks over them, which no command does.
 */
export async function benchExtraction(count: number, print: (l: string) => void): Promise<void> {
  // Warm-up articles are others than the timed ones: the caches hold the vocabulary, not the answers.
  // Every thread warms up on as many articles as the single thread does: each worker compiles the
  // extractor on its own, and 250 articles each left the two workers' first timed pass a third slower.
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

function graphsOf(out: WorkerOutcome[], offset: number): SerializedGraph[] {
  return out.map((o, i) => {
    if ("error" in o) throw new Error(`generated article ${offset + i}: ${o.error}`);
    return o.graph;
  });
}

/**
 * Articles written first, on the fresh server, before anything is compared. Its JIT compiler
 * spends the first few hundred articles compiling the write path (the first 200 run at about a
 * third of the later rate), and a server that has been up for a while has done that: the figures
 * that compare writers are taken after it. The warm-up's own rate is printed too.
 *
 * No writer starts from an emptied database: deleting a large graph leaves the server freeing its
 * record ids for minutes afterwards, which would be timed with whatever runs next. Each writer
 * writes articles of its own instead, into the graph the ones before it left.
 */
export const INGEST_WARM_UP = 400;

export async function benchIngest(config: Neo4jConfig, graphs: SerializedGraph[], naiveSlice: number, batchSize: number, concurrency: number, print: (l: string) => void): Promise<void> {
  const driver = createDriver(config);
  try {
    await applySchema(driver, config.database);
    const warm = graphs.slice(0, INGEST_WARM_UP);
    const naive = graphs.slice(INGEST_WARM_UP, INGEST_WARM_UP + naiveSlice);
    const timed = graphs.slice(INGEST_WARM_UP + naiveSlice);
    const tw = performance.now();
    await writeGraphs(driver, warm, { database: config.database, batchSize, concurrency });
    const sw = (performance.now() - tw) / 1000;
    print(`ingest (warm-up on the fresh server, batched): ${warm.length} other articles, ${relationshipsOf(warm)} relationships in ${sw.toFixed(2)} s = ${(relationshipsOf(warm) / sw).toFixed(0)} relationships/s`);
    const t1 = performance.now();
    const n = await naiveWrite(driver, config.database, naive);
    const s1 = (performance.now() - t1) / 1000;
    const naiveRate = n.rels / s1;
    const before = await relationshipCount(driver, config.database);
    const rels = relationshipsOf(timed);
    const t0 = performance.now();
    const r = await writeGraphs(driver, timed, { database: config.database, batchSize, concurrency });
    // The activity summary is part of what an ingest does, so its rebuild is inside the timed span.
    const t2 = performance.now();
    const months = await refreshActivity(driver, config.database);
    const refresh = (performance.now() - t2) / 1000;
    const s = (performance.now() - t0) / 1000;
    const stored = (await relationshipCount(driver, config.database)) - before;
    const batchedRate = rels / s;
    print(`ingest (batched, ${batchSize} articles/transaction, ${concurrency} at once): ${timed.length} articles, ${rels} relationships written in ${s.toFixed(2)} s = ${batchedRate.toFixed(0)} relationships/s (${r.failures.length} failed; ${stored} relationships added to the graph after merging; activity summary of ${months} months rebuilt in ${refresh.toFixed(2)} s of it)`);
    print(`ingest (naive, one auto-commit statement per node and relationship): ${naive.length} articles, ${n.rels} relationships in ${s1.toFixed(2)} s = ${naiveRate.toFixed(0)} relationships/s`);
    print(`ingest: batched / naive = ${(batchedRate / naiveRate).toFixed(1)}x`);
  } finally {
    await driver.close();
  }
}

const relationshipsOf = (graphs: SerializedGraph[]) => graphs.reduce((n, g) => n + g.edges.length, 0);

async function relationshipCount(driver: Driver, database: string): Promise<number> {
  const r = await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS c", {}, { database });
  return Number(r.records[0]!.get("c"));
}
