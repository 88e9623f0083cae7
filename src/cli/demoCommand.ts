import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import { connect } from "../neo4j/driver.js";
import { applySchema } from "../neo4j/schema.js";
import { CORPUS_DIR } from "../paths.js";
import { articlesFrom, ingestArticles } from "../ingest/ingest.js";
import { expandInputs } from "./inputs.js";
import { printWarnings, summaryLine } from "./ingestCommand.js";
import { serveViewer, viewerToken, withViewerAddress } from "./viewerCommand.js";
import { checkExposure } from "../server/security.js";
import { action } from "./run.js";

export function demoCommand(program: Command): void {
  withViewerAddress(program.command("demo").description("ingest the sample corpus (corpus/) into the configured Neo4j and serve the viewer")).action(
      action(async (o: { host: string; port: string; token?: string }) => {
        // Refused before the ingest, not after it.
        checkExposure(o.host, viewerToken(o));
        const cfg = neo4jConfig();
        const driver = await connect(cfg);
        try {
          await applySchema(driver, cfg.database);
          const { files } = expandInputs([CORPUS_DIR]);
          const { articles, errors, warnings } = articlesFrom(files);
          printWarnings(warnings);
          console.log(summaryLine(await ingestArticles(driver, articles, errors, { database: cfg.database })));
        } finally {
          await driver.close();
        }
        await serveViewer(o.host, Number(o.port), viewerToken(o));
      }),
    );
}
