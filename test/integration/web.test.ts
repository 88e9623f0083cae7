/**
 * Articles from the web, end to end: the CLI reads fixture feeds and pages from a loopback server
 * and writes into the real test Neo4j. One run lands the good items and gives one line per bad one;
 * the next asks conditionally and fetches only what is new; `watch` stops cleanly on a signal.
 */
import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../src/neo4j/schema.js";
import { resetDatabase } from "../../src/neo4j/write.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { ROOT } from "../support/articles.js";
import { tempDir } from "../support/files.js";
import { startFixtureServer, WEB_FIXTURES, type FixtureServer } from "../support/webServer.js";

const exec = promisify(execFile);
/** Small limits so that the failures come quickly; no interval between requests to the one test host. */
const FAST = ["--timeout", "0.5", "--retries", "1", "--host-delay", "0", "--max-size", "0.25"];

let driver: Driver;
let server: FixtureServer;
const db = () => testConfig().database;
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database: db() })).records.map((r) => r.toObject());

function env(stateDir: string): NodeJS.ProcessEnv {
  const cfg = testConfig();
  return { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database, ACTORGRAPH_STATE_DIR: stateDir };
}

async function cli(args: string[], stateDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec("npx", ["tsx", "src/cli/main.ts", ...args], { cwd: ROOT, env: env(stateDir), encoding: "utf8" });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("actorgraph: "));
const pagesAsked = (from: number) => server.log.slice(from).map((l) => l.path).filter((p) => !p.startsWith("/feeds/") && p !== "/robots.txt");

beforeAll(async () => {
  driver = await freshDatabase();
  await applySchema(driver, db());
  await resetDatabase(driver, db());
  server = await startFixtureServer({ slowMs: 5_000 });
});
afterAll(async () => {
  await server?.close();
  await driver?.close();
});

