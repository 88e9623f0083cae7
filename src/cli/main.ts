#!/usr/bin/env node
import { Command } from "commander";
import { neo4jCommand } from "./neo4jCommand.js";
import { extractCommand } from "./extractCommand.js";

const program = new Command("actorgraph")
  .description("Knowledge graphs of international politics from news articles, in Neo4j.")
  .showHelpAfterError();

neo4jCommand(program);
extractCommand(program);

await program.parseAsync(process.argv);
