import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../src/neo4j/schema.js";
import { writeGraphs, resetDatabase } from "../../src/neo4j/write.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { tempDir } from "../support/files.js";
import { ROOT, SEED, corpusGraph, seedGraph, textGraph } from "../support/articles.js";
import { articlesFrom, ingestArticles } from "../../src/ingest/ingest.js";
import { expandInputs } from "../../src/cli/inputs.js";
import { SYMMETRIC_TYPES } from "../../src/model/plover.js";

let driver: Driver;
const db = () => testConfig().database;
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database: db() })).records.map((r) => r.toObject());

/** Every node and relationship with all its properties, in a stable order: equal fingerprints, equal graphs. */
async function fingerprint(): Promise<string> {
  const nodes = await query("MATCH (n) RETURN [l IN labels(n) WHERE NOT l IN ['Actor', 'Entity']][0] + ':' + n.id AS k, properties(n) AS p ORDER BY k");
  const rels = await query("MATCH (a)-[r]->(b) RETURN a.id + '-' + type(r) + '->' + b.id AS k, properties(r) AS p ORDER BY k");
  const sortDeep = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(sortDeep).sort() : x && typeof x === "object" ? Object.fromEntries(Object.entries(x).sort().map(([k, v]) => [k, sortDeep(v)])) : x;
  return JSON.stringify(sortDeep({ nodes, rels }));
}

/** Each event's stored dyads next to the pairs its SOURCE and TARGET relationships give (computed here, not by the writer). */
async function dyadsAndRelationships(): Promise<{ stored: string[]; expected: string[] }[]> {
  const rows = await query(`MATCH (e:Event) OPTIONAL MATCH (e)-[r:SOURCE|TARGET]->(a:Actor)
    RETURN e.type AS type, e.dyads AS dyads, collect([type(r), [l IN labels(a) WHERE NOT l IN ['Actor', 'Entity']][0] + ':' + a.id]) AS sides`);
  return rows.map((r) => {
    const sides = r.sides as [string, string][];
    const sources = sides.filter(([t]) => t === "SOURCE").map(([, k]) => k);
    const targets = sides.filter(([t]) => t === "TARGET").map(([, k]) => k);
    const pairs = new Set<string>();
    for (const a of sources) for (const b of targets) if (a !== b) pairs.add(`${a}>${b}`);
    if (SYMMETRIC_TYPES.has(r.type as string)) for (const a of sources) for (const b of sources) if (a < b) pairs.add(`${a}>${b}`);
    return { stored: [...((r.dyads as string[]) ?? [])].sort(), expected: [...pairs].sort() };
  });
}

async function counts() {
  const [r] = await query("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels");
  return r as { nodes: number; rels: number };
}

beforeAll(async () => {
  driver = await freshDatabase();
  await applySchema(driver, db());
});
afterAll(() => driver.close());
beforeEach(() => resetDatabase(driver, db()));

