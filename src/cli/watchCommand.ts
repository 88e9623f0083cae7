/**
 * `watch`: the feed ingest again and again, every interval (start to start), until stopped.
 * Ctrl-C (SIGINT) or SIGTERM during a batch lets that batch finish, its state saved, and then
 * exits; between batches it exits at once; a second Ctrl-C exits at once whatever is in hand.
 */
import type { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { neo4jConfig } from "../config/neo4j.js";
import { parseDuration } from "../fetch/duration.js";
import { action, today } from "./run.js";
import { summaryLine } from "./ingestCommand.js";
import { addWebOptions, failedSources, fetchLine, fetchWeb, fetchOptions, type WebOpts } from "./webOptions.js";

interface Opts extends WebOpts {
  every: string;
  published?: string;
  language?: string;
  batch: string;
  gazetteer?: string[];
  workers?: string;
}

const clock = (d: Date) => d.toISOString().replace(/\.\d+Z$/, "Z");

export function watchCommand(program: Command): void {
  const cmd = program
    .command("watch")
    .description("ingest the new items of feeds every interval until stopped (Ctrl-C lets the batch in hand finish)")
    .option("--every <interval>", "time from the start of one batch to the start of the next: 30s, 15m, 1h, 1h30m", "15m")
    .option("--published <date>", "publication date for articles that give none (and whose feed gives none)")
    .option("--language <code>", "pt, en or es for articles that do not say (detected otherwise)")
    .option("--batch <n>", "articles per transaction", "25")
    .option("--gazetteer <file...>", "extra gazetteer YAML files")
    .option("--workers <n>", "extraction threads (default: every core for 64 articles or more)");
  addWebOptions(cmd, true).action(
    action(async (o: Opts) => {
      const every = parseDuration(o.every);
      fetchOptions(o); // the options' errors now, not at the first batch
      const cfg = neo4jConfig();
      // The driver and the extraction load when a watch starts, not for --help.
      const [{ connect }, { applySchema }, { ingestArticles }] = await Promise.all([import("../neo4j/driver.js"), import("../neo4j/schema.js"), import("../ingest/ingest.js")]);
      const driver: Driver = await connect(cfg);
      let stopping = false;
      let inBatch = false;
      let wake: (() => void) | undefined;
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopping) {
          process.stderr.write(`watch: ${signal} again: stopping now\n`);
          process.exit(130);
        }
        stopping = true;
        if (inBatch) process.stderr.write(`watch: ${signal}: finishing the batch in hand, then stopping (Ctrl-C again to stop at once)\n`);
        wake?.();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      let batches = 0;
      try {
        await applySchema(driver, cfg.database);
        while (!stopping) {
          const started = Date.now();
          batches++;
          inBatch = true;
          console.log(`watch: batch ${batches} at ${clock(new Date(started))}`);
          try {
            // --refetch is for the first batch; the later ones build on what it remembered.
            const web = await fetchWeb({ pages: [], feeds: o.feed ?? [] }, { ...o, refetch: o.refetch && batches === 1 });
            const report = await ingestArticles(driver, web.articles, web.errors, {
              database: cfg.database,
              published: o.published,
              language: o.language,
              today: today(new Date(started)),
              batchSize: Number(o.batch) || 25,
              gazetteerFiles: o.gazetteer,
              workers: o.workers ? Math.max(1, Number(o.workers) || 1) : undefined,
            });
            for (const e of report.errors) process.stderr.write(`actorgraph: ${e.source}: ${e.message}\n`);
            web.commit(failedSources(report));
            console.log(fetchLine(web.summary));
            console.log(summaryLine(report));
          } catch (err) {
            // The database or the state folder failing is one line too; the next batch may fare better.
            process.stderr.write(`actorgraph: watch: batch ${batches} failed: ${(err as Error).message.split("\n")[0]}\n`);
          } finally {
            inBatch = false;
          }
          if (stopping) break;
          const next = started + every;
          if (next > Date.now()) {
            console.log(`watch: next batch at ${clock(new Date(next))}`);
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, next - Date.now());
              wake = () => {
                clearTimeout(t);
                resolve();
              };
            });
            wake = undefined;
          }
        }
        console.log(`watch: stopped after ${batches} batch${batches === 1 ? "" : "es"}`);
        return 0;
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await driver.close();
      }
    }),
  );
}
