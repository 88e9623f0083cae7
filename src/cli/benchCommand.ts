import type { Command } from "commander";
import { UserError } from "../errors.js";
import { action } from "./run.js";

interface Opts {
  articles: string;
  extractArticles: string;
  naive: string;
  batch: string;
  concurrency: string;
  queryRuns: string;
  startupRuns: string;
  viewerSizes: string;
  only?: string;
  loadRequests: string;
  loadConcurrency: string;
  loadWarmup: string;
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
    .option("--startup-runs <n>", "fresh processes per command and way of starting the CLI", "10")
    .option("--viewer-sizes <list>", "node counts of the rendering benchmark", "1000,10000,50000")
    .option("--load-requests <n>", "requests per read endpoint in the viewer's load run", "2000")
    .option("--load-warmup <n>", "requests per endpoint sent first in the load run and not counted", "500")
    .option("--load-concurrency <n>", "requests at a time in the viewer's load run", "20")
    .option("--only <parts>", "comma-separated: startup,syntax,extract,ingest,queries,viewer,load")
    .option("--heap <size>", "Neo4j heap", "1g")
    .option("--page-cache <size>", "Neo4j page cache", "1g")
    .action(
      action(async (o: Opts) => {
        // The benchmarks live outside src/ (bench/) and load only when asked for.
        // The installed package does not ship them: they need the repository's Maven-built Neo4j and dev dependencies.
        const { runBenchmarks } = await import("../../bench/index.js").catch((err: NodeJS.ErrnoException) => {
          if (err.code === "ERR_MODULE_NOT_FOUND" && /bench[\\/]index/.test(err.message)) throw new UserError("bench runs from a clone of the repository (the package does not ship the benchmarks)");
          throw err;
        });
        await runBenchmarks(
          {
            parts: new Set((o.only ?? "startup,syntax,extract,ingest,queries,viewer,load").split(",")),
            articles: Number(o.articles),
            extractArticles: Number(o.extractArticles),
            naive: Number(o.naive),
            batch: Number(o.batch),
            concurrency: Number(o.concurrency),
            queryRuns: Number(o.queryRuns),
            startupRuns: Number(o.startupRuns),
            viewerSizes: o.viewerSizes.split(",").map(Number),
            loadRequests: Number(o.loadRequests),
            loadConcurrency: Number(o.loadConcurrency),
            loadWarmup: Number(o.loadWarmup),
            heap: o.heap,
            pageCache: o.pageCache,
          },
          (line) => console.log(line),
        );
      }),
    );
}
