/** Feeds to items, pages to articles, durations, and the state file between runs. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFeedBody } from "../../../src/fetch/feeds.js";
import { canonicalUrl, pageArticle } from "../../../src/fetch/web.js";
import { WebState, STATE_FILE } from "../../../src/fetch/state.js";
import { parseDuration } from "../../../src/fetch/duration.js";
import { WEB_FIXTURES } from "../../support/webServer.js";
import { tempDir } from "../../support/files.js";

const BASE = "http://127.0.0.1:8123";
const fixture = (name: string) => readFileSync(join(WEB_FIXTURES, name), "utf8").replaceAll("{{BASE}}", BASE);

describe("parseFeedBody", () => {
  it("reads RSS 2.0: link, guid as key, pubDate", () => {
    const f = parseFeedBody(fixture("feeds/rss.xml"), `${BASE}/feeds/rss.xml`);
    expect(f.format).toBe("rss");
    expect(f.items).toEqual([
      { key: "fixture-news-1001", url: `${BASE}/news/putin-xi.html`, title: "Putin and Xi meet in Moscow", published: "Sun, 01 Jun 2025 22:00:00 GMT" },
      { key: "fixture-news-1002", url: `${BASE}/missing.html`, title: "A story that was taken down", published: "Sun, 01 Jun 2025 23:00:00 GMT" },
    ]);
  });

  it("reads Atom: the alternate link (relative to the feed), id, published else updated", () => {
    const f = parseFeedBody(fixture("feeds/atom.xml"), `${BASE}/feeds/atom.xml`);
    expect(f.format).toBe("atom");
    expect(f.items.map((i) => [i.key, i.url, i.published])).toEqual([
      ["urn:fixture:atom:lula-china", `${BASE}/news/lula-china.html`, "2025-06-04T10:00:00Z"],
      ["urn:fixture:atom:loop", `${BASE}/loop/a`, "2025-06-04T10:30:00Z"],
      ["urn:fixture:atom:slow", `${BASE}/slow.html`, "2025-06-04T10:45:00Z"],
    ]);
  });

  it("reads JSON Feed", () => {
    const f = parseFeedBody(fixture("feeds/feed.json"), `${BASE}/feeds/feed.json`);
    expect(f.format).toBe("json");
    expect(f.items.map((i) => [i.key, i.url, i.published])).toEqual([
      ["eu-sanctions-2025-06-06", `${BASE}/r/eu-sanctions`, "2025-06-06T07:00:00Z"],
      ["private-1", `${BASE}/private/secret.html`, "2025-06-06T08:00:00Z"],
    ]);
  });

  it("reads a news sitemap (publication date, else lastmod) and a sitemap index", () => {
    const f = parseFeedBody(fixture("feeds/news-sitemap.xml"), `${BASE}/feeds/news-sitemap.xml`);
    expect(f.format).toBe("sitemap");
    expect(f.items.map((i) => [i.url, i.published, i.title])).toEqual([
      [`${BASE}/news/japan-australia.html`, "2025-06-03T05:00:00+00:00", "Japan and Australia sign defence pact"],
      [`${BASE}/report.pdf`, "2025-06-03T06:00:00+00:00", "The full report, as a PDF"],
      [`${BASE}/huge.html`, "2025-06-03", undefined],
    ]);
    const idx = parseFeedBody(fixture("feeds/sitemap-index.xml"), `${BASE}/feeds/sitemap-index.xml`);
    expect(idx).toEqual({ format: "sitemapindex", items: [], sitemaps: [`${BASE}/feeds/news-sitemap.xml`] });
  });

  it("says what it expected of something that is not a feed", () => {
    expect(() => parseFeedBody("<html><body>hello</body></html>", BASE)).toThrow(/^not a feed: .*\(RSS, Atom, JSON Feed or a news sitemap expected\)$/);
  });
});

describe("pageArticle", () => {
  it("takes the canonical URL (resolved against the final URL) and the page's own date", () => {
    const a = pageArticle(`${BASE}/news/putin-xi.html`, fixture("news/putin-xi.html"), `${BASE}/news/putin-xi.html`, "2025-06-01T22:00:00.000Z");
    expect(a).toMatchObject({ source: `${BASE}/news/putin-xi.html`, url: "https://news.example.org/world/putin-xi-moscow", published: "2025-06-02", language: "en", title: "Putin and Xi meet in Moscow" });
    expect(a.text).toContain("Vladimir Putin met Chinese President Xi Jinping in Moscow");
    expect(a.text).not.toContain("Home");
    const pt = pageArticle("src", fixture("news/lula-china.html"), `${BASE}/news/lula-china.html`, "2025-06-04T10:00:00.000Z");
    expect(pt).toMatchObject({ url: `${BASE}/artigos/lula-china`, published: "2025-06-04", language: "pt" });
  });

  it("falls back to the final URL, and to the feed's date", () => {
    const a = pageArticle("src", fixture("news/eu-sanctions.html"), `${BASE}/news/eu-sanctions.html`, "2025-06-06T07:00:00.000Z");
    expect(a).toMatchObject({ url: `${BASE}/news/eu-sanctions.html`, published: "2025-06-06" });
    expect(canonicalUrl('<link rel="canonical" href="javascript:alert(1)">', BASE)).toBeUndefined();
    expect(canonicalUrl('<link rel="Canonical Alternate" href="/x#top">', BASE)).toBe(`${BASE}/x`);
  });
});

describe("parseDuration", () => {
  it("reads 30s, 15m, 1h, 1h30m and plain seconds", () => {
    expect(parseDuration("30s")).toBe(30_000);
    expect(parseDuration("15m")).toBe(900_000);
    expect(parseDuration("1h")).toBe(3_600_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("0.5s")).toBe(500);
    expect(parseDuration("45")).toBe(45_000);
    for (const bad of ["", "soon", "15x", "-5m", "0s"]) expect(() => parseDuration(bad)).toThrow(/not a duration/);
  });
});

describe("WebState", () => {
  it("keeps validators and seen items between loads, and starts afresh from a damaged file", () => {
    const dir = tempDir("actorgraph-state-");
    const s = WebState.load(dir);
    s.setValidators("http://a/feed", { etag: '"1"' });
    s.markSeen("http://a/feed", "item-1");
    s.markSeen("http://a/feed", "item-2", "HTTP 404");
    s.save();
    const t = WebState.load(dir);
    expect(t.validators("http://a/feed")).toEqual({ etag: '"1"', lastModified: undefined });
    expect(t.seen("http://a/feed", "item-1")).toBe(true);
    expect(t.seen("http://a/feed", "item-2")).toBe(true);
    expect(t.seen("http://a/feed", "item-3")).toBe(false);
    t.prune("http://a/feed", new Set(["item-1"]), Date.now() + 100 * 24 * 3600 * 1000);
    expect(t.seen("http://a/feed", "item-2")).toBe(false);
    expect(t.seen("http://a/feed", "item-1")).toBe(true);
    writeFileSync(join(dir, STATE_FILE), "{ not json");
    expect(WebState.load(dir).validators("http://a/feed")).toBeUndefined();
  });
});
