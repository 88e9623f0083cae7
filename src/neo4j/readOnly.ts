/**
 * The guard in front of every query a user types (`query --cypher`, a library query, the viewer's
 * Cypher box): the query is EXPLAINed and judged by its plan, which the server builds after comments
 * are gone, string literals are parameters and names are resolved, so neither comments nor string
 * tricks reach the verdict. Refused before anything runs: writes and schema changes (the planner's
 * query type), LOAD CSV (it makes the database server read a file or fetch a URL), procedures and
 * user-defined functions outside a short allowlist (APOC's loaders, exporters, dynamic Cypher and
 * background jobs reach files, the network or other transactions), and server commands other than
 * schema listings (SHOW SETTINGS, SHOW TRANSACTIONS, TERMINATE TRANSACTIONS...).
 */
import type { Driver, Session } from "neo4j-driver";
import { QueryRefusedError } from "../errors.js";
import { APOC_ALLOWLIST } from "./serverSettings.js";

/** The plan as the driver gives it (ResultSummary.plan). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Built-in read procedures a user may call: schema listing and full-text search. */
export const READ_PROCEDURES = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.fulltext.listAvailableAnalyzers",
];

/** Server commands that only list the schema; every other SHOW or TERMINATE is refused. */
const SCHEMA_COMMANDS = new Set(["ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions"]);

/** `apoc.coll.*` -> a test for the names it covers, as Neo4j's own allowlist setting reads it. */
const globTest = (patterns: string[]) => {
  const rx = new RegExp(`^(?:${patterns.map((p) => p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")).join("|")})$`);
  return (name: string) => rx.test(name);
};
const pureApoc = globTest(APOC_ALLOWLIST);
const readProcedure = (name: string) => READ_PROCEDURES.includes(name) || pureApoc(name);

const ALLOWED = "only schema listings, full-text search and the pure APOC families (apoc.coll, text, map, convert, date, temporal, math, agg) run here";

/** "ShowSettings" -> "SHOW SETTINGS", as the user wrote it. */
const commandName = (operator: string) => operator.replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();

/** Qualified names followed by "(" in an operator's details: the functions its expressions call. */
const CALLS = /(?<![\w.`$])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\(/g;

function* walk(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const c of plan.children ?? []) yield* walk(c);
}

/**
 * Why a plan must not run, or null. `userFunctions` are the server's functions that are not built
 * in (plugins such as APOC): built-in functions compute on values only, a plugin's may do anything.
 */
export function planRefusal(plan: PlanNode, userFunctions: ReadonlySet<string>): string | null {
  for (const op of walk(plan)) {
    const operator = op.operatorType.replace(/@.*$/, "");
    const details = typeof op.arguments?.Details === "string" ? op.arguments.Details : "";
    if (operator === "LoadCSV") return "refused: LOAD CSV makes the database server read a file or fetch a URL; only queries over the graph run here.";
    if (operator === "ProcedureCall") {
      const name = /^([\w.]+)\s*\(/.exec(details)?.[1];
      if (!name) return "refused: a procedure call whose name the plan does not show; only known read procedures run here.";
      if (!readProcedure(name)) return `refused: CALL ${name} is not allowed: ${ALLOWED}.`;
    }
    if (/^(Show|Terminate)[A-Z]/.test(operator) && !SCHEMA_COMMANDS.has(operator)) return `refused: ${commandName(operator)} is a server command, not a query over the graph; ${ALLOWED}.`;
    for (const m of details.matchAll(CALLS)) {
      const name = m[1]!;
      if (userFunctions.has(name) && !pureApoc(name)) return `refused: the function ${name}() is not allowed: ${ALLOWED}.`;
    }
  }
  return null;
}

/** The query type's refusal: the planner's own verdict on writes. */
export function typeRefusal(type: string): string | null {
  if (type === "r") return null;
  const what = type === "w" ? "writes" : type === "rw" ? "reads and writes" : type === "s" ? "changes the schema" : "is not read-only";
  return `refused: this query ${what} (query type '${type}'); only read-only queries run here.`;
}

/** The server's plugin functions, asked once per driver: they do not change while it runs. */
const userFunctionsOf = new WeakMap<Driver, Promise<Set<string>>>();

async function userFunctions(driver: Driver, session: Session): Promise<Set<string>> {
  let known = userFunctionsOf.get(driver);
  if (!known) {
    known = session.run("SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN collect(name) AS names").then((r) => new Set(r.records[0]?.get("names") as string[]));
    userFunctionsOf.set(driver, known);
    known.catch(() => userFunctionsOf.delete(driver));
  }
  return known;
}

/** EXPLAINs the query in the given session and throws a one-line QueryRefusedError when it must not run. */
export async function assertReadOnly(driver: Driver, session: Session, cypher: string, params: Record<string, unknown>): Promise<void> {
  const functions = await userFunctions(driver, session);
  const explained = await session.run(`EXPLAIN ${cypher}`, params);
  const plan = explained.summary.plan;
  const refusal = (plan ? planRefusal(plan as PlanNode, functions) : "refused: the server gave no plan for this query.") ?? typeRefusal(explained.summary.queryType);
  if (refusal) throw new QueryRefusedError(refusal);
}
