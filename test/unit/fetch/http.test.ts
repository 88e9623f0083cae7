/** The polite HTTP client against a loopback server: each failure's one line, retries, limits. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher, FetchError, type FetchOptions } from "../../../src/fetch/http.js";
import { startFixtureServer, type FixtureServer } from "../../support/webServer.js";

let server: FixtureServer;
const fast: Partial<FetchOptions> = { timeoutMs: 300, retries: 1, backoffMs: 20, hostDelayMs: 0, maxBytes: 64 * 1024 };
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return { message: (err as FetchError).message, transient: (err as FetchError).transient };
  }
  throw new Error("expected a failure");
};

beforeAll(async () => {
  server = await startFixtureServer({ slowMs: 2_000, hugeBytes: 512 * 1024 });
  let calls = 0;
  server.routes.set("/flaky.html", (_req, res) => {
    calls++;
    if (calls === 1) {
      res.writeHead(503, { "retry-after": "0" });
      return res.end();
    }
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<p>Second time lucky.</p>");
  });
  server.routes.set("/always-503.html", (_req, res) => {
    res.writeHead(503);
    res.end();
  });
  server.routes.set("/declared-huge.html", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": 10 * 1024 * 1024 });
    res.end();
  });
  for (let i = 0; i < 8; i++) server.routes.set(`/chain/${i}`, (_req, res) => (res.writeHead(301, { location: `/chain/${i + 1}` }), res.end()));
});
afterAll(() => server.close());

describe("Fetcher", () => {
  it("fetches a page with the project's user agent, follows a redirect, and reads robots.txt once", async () => {
    const f = new Fetcher(fast);
    const r = await f.get(`${server.base}/r/eu-sanctions`, "page");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.finalUrl).toBe(`${server.base}/news/eu-sanctions.html`);
    expect(r.contentType).toBe("text/html");
    expect(r.validators.etag).toMatch(/^"/);
    await f.get(`${server.base}/news/putin-xi.html`, "page");
    expect(server.log.filter((l) => l.path === "/robots.txt").length).toBe(1);
    expect(server.log.at(-1)!.userAgent).toMatch(/^actorgraph\/\d/);
  });

  it("answers not-modified to a conditional GET the server confirms", async () => {
    const f = new Fetcher(fast);
    const first = await f.get(`${server.base}/news/putin-xi.html`, "page");
    if (first.status !== "ok") throw new Error("expected ok");
    const again = await f.get(`${server.base}/news/putin-xi.html`, "page", first.validators);
    expect(again.status).toBe("not-modified");
    expect(server.log.at(-1)).toMatchObject({ status: 304, ifNoneMatch: first.validators.etag });
  });

  it("names each failure in one line", async () => {
    const f = new Fetcher(fast);
    expect(await failure(f.get(`${server.base}/missing.html`, "page"))).toEqual({ message: "HTTP 404", transient: false });
    expect(await failure(f.get(`${server.base}/loop/a`, "page"))).toMatchObject({ message: expect.stringMatching(/^too many redirects: a redirect loop \(.*\/loop\/a -> .*\/loop\/b -> .*\/loop\/a\)$/) });
    expect(await failure(f.get(`${server.base}/chain/0`, "page"))).toMatchObject({ message: "too many redirects (more than 5)" });
    expect(await failure(f.get(`${server.base}/private/secret.html`, "page"))).toEqual({ message: "disallowed by robots.txt", transient: false });
    expect(server.requests("/private/secret.html")).toEqual([]);
    expect(await failure(f.get(`${server.base}/report.pdf`, "page"))).toEqual({ message: "not HTML (content-type application/pdf)", transient: false });
    expect(await failure(f.get(`${server.base}/huge.html`, "page"))).toEqual({ message: "larger than 0.06 MB", transient: false });
    expect(await failure(f.get(`${server.base}/declared-huge.html`, "page"))).toEqual({ message: "larger than 0.06 MB (10 MB declared)", transient: false });
  });

  it("retries a timeout and a 5xx with backoff, and nothing else", async () => {
    const f = new Fetcher(fast);
    const t0 = Date.now();
    expect(await failure(f.get(`${server.base}/slow.html`, "page"))).toEqual({ message: "timeout after 0.3 s", transient: true });
    expect(Date.now() - t0).toBeLessThan(1_500);
    expect(server.requests("/slow.html")).toHaveLength(2);
    const flaky = await f.get(`${server.base}/flaky.html`, "page");
    expect(flaky.status).toBe("ok");
    expect(server.requests("/flaky.html")).toHaveLength(2);
    expect(await failure(f.get(`${server.base}/always-503.html`, "page"))).toEqual({ message: "HTTP 503", transient: true });
    expect(server.requests("/always-503.html")).toHaveLength(2);
    await failure(f.get(`${server.base}/missing.html`, "page"));
    const before = server.requests("/missing.html").length;
    await failure(f.get(`${server.base}/missing.html`, "page"));
    expect(server.requests("/missing.html").length - before).toBe(1);
  });

  it("spaces requests to one host and caps those in flight", async () => {
    const f = new Fetcher({ ...fast, hostDelayMs: 150 });
    const from = server.log.length;
    await Promise.all([1, 2, 3].map(() => f.get(`${server.base}/news/lula-china.html`, "page")));
    const starts = server.log.slice(from).map((l) => l.at);
    // robots.txt, then three pages: four requests at least 150 ms apart.
    expect(starts).toHaveLength(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(140);

    let inFlight = 0;
    let most = 0;
    server.routes.set("/held.html", (_req, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<p>held</p>");
      }, 50);
    });
    const capped = new Fetcher({ ...fast, concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => capped.get(`${server.base}/held.html`, "page")));
    expect(most).toBe(2);
  });

  it("treats a robots.txt the server cannot give as a refusal, and a missing one as leave to fetch", async () => {
    const other = await startFixtureServer();
    try {
      other.routes.set("/robots.txt", (_req, res) => (res.writeHead(500), res.end()));
      expect(await failure(new Fetcher(fast).get(`${other.base}/news/putin-xi.html`, "page"))).toMatchObject({ message: expect.stringMatching(/^disallowed: robots.txt of .* unreachable \(HTTP 500\)$/) });
      other.routes.set("/robots.txt", (_req, res) => (res.writeHead(404), res.end()));
      expect((await new Fetcher(fast).get(`${other.base}/private/secret.html`, "page")).status).toBe("ok");
      // Rules for our own token win over '*', and their Crawl-delay spaces our requests.
      other.routes.set("/robots.txt", (_req, res) => (res.writeHead(200, { "content-type": "text/plain" }), res.end("User-agent: *\nDisallow: /\n\nUser-agent: actorgraph\nCrawl-delay: 0.2\nDisallow: /private/\n")));
      const polite = new Fetcher(fast);
      const from = other.log.length;
      await polite.get(`${other.base}/news/putin-xi.html`, "page");
      await polite.get(`${other.base}/news/lula-china.html`, "page");
      const [robots, a, b] = other.log.slice(from);
      expect([robots!.path, a!.path, b!.path]).toEqual(["/robots.txt", "/news/putin-xi.html", "/news/lula-china.html"]);
      expect(b!.at - a!.at).toBeGreaterThanOrEqual(190);
      expect(await failure(polite.get(`${other.base}/private/secret.html`, "page"))).toEqual({ message: "disallowed by robots.txt", transient: false });
    } finally {
      await other.close();
    }
  });
});
