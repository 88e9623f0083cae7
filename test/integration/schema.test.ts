import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { applySchema, cypherStatements } from "../../src/neo4j/schema.js";
import { SCHEMA_FILE } from "../../src/paths.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { readFileSync } from "node:fs";

describe("cypher/schema.cypher", () => {
  let driver: Driver;
  const db = () => testConfig().database;
  beforeAll(async () => {
    driver = await freshDatabase();
  });
  afterAll(() => driver.close());

  it("applies twice and leaves one constraint per label (the model's and the activity summary's)", async () => {
    const n = await applySchema(driver, db());
    expect(n).toBe(cypherStatements(readFileSync(SCHEMA_FILE, "utf8")).length);
    await applySchema(driver, db());
    const res = await driver.executeQuery("SHOW CONSTRAINTS YIELD labelsOrTypes RETURN labelsOrTypes[0] AS label ORDER BY label", {}, { database: db() });
    expect(res.records.map((r) => r.get("label"))).toEqual(
      ["ActivityMonth", "Agreement", "Document", "Event", "Organization", "Person", "Place", "Sentence", "State"],
    );
    const ft = await driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state", {}, { database: db() });
    expect(ft.records.map((r) => [r.get("name"), r.get("state")])).toEqual([["entity_names", "ONLINE"]]);
  });

  it("rejects a second State {id:'RUS'}", async () => {
    await driver.executeQuery("CREATE (:State {id:'RUS', name:'Russia'})", {}, { database: db() });
    await expect(
      driver.executeQuery("CREATE (:State {id:'RUS', name:'Rússia'})", {}, { database: db() }),
    ).rejects.toMatchObject({ code: "Neo.ClientError.Schema.ConstraintValidationFailed" });
    const count = await driver.executeQuery("MATCH (s:State {id:'RUS'}) RETURN count(s) AS c", {}, { database: db() });
    expect(count.records[0]?.get("c")).toBe(1);
  });

  it("finds a state by an alias through the full-text index", async () => {
    await driver.executeQuery("MATCH (s:State {id:'RUS'}) SET s.aliases = ['Moscovo', 'Rússia']", {}, { database: db() });
    await driver.executeQuery("CALL db.awaitIndexes(30)", {}, { database: db() });
    const r = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', 'russia') YIELD node RETURN node.id AS id",
      {},
      { database: db() },
    );
    expect(r.records.map((x) => x.get("id"))).toContain("RUS");
  });
});

describe("the Neo4j server", () => {
  it("runs with the heap its configuration names, not the JVM's default share of the machine", async () => {
    const driver = await freshDatabase();
    try {
      const db = testConfig().database;
      const setting = await driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.heap.max_size' RETURN value", {}, { database: db });
      const [, n, unit] = /^([\d.]+)\s*([KMGT]i?B)$/.exec(String(setting.records[0]?.get("value"))) ?? [];
      const configured = Number(n) * 1024 ** (1 + "KMGT".indexOf(unit![0]!));
      const jmx = await driver.executeQuery("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max", {}, { database: db });
      const max = Number(jmx.records[0]?.get("max"));
      expect(Math.abs(max - configured) / configured).toBeLessThan(0.05);
    } finally {
      await driver.close();
    }
  });

  it("runs the throughput collector, which ingests faster than G1 on two cores", async () => {
    const driver = await freshDatabase();
    try {
      const r = await driver.executeQuery("CALL dbms.queryJmx('java.lang:type=GarbageCollector,name=*') YIELD attributes RETURN attributes.Name.value AS name", {}, { database: testConfig().database });
      expect(r.records.map((x) => x.get("name")).sort()).toEqual(["PS MarkSweep", "PS Scavenge"]);
    } finally {
      await driver.close();
    }
  });
});
