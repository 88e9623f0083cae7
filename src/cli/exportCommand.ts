import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import { InvalidArgumentError } from "../errors.js";
import { action } from "./run.js";

const FORMATS = ["json", "graphml", "gexf", "csv"];

export function exportCommand(program: Command): void {
  program
    .command("export")
    .description("write the graph stored in Neo4j as graphology JSON, GraphML, GEXF or neo4j-admin import CSV")
    .option("--format <format>", FORMATS.join("|"), "json")
    .option("--out <dir>", "folder to write into (json/graphml/gexf print to stdout without it)")
    .action(
      action(async (o: { format: string; out?: string }) => {
        if (!FORMATS.includes(o.format)) throw new InvalidArgumentError(`--format must be one of ${FORMATS.join(", ")}, not '${o.format}'`);
        if (o.format === "csv" && !o.out) throw new InvalidArgumentError("--format csv writes one file per label and type: give --out DIR");
        // Loaded here, not at the top: every command's module is imported for --help and --version.
        const [{ toGexf, toGraphml, toJson, writeCsv }, { connect }, { readGraph }] = await Promise.all([
          import("../graph/serialize.js"),
          import("../neo4j/driver.js"),
          import("../neo4j/read.js"),
        ]);
        const cfg = neo4jConfig();
        const driver = await connect(cfg);
        try {
          const g = await readGraph(driver, cfg.database);
          const out = o.out ? resolve(process.env.INIT_CWD ?? ".", o.out) : undefined;
          if (o.format === "csv") {
            const r = writeCsv(g, out!);
            console.log(`export: ${g.order} nodes, ${g.size} relationships -> ${r.files.length} CSV files in ${out} (the neo4j-admin import command is in import-command.txt)`);
            return;
          }
          const text = o.format === "json" ? toJson(g) : o.format === "gexf" ? toGexf(g) : toGraphml(g);
          if (!out) process.stdout.write(text);
          else {
            mkdirSync(out, { recursive: true });
            const file = join(out, `actorgraph.${o.format === "json" ? "json" : o.format}`);
            writeFileSync(file, text);
            console.log(`export: ${g.order} nodes, ${g.size} relationships -> ${file}`);
          }
        } finally {
          await driver.close();
        }
      }),
    );
}