describe("ingest into Neo4j", () => {
  it("writes the seed article with its entities, facts and evidence", async () => {
    const r = await writeGraphs(driver, [seedGraph()], { database: db() });
    expect(r.failures).toEqual([]);
    const leads = await query(
      "MATCH (p:Person {id:'Q7747'})-[r:LEADS]->(s:State {id:'RUS'}) MATCH (sen:Sentence {id: r.evidence[0]}) RETURN r.role AS role, sen.text AS text",
    );
    expect(leads).toHaveLength(1);
    expect(leads[0]!.text).toContain("presidente russo, Vladimir Putin");
    const aid = await query(
      `MATCH (e:Event {type:'AID'})-[:SOURCE]->(:State {id:'PRK'}), (e)-[:TARGET]->(:State {id:'RUS'}) WHERE e.quantity = 15000
       MATCH (e)-[:MENTIONED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document) RETURN s.text AS text, d.published AS published`,
    );
    expect(aid[0]!.text).toContain("15.000 soldados");
    expect(aid[0]!.published).toBe("2025-08-13");
    const putin = await query("MATCH (p:Person {id:'Q7747'}) RETURN p.aliases AS aliases, p.mentions AS mentions, p.documents AS documents");
    expect(putin[0]!.aliases).toEqual(expect.arrayContaining(["Putin", "Vladimir Putin"]));
    expect(putin[0]!.mentions).toBeGreaterThanOrEqual(7);
    expect(putin[0]!.documents).toBe(1);
  });

  it("is a no-op the second time: same counts, same properties", async () => {
    await writeGraphs(driver, [seedGraph()], { database: db() });
    const before = await fingerprint();
    const r = await writeGraphs(driver, [seedGraph()], { database: db() });
    expect(r.outcomes.map((o) => o.status)).toEqual(["unchanged"]);
    expect(await fingerprint()).toBe(before);
  });

  it("rewrites an unchanged article that an older extractor wrote, to the same graph a fresh ingest gives", async () => {
    await writeGraphs(driver, [seedGraph()], { database: db() });
    const fresh = await fingerprint();
    // As an earlier version left it: another extractor mark and the old mention lists.
    await query("MATCH (d:Document) SET d.extractor = '0'");
    await query("MATCH ()-[m:MENTIONED_IN]->(s:Sentence) SET m.evidence = [s.id], m.spans = [m.start, m.end], m.surfaces = CASE WHEN m.surface IS NULL THEN null ELSE [m.surface] END");
    expect(await fingerprint()).not.toBe(fresh);
    const r = await writeGraphs(driver, [seedGraph()], { database: db() });
    expect(r.outcomes.map((o) => o.status)).toEqual(["replaced"]);
    expect(await fingerprint()).toBe(fresh);
  });

  it("merges one happening reported in Portuguese and English into one event with two reports", async () => {
    await writeGraphs(driver, [corpusGraph("thailand-cambodia-ceasefire.en.md")], { database: db() });
    await writeGraphs(driver, [corpusGraph("tailandia-camboja-cessar-fogo.pt.md")], { database: db() });
    const agree = await query(
      "MATCH (e:Event {type:'AGREE'})-[:SOURCE]->(:State {id:'THA'}) MATCH (e)-[:SOURCE]->(:State {id:'KHM'}) RETURN e.reports AS reports, e.id AS id",
    );
    expect(agree).toHaveLength(1);
    expect(agree[0]!.reports).toBe(2);
    const tha = await query("MATCH (s:State {id:'THA'}) RETURN s.aliases AS aliases, s.documents AS documents");
    expect(tha[0]!.aliases).toEqual(expect.arrayContaining(["Thailand", "Tailândia"]));
    expect(tha[0]!.documents).toBe(2);
    expect(await query("MATCH (p:Person) WHERE p.name = 'Hun Manet' RETURN count(p) AS c")).toEqual([{ c: 1 }]);
    // Reports and events are different numbers, and both can be had.
    const [n] = await query("MATCH (e:Event) RETURN count(e) AS events, sum(e.reports) AS reports");
    expect(n!.reports).toBeGreaterThan(n!.events as number);
  });

  it("leaves nothing of an article whose transaction fails midway, among its nodes or among its relationships", async () => {
    await writeGraphs(driver, [corpusGraph("eu-sanctions-russia.en.md")], { database: db() });
    const before = await fingerprint();
    // The seed's graph has 8 node labels: 4 statements in, its nodes are half written; 12 in, its
    // nodes are all written and some of its relationships too.
    for (const failAfterStatements of [4, 12]) {
      const r = await writeGraphs(driver, [seedGraph()], { database: db(), failAfterStatements });
      expect(r.failures).toHaveLength(1);
      expect(r.failures[0]!.error).toMatch(/injected failure/);
      expect(await fingerprint()).toBe(before);
    }
  });

  it("refuses an article whose relationship has an end that is not a node of its graph, and names it", async () => {
    const good = corpusGraph("lula-visita-china.pt.md");
    const bad = textGraph("Putin met Xi in Moscow on Monday.");
    const edge = bad.edges.find((e) => e.source.startsWith("Event:"))!;
    edge.target = "State:ATLANTIS";
    const r = await writeGraphs(driver, [good, bad], { database: db(), batchSize: 2 });
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.error).toMatch(/to State:ATLANTIS has an end that is not a node of its graph/);
    expect(await query("MATCH (d:Document) RETURN count(d) AS c")).toEqual([{ c: 1 }]);
  });

  it("writes the other articles of a batch when one fails", async () => {
    const good = corpusGraph("lula-visita-china.pt.md");
    const bad = textGraph("Putin met Xi in Moscow on Monday.");
    // A list of mixed types cannot be stored as a property: the database rejects this article.
    const node = bad.nodes.find((n) => n.key.startsWith("Document:"))!;
    (node.attributes as Record<string, unknown>).title = ["Putin", 1];
    const r = await writeGraphs(driver, [good, bad], { database: db(), batchSize: 2 });
    expect(r.failures).toHaveLength(1);
    expect(await query("MATCH (d:Document) RETURN count(d) AS c")).toEqual([{ c: 1 }]);
  });

  it("replaces an article's own facts when its content changes at the same URL, and nothing else", async () => {
    const url = "https://example.org/a";
    await writeGraphs(driver, [corpusGraph("india-pakistan-cachemira.es.md")], { database: db() });
    await writeGraphs(driver, [textGraph("Vladimir Putin met Xi Jinping in Moscow on Monday.", { url })], { database: db() });
    const other = await query("MATCH (d:Document) WHERE d.url <> $url OR d.url IS NULL RETURN count(d) AS c", { url });
    await writeGraphs(driver, [textGraph("Vladimir Putin criticized Emmanuel Macron on Tuesday.", { url })], { database: db() });
    expect(await query("MATCH (d:Document {url:$url}) RETURN count(d) AS c", { url })).toEqual([{ c: 1 }]);
    expect(await query("MATCH (e:Event {type:'CONSULT'})-->(:Person {id:'Q15031'}) RETURN count(e) AS c")).toEqual([{ c: 0 }]);
    expect(await query("MATCH (x:Person {id:'Q15031'}) RETURN count(x) AS c")).toEqual([{ c: 0 }]);
    expect(await query("MATCH (e:Event {type:'DISAPPROVE'})-[:TARGET]->(:Person {id:'Q3052772'}) RETURN count(e) AS c")).toEqual([{ c: 1 }]);
    expect(await query("MATCH (p:Person {id:'Q7747'}) RETURN p.documents AS d, p.mentions AS m")).toEqual([{ d: 1, m: 1 }]);
    expect(await query("MATCH (d:Document) WHERE d.url <> $url OR d.url IS NULL RETURN count(d) AS c", { url })).toEqual(other);
    const stale = await query("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL AND size(r.evidence) = 0 RETURN count(r) AS c");
    expect(stale).toEqual([{ c: 0 }]);
    const dyads = await dyadsAndRelationships();
    expect(dyads.length).toBeGreaterThan(2);
    for (const d of dyads) expect(d.stored).toEqual(d.expected);
    // An event without a pair has no dyads property at all (the covering index leaves it out).
    expect(await query("MATCH (e:Event) WHERE e.dyads = [] RETURN count(e) AS c")).toEqual([{ c: 0 }]);
  });

  it("recomputes a kept entity's aliases and counts from the mentions left when an article is replaced", async () => {
    const keep = textGraph("Russian President Vladimir Putin spoke on Friday. Putin later thanked the aides of Putin and of Xi Jinping.", { url: "https://x.test/keep" });
    await writeGraphs(driver, [keep], { database: db() });
    await writeGraphs(driver, [textGraph("Vladimir Putin met Xi Jinping in Moscow on Monday.", { url: "https://x.test/swap" })], { database: db() });
    await writeGraphs(driver, [textGraph("Xi Jinping criticized Emmanuel Macron on Tuesday.", { url: "https://x.test/swap" })], { database: db() });
    const node = keep.nodes.find((n) => n.key === "Person:Q7747")!.attributes!;
    const stored = await query("MATCH (p:Person {id:'Q7747'}) RETURN p.aliases AS aliases, p.mentions AS mentions, p.documents AS documents");
    // Only what the kept article says is left: its surface forms, whether a sentence named him once or more.
    expect([...(stored[0]!.aliases as string[])].sort()).toEqual([...(node.aliases as string[])].sort());
    expect(stored[0]).toMatchObject({ mentions: node.mentions, documents: 1 });
    expect((node.aliases as string[]).length).toBeGreaterThan(1);
  });

  it("rebuilds an event's actor pairs when a replaced article took some of its sides away", async () => {
    // One meeting told from both sides: the event has each leader as source and as target.
    await writeGraphs(driver, [textGraph("Vladimir Putin met Xi Jinping in Moscow on Monday.", { url: "https://x.test/a" })], { database: db() });
    await writeGraphs(driver, [textGraph("Xi Jinping met Vladimir Putin in Moscow on Monday.", { url: "https://x.test/b" })], { database: db() });
    const both = await dyadsAndRelationships();
    expect(both).toHaveLength(1);
    expect(both[0]!.stored).toEqual(["Person:Q15031>Person:Q7747", "Person:Q7747>Person:Q15031"]);
    await writeGraphs(driver, [textGraph("Emmanuel Macron criticized Olaf Scholz on Tuesday.", { url: "https://x.test/b" })], { database: db() });
    const meeting = (await dyadsAndRelationships()).filter((d) => d.expected.some((p) => p.includes("Q15031")));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]!.stored).toEqual(meeting[0]!.expected);
    expect(meeting[0]!.stored).toEqual(["Person:Q7747>Person:Q15031"]);
  });

  it("creates the relationships of new nodes and merges those of known ones: never doubled, no bookkeeping left", async () => {
    const text = (n: number) => textGraph(`Vladimir Putin met Xi Jinping in Moscow on Monday. Report ${n}.`, { url: `https://x.test/meet-${n}` });
    // Two articles of one happening: side by side (both may see the event as new), then one more later.
    const [ra, rb] = await Promise.all([writeGraphs(driver, [text(1)], { database: db() }), writeGraphs(driver, [text(2)], { database: db() })]);
    expect([...ra.failures, ...rb.failures]).toEqual([]);
    await writeGraphs(driver, [text(3), text(4)], { database: db(), batchSize: 2 });
    const roles = await query("MATCH (e:Event)-[r:SOURCE|TARGET]->(a) RETURN e.id AS e, type(r) AS t, a.id AS a, count(r) AS c, r.evidence AS ev");
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.c === 1)).toBe(true);
    expect(await query("MATCH (e:Event) RETURN count(e) AS events, sum(e.reports) AS reports")).toEqual([{ events: 1, reports: 4 }]);
    // The evidence of the one relationship gathers the sentences of all four articles.
    expect(new Set((roles[0]!.ev as string[]).map((s) => s.split(":")[0])).size).toBe(4);
    expect(await query("MATCH (n) WHERE n._tx IS NOT NULL RETURN count(n) AS c")).toEqual([{ c: 0 }]);
  });

  it("writes the same graph whether extraction runs in this thread or on worker threads", async () => {
    const { articles, errors } = articlesFrom(expandInputs([join(ROOT, "corpus")]).files);
    expect(errors).toEqual([]);
    const one = await ingestArticles(driver, articles, [], { database: db(), workers: 1, batchSize: 3 });
    expect(one.failed).toBe(0);
    const inThread = await fingerprint();
    await resetDatabase(driver, db());
    const two = await ingestArticles(driver, articles, [], { database: db(), workers: 2, batchSize: 3 });
    expect(two.ok).toBe(articles.length);
    expect(await fingerprint()).toBe(inThread);
  });

  it("never duplicates entities under two concurrent ingests", async () => {
    const a = textGraph("Vladimir Putin met Xi Jinping in Moscow. Russia and China signed a trade agreement.", { url: "https://x.test/1" });
    const b = textGraph("Xi Jinping spoke by phone with Vladimir Putin. China praised Russia.", { url: "https://x.test/2" });
    const [ra, rb] = await Promise.all([writeGraphs(driver, [a], { database: db() }), writeGraphs(driver, [b], { database: db() })]);
    expect([...ra.failures, ...rb.failures]).toEqual([]);
    const dup = await query("MATCH (n) WHERE n.id IS NOT NULL UNWIND labels(n) AS l WITH l, n.id AS id, count(*) AS c WHERE c > 1 AND NOT l IN ['Actor', 'Entity'] RETURN l, id, c");
    expect(dup).toEqual([]);
    expect(await query("MATCH (p:Person {id:'Q7747'}) RETURN p.documents AS d")).toEqual([{ d: 2 }]);
  });
});

