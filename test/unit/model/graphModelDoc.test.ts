import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOOKUP_LABELS, NODE_LABELS } from "../../../src/model/labels.js";
import { EVENT_STATUSES, EVENT_TYPES, PLOVER, SYMMETRIC_TYPES } from "../../../src/model/plover.js";
import { RELATIONSHIP_TYPES } from "../../../src/model/relationships.js";
import { ROOT, seedGraph, corpusGraph, textGraph } from "../../support/articles.js";

/**
 * docs/graph-model.md describes the model as the code implements it: the names in its tables are
 * exactly those src/model exports, and every property the JSON export writes is listed.
 */
const doc = readFileSync(join(ROOT, "docs", "graph-model.md"), "utf8");

/** The text of a section, from its heading to the next heading of the same or a higher level. */
function section(title: string): string {
  const m = new RegExp(`^(#+) ${title}\\n([\\s\\S]*?)(?=^#{1,${3}} |(?![\\s\\S]))`, "m").exec(doc);
  if (!m) throw new Error(`docs/graph-model.md has no section '${title}'`);
  return m[2]!;
}

/** The rows of a section's table: the backticked name in the first cell, and the whole row. */
function rows(title: string): Map<string, string> {
  return new Map([...section(title).matchAll(/^\| `(\w+)` \|(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
}

const ticked = (text: string) => new Set([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

describe("docs/graph-model.md", () => {
  it("lists exactly the node labels and look-up labels of src/model", () => {
    expect([...rows("Nodes").keys()].sort()).toEqual([...NODE_LABELS].sort());
    expect([...rows("Look-up labels").keys()].sort()).toEqual([...LOOKUP_LABELS].sort());
  });

  it("lists exactly the relationship types of src/model", () => {
    expect([...rows("Relationships").keys()].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it("lists exactly PLOVER's types in order, with their modes and whether they are symmetric", () => {
    const types = rows("Event types");
    expect([...types.keys()]).toEqual(EVENT_TYPES);
    for (const [type, row] of types) {
      const [, symmetric, modes] = row.split("|").map((c) => c.trim());
      expect(symmetric, type).toBe(SYMMETRIC_TYPES.has(type) ? "yes" : "no");
      const listed = [...modes!.matchAll(/`(\w+)`/g)].map((m) => m[1]);
      expect(listed, type).toEqual([...PLOVER[type as keyof typeof PLOVER].modes]);
    }
  });

  it("names every event status", () => {
    const properties = section("Event properties");
    for (const s of EVENT_STATUSES) expect(properties).toContain(`\`${s}\``);
  });

  it("describes the activity summary under the names the schema and the writer use", () => {
    const summary = [...rows("The activity summary").keys()];
    expect(summary).toEqual(["ActivityMonth", "ACTIVE"]);
    const schema = readFileSync(join(ROOT, "cypher", "schema.cypher"), "utf8");
    const activity = readFileSync(join(ROOT, "src", "neo4j", "activity.ts"), "utf8");
    expect(schema).toContain("(n:ActivityMonth)");
    expect(activity).toContain("[:ACTIVE {");
    // Every label the schema constrains is on this page.
    for (const [, label] of schema.matchAll(/FOR \(n:(\w+)\) REQUIRE/g)) expect(doc).toContain(`\`${label}\``);
  });

  it("lists every property the JSON export writes, in the row of its label or type", () => {
    const graphs = [
      seedGraph(),
      ...["ue-mercosul-acordo.pt.md", "egypt-rafah-aid.en.md", "itaipu-brasil-paraguai.pt.md", "eu-sanctions-russia.en.md", "venezuela-expulsa-diplomaticos.es.md"].map(corpusGraph),
      textGraph("Leonid Brezhnev led the Soviet Union when it signed the treaty with Yugoslavia in 1971."),
    ];
    const nodes = rows("Nodes");
    const rels = rows("Relationships");
    const missing = new Set<string>();
    for (const g of graphs) {
      for (const n of g.nodes) {
        const a = n.attributes!;
        const label = (a.labels as string[])[0]!;
        const listed = ticked(nodes.get(label) ?? "");
        for (const k of Object.keys(a)) if (k !== "labels" && !listed.has(k)) missing.add(`${label}.${k}`);
      }
      for (const e of g.edges) {
        const a = e.attributes!;
        const type = String(a.type);
        const listed = ticked(rels.get(type) ?? "");
        for (const k of Object.keys(a)) if (k !== "type" && !listed.has(k)) missing.add(`${type}.${k}`);
      }
    }
    expect([...missing].sort()).toEqual([]);
    // The historical state really was there, so its extra properties were checked.
    expect(graphs.at(-1)!.nodes.some((n) => n.key === "State:SUHH" && n.attributes!.successors)).toBe(true);
  });
});
