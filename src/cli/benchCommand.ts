import type { Command } from "commander";
import { benchExtraction, benchIngest, generatedGraphs, INGEST_WARM_UP } from "../bench/ingestBench.js";
import { throwawayServer } from "../bench/throwawayServer.js";
import { benchQueries } from "../bench/queryBench.js";
import { benchViewer } from "../bench/viewerBench.js";
import { createDriver } from "../neo4j/driver.js";
import { action } from "./run.js";

interface Opts {
  articles: string;
  extractArticles: string;
  naive: string;
  batch: string;
  concurrency: string;
  queryRuns: string;
  viewerSizes: string;
  only?: string;
  heap: string;
  pageCache: string;
}

export function benchCommand(program: Command): void {
  program
    .command("bench")
    .description("benchmarks on generated data, against a throwaway local Neo4j (prints figures, asserts nothing)")
    .option("--articles <n>", "generated articles for the ingest benchmark", "2000")
    .option("--extract-articles <n>", "generated articles for the extraction benchmark", "1000")
    .option("--naive <n>", "articles for the naive writer", "40")
    .option("--batch <n>", "articles per transaction", "50")
    .option("--concurrency <n>", "transactions at once (two contend for the locks of the same hot entities)", "1")
    .option("--query-runs <n>", "timed runs of each library query", "30")
    .option("--viewer-sizes <list>", "node counts of the rendering benchmark", "1000,10000,50000")
    .option("--only <parts>", "comma-separated: extract,ingest,queries,viewer")
    .option("--heap <size>", "Neo4j heap", "1g")
    .option("--page-cache <size>", "Neo4j page cache", "1g")
    .action(
      action(async (o: Opts) => {
        const parts = new Set((o.only ?? "extract,ingest,queries,viewer").split(","));
        const print = (l: string) => console.log(l);
        if (parts.has("extract")) await benchExtraction(Number(o.extractArticles), print);
        if (parts.has("viewer")) await benchViewer(o.viewerSizes.split(",").map(Number), print);
        if (!parts.has("ingest") && !parts.has("queries")) return;
        const server = await throwawayServer(o.heap, o.pageCache);
        print(`neo4j: throwaway Community server at ${server.config.uri}, heap ${server.heap}, page cache ${server.pageCache}`);
        try {
          if (parts.has("ingest") || parts.has("queries")) {
            const graphs = await generatedGraphs(INGEST_WARM_UP + Number(o.naive) + Number(o.articles));
            await benchIngest(server.config, graphs, Number(o.naive), Number(o.batch), Number(o.concurrency), print);
          }
          if (parts.has("queries")) {
            const driver = createDriver(server.config);
            try {
              await benchQueries(driver, server.config.database, Number(o.queryRuns), print);
            } finally {
              await driver.close();
            }
          }
        } finally {
          await server.stop();
        }
      }),
    );
}
