import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import { CORPUS_DIR } from "../paths.js";
import { printWarnings, summaryLine } from "./ingestCommand.js";
import { serveViewer, viewerToken, withViewerAddress } from "./viewerCommand.js";
import { action, today } from "./run.js";

export function demoCommand(program: Command): void {
  withViewerAddress(program.command("demo").description("ingest the sample corpus (corpus/) into the configured Neo4j and serve the viewer")).action(
      action(async (o: { host: string; port: string; token?: string }) => {
        // Refused before the ingest, not after it.
        const { checkExposure } = await import("../server/security.js");
        checkExposure(o.host, viewerToken(o));
        const [{ connect }, { applySchema }, { articlesFrom, ingestArticles }, { expandInputs }] = await Promise.all([
          import("../neo4j/driver.js"),
          import("../neo4j/schema.js"),
          import("../ingest/ingest.js"),
          import("./inputs.js"),
        ]);
        const cfg = neo4jConfig();
        const driver = await connect(cfg);
        try {
          await applySchema(driver, cfg.database);
          const { files } = expandInputs([CORPUS_DIR]);
          const { articles, errors, warnings } = articlesFrom(files);
          printWarnings(warnings);
          console.log(summaryLine(await ingestArticles(driver, articles, errors, { database: cfg.database, today: today() })));
        } finally {
          await driver.close();
        }
        await serveViewer(o.host, Number(o.port), viewerToken(o));
      }),
    );
}
