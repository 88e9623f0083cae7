/**
 * The same text from a second URL: a syndicated copy, whose URL is added to its Document, and which
 * the ingest summary line counts. (The other input edge cases, which need no database, are in
 * test/unit/extract/inputEdgeCases.test.ts.)
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../src/neo4j/schema.js";
import { EXTRACTOR_VERSION, resetDatabase, writeGraphs } from "../../src/neo4j/write.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { ROOT, textGraph } from "../support/articles.js";
import { tempFiles } from "../support/files.js";

const exec = promisify(execFile);
const file = tempFiles();

describe("the same text from a second URL", () => {
  let driver: Driver;
  const db = () => testConfig().database;
  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: db() })).records.map((x) => x.toObject());
  const TEXT = "Vladimir Putin met Xi Jinping in Moscow on Monday.";
  const docs = () => query("MATCH (d:Document) RETURN d.url AS url, d.urls AS urls ORDER BY url");

  beforeAll(async () => {
    driver = await freshDatabase();
    await applySchema(driver, db());
  });
  beforeEach(() => resetDatabase(driver, db()));
  afterAll(() => driver.close());

  it("adds the URL to the stored Document, keeps `url` the first, and writes nothing else", async () => {
    await writeGraphs(driver, [textGraph(TEXT, { url: "https://a.test/1" })], { database: db() });
    const before = (await query("MATCH (n) RETURN count(n) AS n"))[0]!.n;
    const r = await writeGraphs(driver, [textGraph(TEXT, { url: "https://b.test/copy" })], { database: db() });
    expect(r.outcomes.map((o) => o.status)).toEqual(["syndicated"]);
    expect(r.counts).toEqual({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    expect(await docs()).toEqual([{ url: "https://a.test/1", urls: ["https://a.test/1", "https://b.test/copy"] }]);
    expect(await query("MATCH (n) RETURN count(n) AS n")).toEqual([{ n: before }]);
    // Again from either URL: nothing new.
    const again = await writeGraphs(driver, [textGraph(TEXT, { url: "https://b.test/copy" }), textGraph(TEXT, { url: "https://a.test/1" })], { database: db(), batchSize: 2 });
    expect(again.outcomes.map((o) => o.status)).toEqual(["unchanged", "unchanged"]);
  });

  it("gives one Document every URL when the copies come in one batch", async () => {
    const r = await writeGraphs(driver, [1, 2, 2, 3].map((n) => textGraph(TEXT, { url: `https://x.test/${n}` })), { database: db(), batchSize: 4 });
    expect(r.outcomes.map((o) => o.status)).toEqual(["written", "syndicated", "unchanged", "syndicated"]);
    expect(await docs()).toEqual([{ url: "https://x.test/1", urls: ["https://x.test/1", "https://x.test/2", "https://x.test/3"] }]);
  });

  it("takes a URL off a syndicated Document when another text arrives at it, keeping the Document for its other URLs", async () => {
    await writeGraphs(driver, [textGraph(TEXT, { url: "https://a.test/1" }), textGraph(TEXT, { url: "https://b.test/copy" })], { database: db(), batchSize: 2 });
    const r = await writeGraphs(driver, [textGraph("Xi Jinping criticized Emmanuel Macron on Tuesday.", { url: "https://a.test/1" })], { database: db() });
    expect(r.outcomes.map((o) => o.status)).toEqual(["replaced"]);
    expect(await docs()).toEqual([{ url: "https://a.test/1", urls: null }, { url: "https://b.test/copy", urls: null }]);
    // The meeting still has its article; only when no URL shows it any more does it go.
    expect(await query("MATCH (e:Event {type: 'CONSULT'}) RETURN count(e) AS c")).toEqual([{ c: 1 }]);
    await writeGraphs(driver, [textGraph("Emmanuel Macron praised Olaf Scholz on Friday.", { url: "https://b.test/copy" })], { database: db() });
    expect(await query("MATCH (e:Event {type: 'CONSULT'}) RETURN count(e) AS c")).toEqual([{ c: 0 }]);
  });

  it("keeps every URL when a newer extractor writes the Document again", async () => {
    await writeGraphs(driver, [textGraph(TEXT, { url: "https://a.test/1" }), textGraph(TEXT, { url: "https://b.test/copy" })], { database: db(), batchSize: 2 });
    await query("MATCH (d:Document) SET d.extractor = '0'");
    const r = await writeGraphs(driver, [textGraph(TEXT, { url: "https://c.test/third" })], { database: db() });
    expect(r.outcomes.map((o) => o.status)).toEqual(["replaced"]);
    expect(await docs()).toEqual([{ url: "https://a.test/1", urls: ["https://a.test/1", "https://b.test/copy", "https://c.test/third"] }]);
    expect(await query("MATCH (d:Document) RETURN d.extractor AS v")).toEqual([{ v: EXTRACTOR_VERSION }]);
  });

  it("the ingest command counts it in its summary line", async () => {
    const cfg = testConfig();
    const env = { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database };
    const a = file("a.md", `---\nurl: https://a.test/1\nlanguage: en\npublished: 2025-06-02\n---\n${TEXT}\n`);
    const b = file("b.md", `---\nurl: https://b.test/copy\nlanguage: en\npublished: 2025-06-02\n---\n${TEXT}\n`);
    const first = await exec("npx", ["tsx", "src/cli/main.ts", "ingest", a], { cwd: ROOT, env, encoding: "utf8" });
    expect(first.stdout).toMatch(/^ingest: 1 articles ok, 0 failed;/);
    const second = await exec("npx", ["tsx", "src/cli/main.ts", "ingest", b, a], { cwd: ROOT, env, encoding: "utf8" });
    expect(second.stdout).toMatch(/^ingest: 0 articles ok, 1 unchanged, 1 syndicated \(new URL added to a stored text\), 0 failed;/);
    expect(await docs()).toEqual([{ url: "https://a.test/1", urls: ["https://a.test/1", "https://b.test/copy"] }]);
  }, 60_000);
});
