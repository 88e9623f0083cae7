/**
 * Read-only means read-only and local, against real servers: the test Neo4j (configured as every
 * server actorgraph starts) and a second one configured as someone else's might be, with all of APOC
 * and file URLs allowed, where nothing but the plan guard stands between a query and the network.
 * Every refusal goes through the `query` command and the viewer's POST /api/cypher; a local HTTP
 * listener counts what the database server fetched (nothing).
 */
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import type { FastifyInstance } from "fastify";
import { createDriver } from "../../src/neo4j/driver.js";
import { startLocalServer, stopLocalServer } from "../../src/neo4j/localServer.js";
import { securitySettings } from "../../src/neo4j/serverSettings.js";
import { freePort } from "../../src/neo4j/throwawayServer.js";
import { buildServer } from "../../src/server/server.js";
import type { Neo4jConfig } from "../../src/config/neo4j.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { ROOT } from "../support/articles.js";

const exec = promisify(execFile);

/** The `query` command as a user runs it: exit code, and what it printed. */
async function cli(cfg: Neo4jConfig, cypher: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database };
  try {
    const r = await exec("npx", ["tsx", "src/cli/main.ts", "query", "--format", "json", "--cypher", cypher], { cwd: ROOT, env, encoding: "utf8" });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs `fn` over `items`, `n` at a time: each CLI run is a process start, and this machine has two cores. */
async function pool<T, R>(items: T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  }));
  return out;
}

let fetched = 0;
let listener: Server;
let target: string;

let permissive: { config: Neo4jConfig; home: string; driver: Driver; app: FastifyInstance };
let product: { driver: Driver; app: FastifyInstance };

beforeAll(async () => {
  // Counts every request that reaches it: the database server fetching a URL would show here.
  listener = createServer((_req, res) => {
    fetched++;
    res.end("a,b\n1,2\n");
  });
  await new Promise<void>((r) => listener.listen(0, "127.0.0.1", r));
  target = `http://127.0.0.1:${(listener.address() as { port: number }).port}/`;

  const home = mkdtempSync(join(tmpdir(), "actorgraph-permissive-neo4j-"));
  const config: Neo4jConfig = { uri: `bolt://127.0.0.1:${await freePort()}`, user: "neo4j", password: "permissive-pass-1", database: "neo4j" };
  await startLocalServer({
    config,
    home,
    httpPort: await freePort(),
    heap: "512m",
    pageCache: "64m",
    settings: { "dbms.security.procedures.allowlist": "apoc.*", "dbms.security.procedures.unrestricted": "apoc.*", "dbms.security.allow_csv_import_from_file_urls": "true" },
  });
  const pdriver = createDriver(config);
  await pdriver.executeQuery("CREATE (:State {id: 'RUS', name: 'Russia'})", {}, { database: config.database });
  permissive = { config, home, driver: pdriver, app: buildServer({ driver: pdriver, config }) };

  const driver = await freshDatabase();
  await driver.executeQuery("CREATE (:State {id: 'RUS', name: 'Russia'})", {}, { database: testConfig().database });
  product = { driver, app: buildServer({ driver, config: testConfig() }) };
}, 240_000);

afterAll(async () => {
  await permissive?.app.close();
  await permissive?.driver.close();
  if (permissive) {
    await stopLocalServer({ config: permissive.config, home: permissive.home });
    rmSync(permissive.home, { recursive: true, force: true });
  }
  await product?.app.close();
  await product?.driver.close();
  await new Promise((r) => listener?.close(r));
});

/** What must be refused, and the words the one-line refusal must name. */
const refused = (): [string, string, RegExp][] => [
  ["LOAD CSV from an http URL", `LOAD CSV FROM '${target}' AS r RETURN r LIMIT 1`, /refused: LOAD CSV/],
  ["LOAD CSV from a file URL", "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r LIMIT 1", /refused: LOAD CSV/],
  ["apoc.load", `CALL apoc.load.json('${target}') YIELD value RETURN value`, /refused: CALL apoc\.load\.json /],
  ["apoc.import", "CALL apoc.import.json('file:///etc/passwd', {}) YIELD nodes RETURN nodes", /refused: CALL apoc\.import\.json /],
  ["apoc.export", "CALL apoc.export.csv.all('graph.csv', {}) YIELD file RETURN file", /refused: CALL apoc\.export\.csv\.all /],
  ["apoc.cypher (a write hidden in dynamic Cypher)", "CALL apoc.cypher.run('CREATE (n:Hidden) RETURN n', {}) YIELD value RETURN value", /refused: CALL apoc\.cypher\.run /],
  ["apoc.cypher as a function", "RETURN apoc.cypher.runFirstColumnSingle('CREATE (n:Hidden) RETURN n', {}) AS x", /refused: the function apoc\.cypher\.runFirstColumnSingle\(\)/],
  ["apoc.periodic", "CALL apoc.periodic.iterate('MATCH (s:State) RETURN s', 'SET s.name = 1', {}) YIELD total RETURN total", /refused: CALL apoc\.periodic\.iterate /],
  ["dbms procedures", "CALL dbms.listConfig() YIELD name RETURN name", /refused: CALL dbms\.listConfig /],
  ["a write disguised by comments", "MATCH (s:State {id: 'RUS'}) /* RETURN s */ SET s.name = 'x' // read-only", /refused: this query writes/],
  ["server commands", "SHOW SETTINGS YIELD name RETURN name", /refused: SHOW SETTINGS is a server command/],
  ["terminating transactions", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /refused: TERMINATE TRANSACTIONS is a server command/],
];

