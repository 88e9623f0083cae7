/**
 * Ingest throughput on the generated corpus's graphs: relationships/s for the batched writer and
 * for the naive one, in the same run, against the same server.
 */
import type { Driver } from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { createDriver } from "../src/neo4j/driver.js";
import { applySchema } from "../src/neo4j/schema.js";
import { writeGraphs } from "../src/neo4j/write.js";
import { refreshActivity } from "../src/neo4j/activity.js";
import type { Neo4jConfig } from "../src/config/neo4j.js";
import { relationshipsOf } from "./extractBench.js";
import { naiveWrite } from "./naiveWriter.js";

/**
 * Articles written first, on the fresh server, before anything is compared. Its JIT compiler
 * spends the first few hundred articles compiling the write path, and a server that has been up
 * for a while has done that: the figures that compare writers are taken after it. The warm-up's
 * own rate is printed too.
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

async function relationshipCount(driver: Driver, database: string): Promise<number> {
  const r = await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS c", {}, { database });
  return Number(r.records[0]!.get("c"));
}
