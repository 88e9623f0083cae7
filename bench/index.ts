/**
 * `actorgraph bench`: figures on generated data, against a throwaway Neo4j and headless Chromium.
 * It prints what it measures and asserts nothing.
 */
import { createDriver } from "../src/neo4j/driver.js";
import { throwawayServer } from "../src/neo4j/throwawayServer.js";
import { resetDatabase } from "../src/neo4j/write.js";
import { benchExtraction, generatedGraphs } from "./extractBench.js";
import { benchIngest, INGEST_WARM_UP } from "./ingestBench.js";
import { benchQueries } from "./queryBench.js";
import { benchStartup } from "./startupBench.js";
import { benchSyntax } from "./syntaxBench.js";
import { benchViewer } from "./viewerBench.js";
import { benchViewerLoad } from "./viewerLoad.js";

export interface BenchOptions {
  parts: ReadonlySet<string>;
  /** Generated articles for the ingest benchmark (its warm-up and the naive writer's come on top). */
  articles: number;
  extractArticles: number;
  naive: number;
  batch: number;
  concurrency: number;
  queryRuns: number;
  /** Fresh processes per way of starting the CLI, for each command timed. */
  startupRuns: number;
  viewerSizes: number[];
  /** Requests per read endpoint in the viewer's load run, and how many at a time. */
  loadRequests: number;
  loadConcurrency: number;
  loadWarmup: number;
  heap: string;
  pageCache: string;
}

export async function runBenchmarks(o: BenchOptions, print: (line: string) => void): Promise<void> {
  if (o.parts.has("startup")) await benchStartup(o.startupRuns, print);
  if (o.parts.has("syntax")) await benchSyntax(Math.min(o.extractArticles, 300), print);
  if (o.parts.has("extract")) await benchExtraction(o.extractArticles, print);
  if (o.parts.has("viewer")) await benchViewer(o.viewerSizes, print);
  if (!o.parts.has("ingest") && !o.parts.has("queries") && !o.parts.has("load")) return;
  const server = await throwawayServer({ heap: o.heap, pageCache: o.pageCache });
  print(`neo4j: throwaway Community server at ${server.config.uri}, heap ${server.heap}, page cache ${server.pageCache}`);
  try {
    // First, on the demo graph (the sample corpus), which is then emptied for the generated one.
    if (o.parts.has("load")) {
      await benchViewerLoad(server.config, { requests: o.loadRequests, concurrency: o.loadConcurrency, warmup: o.loadWarmup }, print);
      const driver = createDriver(server.config);
      await resetDatabase(driver, server.config.database).finally(() => driver.close());
    }
    if (!o.parts.has("ingest") && !o.parts.has("queries")) return;
    // The queries run on the graph the ingest benchmark leaves.
    const graphs = await generatedGraphs(INGEST_WARM_UP + o.naive + o.articles);
    await benchIngest(server.config, graphs, o.naive, o.batch, o.concurrency, print);
    if (o.parts.has("queries")) {
      const driver = createDriver(server.config);
      try {
        await benchQueries(driver, server.config.database, o.queryRuns, print);
      } finally {
        await driver.close();
      }
    }
  } finally {
    await server.stop();
  }
}