async function untouched(driver: Driver, database: string): Promise<void> {
  const r = await driver.executeQuery("MATCH (s:State {id: 'RUS'}) OPTIONAL MATCH (h:Hidden) RETURN s.name AS name, count(h) AS hidden", {}, { database });
  expect(r.records[0]!.toObject()).toEqual({ name: "Russia", hidden: 0 });
  expect(fetched).toBe(0);
}

describe("on a server with all of APOC and file URLs allowed, the plan guard alone refuses", () => {
  it("the listener would see a fetch: LOAD CSV run past the guard reaches it", async () => {
    // Proves the zero below means something; the count is reset for the tests that follow.
    await permissive.driver.executeQuery(`LOAD CSV FROM '${target}' AS r RETURN r`, {}, { database: permissive.config.database });
    expect(fetched).toBe(1);
    fetched = 0;
  });

  it("each case through the viewer's POST /api/cypher, with a one-line error naming it", async () => {
    for (const [what, query, message] of refused()) {
      const r = await permissive.app.inject({ method: "POST", url: "/api/cypher", payload: { query } });
      expect(r.statusCode, what).toBe(400);
      expect(r.json().error, what).toMatch(message);
      expect(r.json().error, what).not.toContain("\n");
    }
    await untouched(permissive.driver, permissive.config.database);
  });

  it("each case through `query --cypher`: one line on stderr, nothing on stdout, exit 1", async () => {
    const runs = await pool(refused(), 3, ([, query]) => cli(permissive.config, query));
    refused().forEach(([what, , message], i) => {
      const r = runs[i]!;
      expect(r.code, what).toBe(1);
      expect(r.stdout, what).toBe("");
      expect(r.stderr.trim().split("\n"), what).toHaveLength(1);
      expect(r.stderr, what).toMatch(message);
    });
    await untouched(permissive.driver, permissive.config.database);
  }, 240_000);

  it("lets schema listing, full-text search and pure APOC through", async () => {
    const ok = [
      "RETURN apoc.coll.sum([1, 2]) AS s, apoc.text.join(['a', 'b'], '-') AS j, apoc.map.merge({a: 1}, {b: 2}) AS m",
      "CALL db.labels() YIELD label RETURN collect(label) AS labels",
      "SHOW INDEXES YIELD name RETURN count(*) AS n",
      // A string that looks like a refused call is a parameter in the plan, not a call.
      "RETURN 'apoc.load.json(' AS s // LOAD CSV",
    ];
    for (const query of ok) {
      const r = await permissive.app.inject({ method: "POST", url: "/api/cypher", payload: { query } });
      expect(r.statusCode, `${query}: ${r.body}`).toBe(200);
    }
    const r = await cli(permissive.config, ok[0]!);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ s: 3, j: "a-b", m: { a: 1, b: 2 } }]);
  }, 60_000);
});

describe("on the servers actorgraph starts", () => {
  it("runs with the security settings: pure APOC only, no file URLs, a transaction timeout and memory cap", async () => {
    const db = testConfig().database;
    const r = await product.driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value", { names: Object.keys(securitySettings("1g")) }, { database: db });
    const shown = Object.fromEntries(r.records.map((x) => [x.get("name"), x.get("value")]));
    expect(shown["dbms.security.procedures.allowlist"]).toBe(securitySettings("1g")["dbms.security.procedures.allowlist"]);
    expect(shown["dbms.security.allow_csv_import_from_file_urls"]).toBe("false");
    expect(shown["db.transaction.timeout"]).toBe("5m");
    expect(shown["db.memory.transaction.max"]).toBe("512.00MiB");
    // The server refuses on its own too, guard or no guard.
    await expect(product.driver.executeQuery(`CALL apoc.load.json('${target}') YIELD value RETURN value`, {}, { database: db })).rejects.toMatchObject({ code: "Neo.ClientError.Procedure.ProcedureNotFound" });
    await expect(product.driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", {}, { database: db })).rejects.toThrow(/allow_csv_import_from_file_urls/);
    const pure = await product.driver.executeQuery("RETURN apoc.coll.sum([1, 2]) AS s", {}, { database: db });
    expect(pure.records[0]!.get("s")).toBe(3);
  });

  it("refuses each case through the viewer and the command, in one line, and fetches nothing", async () => {
    const cases = refused();
    for (const [what, query] of cases) {
      const r = await product.app.inject({ method: "POST", url: "/api/cypher", payload: { query } });
      expect(r.statusCode, what).toBe(400);
      expect(r.json().error, what).toMatch(/^(refused: |Procedure\.ProcedureNotFound: |Statement\.SyntaxError: Unknown function)/);
      expect(r.json().error, what).not.toContain("\n");
    }
    const runs = await pool(cases.slice(0, 6), 3, ([, query]) => cli(testConfig(), query));
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0]).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n"), cases[i]![0]).toHaveLength(1);
    });
    expect(runs[0]!.stderr).toMatch(/refused: LOAD CSV/);
    expect(runs[2]!.stderr).toMatch(/no procedure with the name `apoc\.load\.json`/);
    await untouched(product.driver, testConfig().database);
  }, 240_000);
});
