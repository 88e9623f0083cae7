#!/usr/bin/env node
import { Command } from "commander";
import { neo4jCommand } from "./neo4jCommand.js";

const program = new Command("actorgraph")
  .description("Knowledge graphs of international politics from news articles, in Neo4j.")
  .showHelpAfterError();

neo4jCommand(program);

await program.parseAsync(process.argv);
