import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import type { InputError } from "../extract/index.js";
import { InvalidArgumentError } from "../errors.js";
import type { IngestReport } from "../ingest/ingest.js";
import { action, today } from "./run.js";
import { isWebUrl } from "../fetch/http.js";
import { addWebOptions, failedSources, fetchLine, fetchWeb, type WebOpts } from "./webOptions.js";

interface Opts extends WebOpts {
  dryRun?: boolean;
  reset?: boolean;
  yes?: boolean;
  published?: string;
  language?: string;
  batch: string;
  gazetteer?: string[];
  workers?: string;
}

/** Inputs read all the same (a file that was not UTF-8): one line each, on stderr. */
export function printWarnings(warnings: InputError[]): void {
  for (const w of warnings) process.stderr.write(`actorgraph: warning: ${w.source}: ${w.message}\n`);
}

export function summaryLine(r: IngestReport, dryRun = false): string {
  const c = r.counts;
  const writes = dryRun
    ? `would write ${r.planned.nodes} nodes and ${r.planned.relationships} relationships (dry run, nothing written)`
    : `nodes ${c.nodesCreated} created, ${c.nodesUpdated} updated; relationships ${c.relationshipsCreated} created, ${c.relationshipsUpdated} updated`;
  const syndicated = r.syndicated ? `, ${r.syndicated} syndicated (new URL added to a stored text)` : "";
  return `ingest: ${r.ok} articles ok${r.unchanged ? `, ${r.unchanged} unchanged` : ""}${syndicated}, ${r.failed} failed; ${writes}; ${r.seconds.toFixed(2)} s`;
}

export function ingestCommand(program: Command): void {
  const cmd = program
    .command("ingest")
    .description("extract articles and write them into Neo4j (idempotent; one transaction per article batch)")
    .argument("[paths...]", "files, folders (recursive), globs, http(s) URLs of pages, or - for JSON Lines on stdin")
    .option("--dry-run", "print what would be written; write nothing")
    .option("--reset", "empty the database first (needs --yes)")
    .option("--yes", "confirm --reset")
    .option("--published <date>", "publication date for articles that do not give one")
    .option("--language <code>", "pt, en or es for articles that do not say (detected otherwise)")
    .option("--batch <n>", "articles per transaction", "25")
    .option("--gazetteer <file...>", "extra gazetteer YAML files")
    .option("--workers <n>", "extraction threads (default: every core for 64 articles or more)");
  addWebOptions(cmd).action(
      action(async (paths: string[], o: Opts) => {
        // Loaded here, not at the top: every command's module is imported for --help and --version.
        const [{ default: cliProgress }, { readStdin }, { connect }, { applySchema }, { resetDatabase }, { articlesFrom, ingestArticles }, { expandInputs }] = await Promise.all([
          import("cli-progress"),
          import("../extract/index.js"),
          import("../neo4j/driver.js"),
          import("../neo4j/schema.js"),
          import("../neo4j/write.js"),
          import("../ingest/ingest.js"),
          import("./inputs.js"),
        ]);
        if (o.reset && !o.yes) throw new InvalidArgumentError("--reset empties the whole database: add --yes to confirm.");
        if (!paths.length && !o.feed?.length) throw new InvalidArgumentError("nothing to ingest: give files, folders, URLs, - (stdin) or --feed URL...");
        const stdin = paths.includes("-") ? readStdin() : { articles: [], errors: [], warnings: [] };
        const { files, errors: pathErrors } = expandInputs(paths.filter((p) => p !== "-" && !isWebUrl(p)));
        const read = articlesFrom(files);
        printWarnings([...stdin.warnings, ...read.warnings]);
        // Pages and feeds from the web: fetched first, then ingested with the files as the same articles.
        const pages = paths.filter(isWebUrl);
        // After --reset nothing fetched before is in the database: what was remembered is ignored.
        const web = pages.length || o.feed?.length ? await fetchWeb({ pages, feeds: o.feed ?? [] }, o, o.reset) : null;
        const articles = [...stdin.articles, ...read.articles, ...(web?.articles ?? [])];
        const inputErrors = [...pathErrors, ...stdin.errors, ...read.errors, ...(web?.errors ?? [])];
        const cfg = neo4jConfig();
        const driver = o.dryRun ? null : await connect(cfg);
        const bar = process.stderr.isTTY && articles.length > 1 ? new cliProgress.SingleBar({ format: "ingest [{bar}] {value}/{total} articles | {eta_formatted} left", clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
        try {
          if (driver) {
            await applySchema(driver, cfg.database);
            if (o.reset) await resetDatabase(driver, cfg.database);
          }
          bar?.start(articles.length, 0);
          const report = await ingestArticles(driver, articles, inputErrors, {
            database: cfg.database,
            published: o.published,
            language: o.language,
            today: today(),
            batchSize: Number(o.batch) || 25,
            dryRun: o.dryRun,
            gazetteerFiles: o.gazetteer,
            workers: o.workers ? Math.max(1, Number(o.workers) || 1) : undefined,
            onProgress: (done) => bar?.update(done),
          });
          bar?.stop();
          for (const e of report.errors) process.stderr.write(`actorgraph: ${e.source}: ${e.message}\n`);
          // A dry run wrote nothing: nothing fetched is remembered as done.
          if (web && !o.dryRun) web.commit(failedSources(report));
          if (web) console.log(fetchLine(web.summary));
          console.log(summaryLine(report, o.dryRun));
          return report.failed ? 1 : 0;
        } finally {
          bar?.stop();
          await driver?.close();
        }
      }),
    );
}
