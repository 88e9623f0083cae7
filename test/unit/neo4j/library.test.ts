import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../../src/neo4j/queries.js";
import { QUERY_DIR } from "../../../src/paths.js";

describe("the query library", () => {
  const library = loadLibrary();

  it("has a documented header on every file: description, typed parameters with examples, what a row means", () => {
    expect(library.length).toBeGreaterThanOrEqual(10);
    for (const q of library) {
      expect(q.description.length, q.name).toBeGreaterThan(20);
      expect(q.row.length, q.name).toBeGreaterThan(10);
      for (const p of q.params) expect(["actor", "entity", "string", "date", "int"]).toContain(p.type);
      expect(readFileSync(join(QUERY_DIR, `${q.name}.cypher`), "utf8")).not.toMatch(/apoc\.|gds\./);
    }
  });
});