describe("the ingest command", () => {
  const run = (args: string[], env: Record<string, string> = {}) => {
    const cfg = testConfig();
    return spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database, ...env },
    });
  };

  it("ingests a folder and a file, and says what it did in one closing line", async () => {
    const files = readdirSync(join(ROOT, "corpus"));
    const first = 1 + files.filter((f) => f.endsWith(".es.md")).length + 1;
    const r = run(["ingest", "corpus/lula-visita-china.pt.md", "corpus/*.es.md", SEED, "--published", "2025-08-13"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(new RegExp(`^ingest: ${first} articles ok, 0 failed; nodes \\d+ created, \\d+ updated; relationships \\d+ created, \\d+ updated; [\\d.]+ s$`));
    const again = run(["ingest", "corpus", "--published", "2025-08-13"]);
    // The corpus holds the seed article too (with front matter): the same text, already in the graph.
    expect(again.stdout).toMatch(new RegExp(`^ingest: ${files.length - first} articles ok, ${first} unchanged, 0 failed; nodes \\d+ created, \\d+ updated`));
    expect((await counts()).nodes).toBeGreaterThan(100);
  });

  it("writes nothing on --dry-run", async () => {
    const r = run(["ingest", "corpus", "--dry-run"]);
    expect(r.stdout).toMatch(/would write \d+ nodes and \d+ relationships \(dry run, nothing written\)/);
    expect(await counts()).toEqual({ nodes: 0, rels: 0 });
  });

  it("names the URI and how to fix it when Neo4j is unreachable or refuses the password", () => {
    const down = run(["ingest", "corpus"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(down.status).toBe(2);
    expect(down.stderr.trim().split("\n")).toHaveLength(1);
    expect(down.stderr).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:1 .*npm run neo4j:start/);
    const auth = run(["ingest", "corpus"], { NEO4J_PASSWORD: "wrong-password" });
    expect(auth.status).toBe(2);
    expect(auth.stderr.trim().split("\n")).toHaveLength(1);
    expect(auth.stderr).toMatch(/refused user 'neo4j': wrong NEO4J_USER\/NEO4J_PASSWORD/);
  });

  it("reports a bad article, commits the others and exits 1", async () => {
    const { writeFileSync, copyFileSync } = await import("node:fs");
    const dir = tempDir("ag-ing-");
    copyFileSync(join(ROOT, "corpus", "lula-visita-china.pt.md"), join(dir, "good.md"));
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0, 1, 2, 3]));
    const r = run(["ingest", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: binary file/);
    expect(r.stdout).toMatch(/1 articles ok, 1 failed/);
    expect(await query("MATCH (d:Document) RETURN count(d) AS c")).toEqual([{ c: 1 }]);
  });
});
