/**
 * Extraction and ingest throughput on a generated corpus: articles/s and MB/s for extraction,
 * relationships/s for the batched writer and for the naive one, in the same run.
 */
import type { SerializedGraph } from "graphology-types";
import { extract } from "../extract/index.js";
import { buildGraph } from "../graph/build.js";
import { createDriver } from "../neo4j/driver.js";
import { applySchema } from "../neo4j/schema.js";
import { resetDatabase, writeGraphs } from "../neo4j/write.js";
import type { Neo4jConfig } from "../config/neo4j.js";
import { generateCorpus } from "./corpus.js";
import { naiveWrite } from "./naiveWriter.js";

export function benchExtraction(count: number, print: (l: string) => void): SerializedGraph[] {
  const articles = generateCorpus(count);
  extract(articles[0]!); // load lexicons and gazetteer outside the timing
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const t0 = performance.now();
  const graphs = articles.map((a) => buildGraph(extract(a)).export() as SerializedGraph);
  const s = (performance.now() - t0) / 1000;
  print(`extract: ${count} generated articles of ${(bytes / count / 1024).toFixed(1)} KB in ${s.toFixed(2)} s = ${(count / s).toFixed(0)} articles/s, ${(bytes / s / 1e6).toFixed(2)} MB/s (one process, extraction + graph building)`);
  return graphs;
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