describe("ingest --feed", () => {
  const stateDir = tempDir("actorgraph-web-state-");
  const feeds = () => ["rss.xml", "atom.xml", "feed.json", "news-sitemap.xml"].map((f) => `${server.base}/feeds/${f}`);

  it("lands the good items of RSS, Atom, JSON Feed and a news sitemap, with one line per failed item", async () => {
    const r = await cli(["ingest", "--feed", ...feeds(), ...FAST], stateDir);
    const b = server.base;
    expect(errorLines(r.stderr).sort()).toEqual(
      [
        `actorgraph: ${b}/missing.html: HTTP 404`,
        `actorgraph: ${b}/loop/a: too many redirects: a redirect loop (${b}/loop/a -> ${b}/loop/b -> ${b}/loop/a)`,
        `actorgraph: ${b}/slow.html: timeout after 0.5 s`,
        `actorgraph: ${b}/private/secret.html: disallowed by robots.txt`,
        `actorgraph: ${b}/report.pdf: not HTML (content-type application/pdf)`,
        `actorgraph: ${b}/huge.html: larger than 0.25 MB`,
      ].sort(),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^fetch: 4 feeds, 10 items; 4 pages fetched, 6 failed; \d+ requests; [\d.]+ s$/m);
    expect(r.stdout).toMatch(/^ingest: 4 articles ok, 6 failed;/m);

    // Canonical URLs (absolute, relative, none: the URL after the redirect) and dates (the page's, else the feed's).
    expect(await query("MATCH (d:Document) RETURN d.url AS url, d.published AS published, d.language AS language ORDER BY url")).toEqual(
      [
        { url: `${b}/artigos/lula-china`, published: "2025-06-04", language: "pt" },
        { url: `${b}/news/eu-sanctions.html`, published: "2025-06-06", language: "en" },
        { url: "https://news.example.org/asia/japan-australia-pact", published: "2025-06-03", language: "en" },
        { url: "https://news.example.org/world/putin-xi-moscow", published: "2025-06-02", language: "en" },
      ].sort((x, y) => (x.url < y.url ? -1 : 1)),
    );
    // The text was read and extracted: actors and events of each article.
    const putin = await query(
      "MATCH (d:Document {url: 'https://news.example.org/world/putin-xi-moscow'})-[:HAS_SENTENCE]->(s)<-[:MENTIONED_IN]-(x) RETURN DISTINCT [l IN labels(x) WHERE NOT l IN ['Actor', 'Entity']][0] + ':' + x.id AS k",
    );
    expect(putin.map((p) => p.k)).toEqual(expect.arrayContaining(["Person:Q7747", "State:RUS", "State:CHN"]));
    const events = await query("MATCH (e:Event)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(d:Document) RETURN DISTINCT d.url AS url, e.type AS type");
    expect(new Set(events.map((e) => e.url)).size).toBeGreaterThanOrEqual(3);
    expect(await query("MATCH (s:State {id: 'BRA'}) RETURN count(s) AS c")).toEqual([{ c: 1 }]);

    // Polite: robots.txt read once, the disallowed page never asked for, the project's user agent.
    expect(server.requests("/robots.txt")).toHaveLength(1);
    expect(server.requests("/private/secret.html")).toEqual([]);
    expect(server.log.every((l) => /^actorgraph\/\S+ \(/.test(l.userAgent ?? ""))).toBe(true);
    // A timeout is tried again (--retries 1); a 404 is not.
    expect(server.requests("/slow.html")).toHaveLength(2);
    expect(server.requests("/missing.html")).toHaveLength(1);
  }, 90_000);

  it("asks again conditionally, and fetches only the items it has not seen", async () => {
    const from = server.log.length;
    // The RSS feed has changed since: one new item on top of the two already seen.
    server.aliases.set("/feeds/rss.xml", "/feeds/rss-2.xml");
    const r = await cli(["ingest", "--feed", ...feeds(), ...FAST], stateDir);
    const b = server.base;
    const asked = (p: string) => server.log.slice(from).filter((l) => l.path === p);
    // Unchanged feeds: 304 to If-None-Match (JSON Feed) and to If-Modified-Since (the sitemap, which sends no ETag).
    expect(asked("/feeds/feed.json")).toMatchObject([{ status: 304, ifNoneMatch: expect.stringMatching(/^"/) }]);
    expect(asked("/feeds/news-sitemap.xml")).toMatchObject([{ status: 304, ifModifiedSince: "Wed, 04 Jun 2025 12:00:00 GMT", ifNoneMatch: undefined }]);
    // The changed feed is read; the Atom feed too, in full, since one of its items is still to be fetched.
    expect(asked("/feeds/rss.xml")).toMatchObject([{ status: 200 }]);
    expect(asked("/feeds/atom.xml")).toMatchObject([{ status: 200, ifNoneMatch: undefined }]);
    // Only the new item and the one that timed out are fetched: not the items landed or failed for good.
    expect(pagesAsked(from).sort()).toEqual(["/news/new-item.html", "/slow.html", "/slow.html"]);
    expect(errorLines(r.stderr)).toEqual([`actorgraph: ${b}/slow.html: timeout after 0.5 s`]);
    expect(r.stdout).toMatch(/^fetch: 4 feeds \(2 not modified\), 6 items \(4 seen before\); 1 pages fetched, 1 failed;/m);
    expect(r.stdout).toMatch(/^ingest: 1 articles ok, 1 failed;/m);
    expect(await query("MATCH (d:Document) RETURN count(d) AS c")).toEqual([{ c: 5 }]);
    // The page has no date: the feed's.
    expect(await query("MATCH (d:Document {url: 'https://news.example.org/asia/india-pakistan-talks'}) RETURN d.published AS p")).toEqual([{ p: "2025-06-05" }]);
    const state = JSON.parse(readFileSync(join(stateDir, "web-state.json"), "utf8"));
    expect(Object.keys(state.feeds[`${b}/feeds/rss.xml`].items).sort()).toEqual(["fixture-news-1001", "fixture-news-1002", "fixture-news-1003"]);
    expect(state.feeds[`${b}/feeds/rss.xml`].items["fixture-news-1002"].failed).toBe("HTTP 404");
  }, 90_000);

  it("--refetch fetches the seen items again, which the database finds unchanged", async () => {
    const from = server.log.length;
    const r = await cli(["ingest", "--refetch", "--feed", `${server.base}/feeds/feed.json`, ...FAST], stateDir);
    expect(server.log.slice(from).find((l) => l.path === "/feeds/feed.json")).toMatchObject({ status: 200, ifNoneMatch: undefined });
    expect(r.stdout).toMatch(/^ingest: 0 articles ok, 1 unchanged, 1 failed;/m);
    expect(errorLines(r.stderr)).toEqual([`actorgraph: ${server.base}/private/secret.html: disallowed by robots.txt`]);
  }, 60_000);
});

describe("ingest URL", () => {
  it("reads pages by URL, and the next time asks whether they changed", async () => {
    const stateDir = tempDir("actorgraph-web-state-");
    const pages = [`${server.base}/news/japan-australia.html`, `${server.base}/r/eu-sanctions`];
    const first = await cli(["ingest", ...pages, ...FAST], stateDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^fetch: 2 pages fetched, 0 failed;/m);
    // Landed by the feeds before: the same texts at the same canonical URLs.
    expect(first.stdout).toMatch(/^ingest: 0 articles ok, 2 unchanged, 0 failed;/m);
    const from = server.log.length;
    const second = await cli(["ingest", ...pages, ...FAST], stateDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^fetch: 0 pages fetched, 2 not modified, 0 failed;/m);
    const final = server.log.slice(from).filter((l) => l.path.startsWith("/news/"));
    expect(final).toMatchObject([
      { status: 304, ifNoneMatch: expect.stringMatching(/^"/) },
      { status: 304, ifNoneMatch: expect.stringMatching(/^"/) },
    ]);
  }, 60_000);

  it("ingests files and URLs in one batch, and a bad URL is one line", async () => {
    const stateDir = tempDir("actorgraph-web-state-");
    // A port nothing listens on: opened, then closed.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const r = await cli(["ingest", join(ROOT, "corpus", "lula-visita-china.pt.md"), `${server.base}/nowhere.html`, `http://127.0.0.1:${port}/x.html`, ...FAST], stateDir);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([`actorgraph: ${server.base}/nowhere.html: HTTP 404`, `actorgraph: http://127.0.0.1:${port}/x.html: cannot connect (ECONNREFUSED), reading http://127.0.0.1:${port}/robots.txt`]);
    expect(r.stdout).toMatch(/^ingest: 1 articles ok, 2 failed;/m);
  }, 60_000);
});

describe("watch", () => {
  function watch(args: string[], stateDir: string) {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "watch", ...args], { cwd: ROOT, env: env(stateDir), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const until = async (what: () => boolean, ms = 60_000) => {
      const end = Date.now() + ms;
      while (!what()) {
        if (Date.now() > end) throw new Error(`waited in vain; stdout:\n${stdout}\nstderr:\n${stderr}`);
        if (child.exitCode !== null) throw new Error(`watch exited ${child.exitCode}; stdout:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    return { child, until, exited, out: () => stdout, err: () => stderr };
  }

  it("runs a batch every interval, asking conditionally, and stops at once between batches", async () => {
    const stateDir = tempDir("actorgraph-web-state-");
    const from = server.log.length;
    const w = watch(["--feed", `${server.base}/feeds/news-sitemap.xml`, "--every", "1s", ...FAST], stateDir);
    await w.until(() => /watch: batch 3 at/.test(w.out()) && /watch: next batch at/.test(w.out().split("watch: batch 3")[1] ?? ""));
    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
    expect(w.out()).toMatch(/watch: stopped after 3 batches$/m);
    const sitemap = server.log.slice(from).filter((l) => l.path === "/feeds/news-sitemap.xml");
    expect(sitemap.map((l) => l.status)).toEqual([200, 304, 304]);
    // The failures of the first batch are failures for good: not asked again.
    expect(pagesAsked(from).sort()).toEqual(["/huge.html", "/news/japan-australia.html", "/report.pdf"]);
  }, 90_000);

  it("lets the batch in hand finish on SIGINT, then exits", async () => {
    const stateDir = tempDir("actorgraph-web-state-");
    const page = readFileSync(join(WEB_FIXTURES, "news", "new-item.html"), "utf8")
      .replace("india-pakistan-talks", "watch-page")
      .replace("India and Pakistan agreed on Thursday", "Egypt and Ethiopia agreed on Thursday")
      .replace("India and Pakistan agree", "Egypt and Ethiopia agree")
      .replace("New Delhi", "Cairo")
      .replace("Pakistan welcomed", "Ethiopia welcomed");
    server.routes.set("/feeds/watch.json", (_req, res) => {
      res.writeHead(200, { "content-type": "application/feed+json" });
      res.end(JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "w", items: [{ id: "w1", url: `${server.base}/news/watch-page.html`, date_published: "2025-06-07T00:00:00Z" }] }));
    });
    let asked!: () => void;
    const pageAsked = new Promise<void>((r) => (asked = r));
    server.routes.set("/news/watch-page.html", (_req, res) => {
      asked();
      // Answered a while after the signal, well within the timeout.
      setTimeout(() => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(page);
      }, 1_500);
    });
    const w = watch(["--feed", `${server.base}/feeds/watch.json`, "--every", "1h", "--timeout", "10", "--retries", "1", "--host-delay", "0"], stateDir);
    await pageAsked;
    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
    expect(w.err()).toMatch(/watch: SIGINT: finishing the batch in hand/);
    expect(w.out()).toMatch(/^ingest: 1 articles ok, 0 failed;/m);
    expect(w.out()).toMatch(/watch: stopped after 1 batch$/m);
    expect(await query("MATCH (d:Document {url: 'https://news.example.org/asia/watch-page'}) RETURN d.published AS p")).toEqual([{ p: "2025-06-07" }]);
    const state = JSON.parse(readFileSync(join(stateDir, "web-state.json"), "utf8"));
    expect(Object.keys(state.feeds[`${server.base}/feeds/watch.json`].items)).toEqual(["w1"]);
  }, 90_000);
});
