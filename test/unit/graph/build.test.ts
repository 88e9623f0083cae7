import { describe, expect, it } from "vitest";
import { extract, readArticleFile } from "../../../src/extract/index.js";
import { buildGraph } from "../../../src/graph/build.js";
import { SEED } from "../../support/articles.js";
import { graphJson } from "../../support/extraction.js";

/** An extraction as the model's graph: evidence, mentions with their offsets, events kept apart by their ids. */
describe("the graph of the seed article", () => {
  const parsed = JSON.parse(graphJson(SEED, "2025-08-13"));

  it("gives every event and relation evidence sentences that exist", () => {
    const sentences = new Set(parsed.nodes.filter((n: any) => n.attributes.labels[0] === "Sentence").map((n: any) => n.attributes.id));
    for (const e of parsed.edges) {
      if (["HAS_SENTENCE", "MENTIONED_IN"].includes(e.attributes.type)) continue;
      expect(e.attributes.evidence?.length, e.key).toBeGreaterThan(0);
      for (const s of e.attributes.evidence) expect(sentences.has(s)).toBe(true);
    }
    for (const n of parsed.nodes.filter((x: any) => x.attributes.labels[0] === "Event")) {
      expect(parsed.edges.some((e: any) => e.source === n.key && e.attributes.type === "MENTIONED_IN")).toBe(true);
    }
  });

  it("gives MENTIONED_IN offsets that point at the surface form in the document", () => {
    const text = readArticleFile(SEED).articles[0]!.text;
    const mentions = parsed.edges.filter((e: any) => e.attributes.type === "MENTIONED_IN" && e.attributes.surface);
    expect(mentions.length).toBeGreaterThan(20);
    for (const m of mentions) expect(text.slice(m.attributes.start, m.attributes.end)).toContain(m.attributes.surface.split(" ")[0]);
  });

  it("keeps lists on a mention only where its sentence names the node more than once", () => {
    const text = readArticleFile(SEED).articles[0]!.text;
    const mentions = parsed.edges.filter((e: any) => e.attributes.type === "MENTIONED_IN").map((e: any) => e.attributes);
    const single = mentions.filter((m: any) => m.count === 1);
    const repeated = mentions.filter((m: any) => m.count > 1);
    expect(single.length).toBeGreaterThan(20);
    expect(repeated.length).toBeGreaterThan(0);
    // The sentence is the evidence of a mention and the node holds its confidence: neither is repeated on it.
    for (const m of mentions) expect(m.evidence ?? m.confidence).toBeUndefined();
    for (const m of single) expect(m.spans ?? m.surfaces).toBeUndefined();
    for (const m of repeated) {
      expect(m.spans).toHaveLength(2 * m.count);
      expect(m.spans.slice(0, 2)).toEqual([m.start, m.end]);
      for (let i = 0; i < m.spans.length; i += 2) expect(text.slice(m.spans[i], m.spans[i + 1]).length).toBeGreaterThan(0);
      if (m.surfaces) expect(new Set(m.surfaces).size).toBeGreaterThan(1);
    }
  });
});

describe("events in the graph", () => {
  it("keeps two meetings of the same sides in one month apart in the graph: talks held and talks planned", () => {
    const x = extract({ source: "x", language: "en", published: "2025-10-19", text: "Pakistan and Afghanistan held talks in Doha on Sunday. The two sides will meet again in Istanbul on October 25." });
    const g = buildGraph(x);
    const consults = g.filterNodes((_, a) => a.type === "CONSULT").map((k) => [g.getNodeAttribute(k, "status"), g.getNodeAttribute(k, "date")]);
    expect(consults.sort()).toEqual([["occurred", "2025-10-19"], ["planned", "2025-10-25"]]);
  });
});
