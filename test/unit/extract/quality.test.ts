import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, SEED } from "../../support/articles.js";
import { graphJson, score } from "../../support/extraction.js";

/** The whole extraction held to hand-made gold graphs: the seed article and every article of the sample corpus. */
describe("extraction of the seed article", () => {
  const graph = graphJson(SEED, "2025-08-13");
  const parsed = JSON.parse(graph);
  const node = (key: string) => parsed.nodes.find((n: { key: string }) => n.key === key)?.attributes;

  it("meets the quality bar of the gold annotation", () => {
    const s = score(join(FIXTURES, "eval", "seed.gold.json"), graph);
    expect(s.entities.f).toBeGreaterThanOrEqual(0.9);
    expect(s.facts.f).toBeGreaterThanOrEqual(0.8);
    expect(s.relaxedEvents.f).toBeGreaterThanOrEqual(0.85);
    expect(s.attributes.ok).toBeGreaterThanOrEqual(6);
  });

  it("links entities to stable ids and keeps every surface form", () => {
    expect(node("Person:Q7747")).toMatchObject({ name: "Vladimir Putin", wikidata: "Q7747" });
    expect(node("Person:Q7747").aliases).toEqual(expect.arrayContaining(["Vladimir Putin", "Putin"]));
    expect(node("State:RUS")).toMatchObject({ iso2: "RU", wikidata: "Q159" });
    expect(node("State:RUS").aliases).toEqual(expect.arrayContaining(["Moscovo", "Rússia"]));
    // The seat of government is a body of its state, not one of its names.
    expect(node("Organization:kremlin")).toMatchObject({ name: "Kremlin" });
    expect(parsed.edges.some((e: any) => e.source === "Organization:kremlin" && e.target === "State:RUS" && e.attributes.type === "PART_OF")).toBe(true);
    expect(node("State:PRK").aliases).toContain("Pyongyang");
  });

  it("resolves the planned Putin–Trump meeting with date, place and status", () => {
    const ev = parsed.nodes.find((n: any) => n.attributes.type === "CONSULT" && n.attributes.status === "planned")?.attributes;
    expect(ev).toMatchObject({ date: "2025-08-15", dateText: "sexta-feira", status: "planned" });
  });

  it("prints the same bytes for the same input", () => {
    expect(graphJson(SEED, "2025-08-13")).toBe(graph);
  });
});

describe("extraction of the sample corpus (pt, en, es)", () => {
  // Every article with a hand-made gold file: one added to test/gold is held to the floor at once.
  const cases = readdirSync(join(ROOT, "test", "gold")).filter((f) => f.endsWith(".gold.json")).map((f) => f.replace(/\.gold\.json$/, "")).sort();
  for (const c of cases) {
    it(`${c} scores above the floor against its hand-made gold`, () => {
      const s = score(join(ROOT, "test", "gold", `${c}.gold.json`), graphJson(join(ROOT, "corpus", `${c}.md`)));
      expect(s.entities.f).toBeGreaterThanOrEqual(0.9);
      expect(s.facts.f).toBeGreaterThanOrEqual(0.7);
    });
  }

  it("names the same happening with the same event id in Portuguese and English", () => {
    const ids = (f: string) =>
      JSON.parse(graphJson(join(ROOT, "corpus", f))).nodes.filter((n: any) => n.attributes.labels[0] === "Event").map((n: any) => n.key);
    const en = ids("thailand-cambodia-ceasefire.en.md");
    const pt = ids("tailandia-camboja-cessar-fogo.pt.md");
    expect(en.filter((k: string) => pt.includes(k)).length).toBeGreaterThanOrEqual(2);
  });
});
