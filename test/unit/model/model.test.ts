import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lexicon } from "../../../src/extract/lexicon.js";
import { LANGUAGES } from "../../../src/extract/types.js";
import { edgeKey, idOfKey, keyOf, labelOfKey, nodeKey } from "../../../src/model/keys.js";
import { lookupLabelsOf, NODE_LABELS, primaryFirst } from "../../../src/model/labels.js";
import { EVENT_STATUSES, EVENT_TYPES, isModeOf, PLOVER, SYMMETRIC_TYPES } from "../../../src/model/plover.js";
import { RELATIONSHIP_TYPES } from "../../../src/model/relationships.js";
import { FIXTURES } from "../../support/articles.js";

/** GRAPH_MODEL.md (its copy in test/fixtures) is the contract; the model's constants must name what it names. */
describe("src/model against GRAPH_MODEL.md", () => {
  const contract = readFileSync(join(FIXTURES, "GRAPH_MODEL.md"), "utf8");
  const section = (title: string) => contract.split(/^## /m).find((s) => s.startsWith(title)) ?? "";
  const tableNames = (text: string) => [...text.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);

  it("has the contract's node labels", () => {
    expect([...NODE_LABELS].sort()).toEqual(tableNames(section("Nodes")).sort());
  });

  it("has the contract's relationship types", () => {
    expect([...RELATIONSHIP_TYPES].sort()).toEqual(tableNames(section("Relationships")).sort());
  });

  it("has PLOVER's eighteen event types in the contract's order, CONSULT and COOPERATE symmetric", () => {
    const listed = /POLECAT event data set:\s+([A-Z, \n]+)\./.exec(contract)![1]!.split(/[,\s]+/).filter(Boolean);
    expect(EVENT_TYPES).toEqual(listed);
    expect([...SYMMETRIC_TYPES]).toEqual(["CONSULT", "COOPERATE"]);
  });

  it("has the contract's modes and statuses", () => {
    for (const [type, mode] of [["SUPPORT", "praise"], ["CONSULT", "phone"], ["CONSULT", "meeting"], ["CONSULT", "visit"], ["CONSULT", "summit"], ["AID", "military"], ["AID", "personnel"], ["AID", "economic"]]) {
      expect(isModeOf(type!, mode!), `${type}/${mode}`).toBe(true);
    }
    const statuses = /`Event.status`: ([\s\S]*?)\n`Event.date`/.exec(contract)![1]!;
    for (const s of EVENT_STATUSES) expect(statuses).toContain(`\`${s}\``);
  });
});

describe("the lexicons", () => {
  it("code every event with a PLOVER type and one of its modes (they refuse to load otherwise)", () => {
    for (const language of LANGUAGES) {
      const triggers = lexicon(language).triggers.filter((t) => t.type);
      expect(triggers.length).toBeGreaterThan(100);
      for (const t of triggers) expect(isModeOf(t.type, t.mode), `${language}: ${t.type}/${t.mode}`).toBe(true);
    }
  });

  it("leave no PLOVER mode unused but CRIME's, which has none", () => {
    const used = new Set(LANGUAGES.flatMap((l) => lexicon(l).triggers.map((t) => `${t.type}/${t.mode}`)));
    for (const l of LANGUAGES) for (const u of lexicon(l).units) used.add(`AID/${u.mode}`);
    const unused = EVENT_TYPES.flatMap((t) => PLOVER[t].modes.map((m) => `${t}/${m}`)).filter((m) => !used.has(m));
    expect(unused).toEqual([]);
  });
});

describe("node keys", () => {
  it("are <Label>:<id>, and ids keep their own colons", () => {
    expect(nodeKey("State", "RUS")).toBe("State:RUS");
    expect(keyOf({ label: "Person", id: "Q7747" })).toBe("Person:Q7747");
    expect([labelOfKey("Sentence:abc:3"), idOfKey("Sentence:abc:3")]).toEqual(["Sentence", "abc:3"]);
    expect(edgeKey("LEADS", "Person:Q7747", "State:RUS")).toBe("LEADS:Person:Q7747->State:RUS");
  });

  it("carry the look-up labels in Neo4j after the node's own", () => {
    expect(lookupLabelsOf("State")).toEqual(["Actor", "Entity"]);
    expect(lookupLabelsOf("Place")).toEqual(["Entity"]);
    expect(lookupLabelsOf("Event")).toEqual([]);
    expect(primaryFirst(["Actor", "Entity", "Person"])).toEqual(["Person", "Actor", "Entity"]);
  });
});
