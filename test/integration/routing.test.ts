/**
 * `NEO4J_URI=neo4j://...` (a cluster, Aura with neo4j+s://) against the test server: the driver asks
 * the server for its routing table and sends writes to the leader it names, reads to a reader.
 * Ingest, the activity summary, the schema, the reset and the library queries all go through it.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../../src/config/neo4j.js";
import { createDriver } from "../../src/neo4j/driver.js";
import { applySchema } from "../../src/neo4j/schema.js";
import { resetDatabase } from "../../src/neo4j/write.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { ROOT } from "../support/articles.js";

/** The test server's address with the routing scheme: same host and port, bolt:// -> neo4j://. */
function routed(): Neo4jConfig {
  const cfg = testConfig();
  return { ...cfg, uri: cfg.uri.replace(/^bolt(\+s|\+ssc)?:/, "neo4j$1:") };
}

/** host:port of the test server. */
const address = () => new URL(testConfig().uri.replace(/^bolt(\+s|\+ssc)?:/, "http:")).host;

function cli(args: string[], cfg: Neo4jConfig): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("NEO4J_URI with neo4j:// (routing)", () => {
  let bolt: Driver;
  let driver: Driver;
  const db = () => testConfig().database;
  beforeAll(async () => {
    bolt = await freshDatabase();
    driver = createDriver(routed());
  });
  afterAll(async () => {
    await driver?.close();
    await bolt?.close();
  });

  it("gets a routing table from the server that names its own address", async () => {
    expect(routed().uri).toMatch(/^neo4j:\/\//);
    await driver.verifyConnectivity({ database: db() });
    const table = await bolt.executeQuery("CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers", { db: db() }, { database: db() });
    const servers = table.records[0]!.get("servers") as { role: string; addresses: string[] }[];
    for (const role of ["WRITE", "READ", "ROUTE"]) expect(servers.find((s) => s.role === role)?.addresses, role).toEqual([address()]);
    // The routed driver's writes and reads reach that address.
    const w = await driver.executeQuery("RETURN 1", {}, { database: db(), routing: "WRITE" });
    const r = await driver.executeQuery("RETURN 1", {}, { database: db(), routing: "READ" });
    expect([w.summary.server.address, r.summary.server.address]).toEqual([address(), address()]);
  });

  it("ingests through neo4j:// and answers library queries through it", async () => {
    const cfg = routed();
    const ingest = await cli(["ingest", "corpus/kim-putin-call.pt.md", "corpus/lula-visita-china.pt.md", "corpus/japan-china-senkaku.en.md"], cfg);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/^ingest: 3 articles ok, 0 failed; nodes [1-9]\d* created/m);
    // What the routed writes left is what a direct connection reads.
    const docs = await bolt.executeQuery("MATCH (d:Document) RETURN count(d) AS n", {}, { database: db() });
    expect(docs.records[0]!.get("n")).toBe(3);
    const months = await bolt.executeQuery("MATCH (m:ActivityMonth) RETURN count(m) AS all, count(CASE WHEN m.dirty THEN 1 END) AS dirty", {}, { database: db() });
    expect(months.records[0]!.get("all")).toBeGreaterThan(0);
    expect(months.records[0]!.get("dirty")).toBe(0);

    const profile = await cli(["query", "actor-profile", "--param", "actor=Putin", "--format", "json"], cfg);
    expect(profile.status, profile.stderr).toBe(0);
    const rows = JSON.parse(profile.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).toContain("Q7747");

    // A write through the query command is refused there too, whatever the scheme.
    const write = await cli(["query", "--cypher", "CREATE (x:State {id:'ZZZ'}) RETURN x"], cfg);
    expect(write.status).toBe(1);
    expect(write.stderr).toMatch(/^actorgraph: refused: /);
    const zzz = await bolt.executeQuery("MATCH (x:State {id:'ZZZ'}) RETURN count(x) AS n", {}, { database: db() });
    expect(zzz.records[0]!.get("n")).toBe(0);
  });

  it("backfills events written before the schema in batches, each its own retried transaction", async () => {
    await resetDatabase(driver, db());
    // Without the event_dyads index, the next applySchema backfills: more events than one batch
    // holds (2,000), the last of them in a month no other has.
    for (const name of ["event_dyads"]) await bolt.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database: db() });
    await bolt.executeQuery("UNWIND range(1, 2500) AS i CREATE (:Event {id: 'e' + toString(i), type: 'CONSULT', when: '2025-08-01'})", {}, { database: db() });
    await bolt.executeQuery("CREATE (:Event {id: 'zz', type: 'CONSULT', when: '2024-01-01'})", {}, { database: db() });
    await applySchema(driver, db());
    const months = await bolt.executeQuery("MATCH (m:ActivityMonth) WHERE m.dirty RETURN m.id AS id ORDER BY id", {}, { database: db() });
    expect(months.records.map((r) => r.get("id"))).toEqual(["2024-01", "2025-08"]);
  });

  it("empties the database through neo4j:// in batches of retried transactions", async () => {
    await bolt.executeQuery("UNWIND range(1, 25000) AS i CREATE (:Scratch {i: i})", {}, { database: db() });
    await resetDatabase(driver, db());
    const left = await bolt.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database: db() });
    expect(left.records[0]!.get("n")).toBe(0);
  });
});
