#!/usr/bin/env node
// Every command's module is imported here, for --help: each loads what its work needs (the
// extraction, the driver, the server) only when it runs, so that --version, --help and
// `query --list` start in a fraction of a second.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { REPO_ROOT } from "../paths.js";
import { neo4jCommand } from "./neo4jCommand.js";
import { extractCommand } from "./extractCommand.js";
import { ingestCommand } from "./ingestCommand.js";
import { exportCommand } from "./exportCommand.js";
import { benchCommand } from "./benchCommand.js";
import { queryCommand } from "./queryCommand.js";
import { viewerCommand } from "./viewerCommand.js";
import { demoCommand } from "./demoCommand.js";
import { parseCommand } from "./parseCommand.js";
import { watchCommand } from "./watchCommand.js";

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const program = new Command("actorgraph")
  .description("Knowledge graphs of international politics from news articles, in Neo4j.")
  .version((JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version)
  .showHelpAfterError();

neo4jCommand(program);
extractCommand(program);
ingestCommand(program);
watchCommand(program);
exportCommand(program);
queryCommand(program);
viewerCommand(program);
demoCommand(program);
parseCommand(program);
benchCommand(program);

await program.parseAsync(process.argv);
