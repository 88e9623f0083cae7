import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { MultiDirectedGraph } from "graphology";
import { createRequire } from "node:module";
import { applySchema } from "../../src/neo4j/schema.js";
import { writeGraphs } from "../../src/neo4j/write.js";
import { readGraph } from "../../src/neo4j/read.js";
import { toGexf, toGraphml, toJson, writeCsv } from "../../src/graph/serialize.js";
import { createDriver } from "../../src/neo4j/driver.js";
import { neo4jAdmin } from "../../src/neo4j/localServer.js";
import { throwawayServer } from "../../src/neo4j/throwawayServer.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { corpusGraph, seedGraph } from "../support/articles.js";

// The packages' Node builds (vitest would otherwise pick their browser builds, which want a DOM).
const require = createRequire(import.meta.url);
const { parse: parseGexf } = require("graphology-gexf/node") as typeof import("graphology-gexf");
const { parse: parseGraphml } = require("graphology-graphml/node") as typeof import("graphology-graphml");

let driver: Driver;
const db = () => testConfig().database;
let stored: MultiDirectedGraph;

beforeAll(async () => {
  driver = await freshDatabase();
  await applySchema(driver, db());
  await writeGraphs(driver, [seedGraph(), corpusGraph("armenia-azerbaiyan-paz.es.md"), corpusGraph("eu-sanctions-russia.en.md")], { database: db() });
  stored = await readGraph(driver, db());
});
afterAll(() => driver.close());

describe("export", () => {
  it("JSON is the graphology export of what Neo4j holds, keyed <Label>:<id>", () => {
    const g = JSON.parse(toJson(stored));
    expect(g.nodes.length).toBe(stored.order);
    expect(g.edges.length).toBe(stored.size);
    const putin = g.nodes.find((n: any) => n.key === "Person:Q7747");
    expect(putin.attributes.labels[0]).toBe("Person");
    expect(putin.attributes.aliases).toContain("Putin");
  });

  it("GEXF and GraphML parse back with graphology's parsers, same counts", () => {
    const gexf = parseGexf(MultiDirectedGraph, toGexf(stored));
    expect([gexf.order, gexf.size]).toEqual([stored.order, stored.size]);
    const graphml = parseGraphml(MultiDirectedGraph, toGraphml(stored));
    expect([graphml.order, graphml.size]).toEqual([stored.order, stored.size]);
    expect(graphml.getNodeAttribute("State:RUS", "name")).toBe("Russia");
  });

  it("CSV loads with neo4j-admin database import into a second local server with the same counts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ag-csv-"));
    const { command } = writeCsv(stored, join(dir, "csv"));
    expect(readFileSync(join(dir, "csv", "nodes-State.csv"), "utf8").split("\n")[0]).toMatch(/^id:ID\(State\),.*:LABEL$/);
    let output = "";
    const server = await throwawayServer({
      heap: "512m", pageCache: "256m", prefix: "ag-import-",
      beforeStart: (h) => {
        const r = neo4jAdmin(h, command);
        output = r.output;
        if (r.status !== 0) throw new Error(`neo4j-admin import failed:\n${r.output}`);
      },
    });
    try {
      expect(output).toMatch(/IMPORT DONE/);
      const second = createDriver(server.config);
      const [n] = (await second.executeQuery("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels", {}, { database: "neo4j" })).records;
      expect([n!.get("nodes"), n!.get("rels")]).toEqual([stored.order, stored.size]);
      const aid = await second.executeQuery("MATCH (e:Event {type:'AID'})-[:SOURCE]->(:State {id:'PRK'}) RETURN e.quantity AS q, e.status AS status ORDER BY q", {}, { database: "neo4j" });
      expect(aid.records.map((r) => [r.get("q"), r.get("status")])).toContainEqual([15000, "claimed"]);
      const putin = await second.executeQuery("MATCH (p:Person {id:'Q7747'}) RETURN p.aliases AS a", {}, { database: "neo4j" });
      expect(putin.records[0]!.get("a")).toContain("Putin");
      await second.close();
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
