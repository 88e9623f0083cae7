import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import { InvalidArgumentError, NotFoundError, UserError } from "../errors.js";
import { loadLibrary } from "../neo4j/library.js";
import { formatCsv, formatTable } from "./format.js";
import { action } from "./run.js";

interface Opts {
  param: string[];
  format: string;
  list?: boolean;
  cypher?: string;
  timeout: string;
}

export function queryCommand(program: Command): void {
  program
    .command("query")
    .description("run a library query (cypher/queries/NAME.cypher) or ad-hoc Cypher, read-only")
    .argument("[name]", "library query name (see --list)")
    .option("--param <key=value>", "a parameter; names of actors resolve through aliases (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--format <format>", "table, json or csv", "table")
    .option("--list", "list the library queries with their descriptions and parameters")
    .option("--cypher <query>", "run this read-only Cypher instead of a library query")
    .option("--timeout <ms>", "query timeout", "30000")
    .action(
      action(async (name: string | undefined, o: Opts) => {
        const library = loadLibrary();
        if (o.list) {
          for (const q of library) {
            console.log(`${q.name}\n  ${q.description}\n${q.params.map((p) => `  --param ${p.name}=${JSON.stringify(p.example)}  (${p.type})`).join("\n")}${q.params.length ? "\n" : ""}  row: ${q.row}\n`);
          }
          return;
        }
        if (!["table", "json", "csv"].includes(o.format)) throw new InvalidArgumentError(`--format must be table, json or csv, not '${o.format}'`, 1);
        const q = name ? library.find((x) => x.name === name) ?? null : null;
        if (name && !q) throw new NotFoundError(`no library query '${name}' (see 'npm run query -- --list')`);
        if (!q && !o.cypher) throw new InvalidArgumentError("give a query name, --cypher \"...\", or --list", 1);
        const given: Record<string, string> = {};
        for (const p of o.param) {
          const i = p.indexOf("=");
          if (i < 1) throw new InvalidArgumentError(`--param takes key=value, not '${p}'`, 1);
          given[p.slice(0, i)] = p.slice(i + 1);
        }
        const timeoutMs = Number(o.timeout);
        if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new InvalidArgumentError(`--timeout takes milliseconds, not '${o.timeout}'`, 1);
        // The driver loads only for a query that runs: `query --list` starts without it.
        const [{ connect }, { bindParams, runReadOnly }] = await Promise.all([import("../neo4j/driver.js"), import("../neo4j/queries.js")]);
        const cfg = neo4jConfig();
        const driver = await connect(cfg);
        try {
          const params = await bindParams(driver, cfg.database, q, given);
          const r = await runReadOnly(driver, q ? q.cypher : o.cypher!, params, { database: cfg.database, timeoutMs });
          if (o.format === "json") console.log(JSON.stringify(r.rows, null, 2));
          else if (o.format === "csv") console.log(formatCsv(r.columns, r.rows));
          else console.log(`${formatTable(r.columns, r.rows)}\n(${r.rows.length} rows${r.truncated ? ", truncated" : ""}, ${r.ms.toFixed(0)} ms)`);
        } catch (err) {
          throw oneLine(err, timeoutMs);
        } finally {
          await driver.close();
        }
      }),
    );
}

/**
 * Whatever stopped a query, as one line for the user: a refusal as it is, a database error as its
 * code and first line (Neo4j's messages run on with hints), anything else by its message, never a stack.
 */
function oneLine(err: unknown, timeoutMs: number): UserError {
  if (err instanceof UserError) return err;
  const e = err as { code?: string; message?: string };
  const first = String(e.message ?? err).split("\n")[0]!.trim();
  const code = String(e.code ?? "");
  if (code.includes("TransactionTimedOut") || /terminated|timed out/i.test(first)) return new UserError(`the query took too long and was stopped (--timeout ${timeoutMs} ms): ${first}`, 2);
  return new UserError(code.startsWith("Neo.") ? `Neo4j ${code}: ${first}` : `the query failed: ${first}`, 2);
}
