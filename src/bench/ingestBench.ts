/**
 * Extraction and ingest throughput on a generated corpus: articles/s and MB/s for extraction,
 * relationships/s for the batched writer and for the naive one, in the same run.
 */
import type { SerializedGraph } from "graphology-types";
import { createExtractPool } from "../ingest/extractPool.js";
import { createDriver } from "../neo4j/driver.js";
import { applySchema } from "../neo4j/schema.js";
import { resetDatabase, writeGraphs } from "../neo4j/write.js";
import type { Neo4jConfig } from "../config/neo4j.js";
import { generateCorpus } from "./corpus.js";
import { naiveWrite } from "./naiveWriter.js";

/**
 * Extraction + graph building over generated articles, in this thread and on a pool of worker
 * threads (one per core). Both run a warm-up first: a long ingest runs with its code compiled and
 * its caches filled, and that steady state is what the figure should describe.
 */
export async function benchExtraction(count: number, print: (l: string) => void): Promise<SerializedGraph[]> {
  // Warm-up articles are others than the timed ones: the caches hold the vocabulary, not the answers.
  const WARM = 500;
  const generated = generateCorpus(WARM + count);
  const warm = generated.slice(0, WARM);
  const articles = generated.slice(WARM);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const rate = (s: number) => `${(count / s).toFixed(0)} articles/s, ${(bytes / s / 1e6).toFixed(2)} MB/s`;
  const line = `${count} generated articles of ${(bytes / count / 1024).toFixed(1)} KB`;

  const single = createExtractPool({ workers: 1 });
  await single.run(warm);
  let t0 = performance.now();
  await single.run(articles);
  print(`extract (one thread): ${line} in ${((performance.now() - t0) / 1000).toFixed(2)} s = ${rate((performance.now() - t0) / 1000)} (extraction + graph building)`);

  const pool = createExtractPool({ chunk: 16 });
  try {
    await pool.run(warm);
    t0 = performance.now();
    const out = await pool.run(articles);
    const s = (performance.now() - t0) / 1000;
    print(`extract (one process, ${pool.workers} worker threads): ${line} in ${s.toFixed(2)} s = ${rate(s)} (extraction + graph building)`);
    return out.map((o, i) => {
      if ("error" in o) throw new Error(`generated article ${i}: ${o.error}`);
      return o.graph;
    });
  } finally {
    await pool.close();
  }
}

export async function benchIngest(config: Neo4jConfig, graphs: SerializedGraph[], naiveSlice: number, batchSize: number, concurrency: number, print: (l: string) => void): Promise<void> {
  const driver = createDriver(config);
  try {
    await applySchema(driver, config.database);
    // Warm the query plans on a few articles, then start from an empty graph.
    await writeGraphs(driver, graphs.slice(0, 5), { database: config.database, batchSize });
    await resetDatabase(driver, config.database);
    const rels = graphs.reduce((n, g) => n + g.edges.length, 0);
    const t0 = performance.now();
    const r = await writeGraphs(driver, graphs, { database: config.database, batchSize, concurrency });
    const s = (performance.now() - t0) / 1000;
    const stored = await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS c", {}, { database: config.database });
    const batchedRate = rels / s;
    print(`ingest (batched, ${batchSize} articles/transaction, ${concurrency} at once): ${graphs.length} articles, ${rels} relationships written in ${s.toFixed(2)} s = ${batchedRate.toFixed(0)} relationships/s (${r.failures.length} failed; ${stored.records[0]!.get("c")} relationships stored after merging)`);
    await resetDatabase(driver, config.database);
    const slice = graphs.slice(0, naiveSlice);
    const t1 = performance.now();
    const n = await naiveWrite(driver, config.database, slice);
    const s1 = (performance.now() - t1) / 1000;
    const naiveRate = n.rels / s1;
    print(`ingest (naive, one auto-commit statement per node and relationship): ${slice.length} articles, ${n.rels} relationships in ${s1.toFixed(2)} s = ${naiveRate.toFixed(0)} relationships/s`);
    print(`ingest: batched / naive = ${(batchedRate / naiveRate).toFixed(1)}x`);
    // Leave the batched graph in place for the query benchmark.
    await resetDatabase(driver, config.database);
    await writeGraphs(driver, graphs, { database: config.database, batchSize, concurrency });
  } finally {
    await driver.close();
  }
}
