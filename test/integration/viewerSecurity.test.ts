/**
 * The viewer's server as someone on the network meets it: the access token and its cookie, the Host
 * check on loopback, security headers, 404 for unknown and traversing paths, the Cypher endpoint's
 * rate limit and body cap, errors without stacks or credentials, and the refusal to listen beyond
 * loopback without a token. (The token flow in a real browser is in viewer.test.ts.)
 */
import { execFile } from "node:child_process";
import { request } from "node:http";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import type { FastifyInstance } from "fastify";
import { applySchema } from "../../src/neo4j/schema.js";
import { createDriver } from "../../src/neo4j/driver.js";
import { buildServer } from "../../src/server/server.js";
import { buildViewer } from "../../src/server/buildViewer.js";
import { checkExposure, isLoopback, redactUri, TOKEN_COOKIE } from "../../src/server/security.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { ROOT } from "../support/articles.js";

const TOKEN = "test-token-0123456789abcdef";
let driver: Driver;
let open: FastifyInstance;
let guarded: FastifyInstance;
let guardedPort: number;

beforeAll(async () => {
  driver = await freshDatabase();
  await applySchema(driver, testConfig().database);
  await buildViewer();
  open = buildServer({ driver, config: testConfig() });
  guarded = buildServer({ driver, config: testConfig(), token: TOKEN, cypherPerMinute: 3 });
  await open.ready();
  guardedPort = Number(new URL(await guarded.listen({ host: "127.0.0.1", port: 0 })).port);
}, 120_000);

afterAll(async () => {
  await open?.close();
  await guarded?.close();
  await driver?.close();
});

/** A GET sent as written, `..` and all: what curl --path-as-is sends, which inject() would normalise. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: guardedPort, path, headers: { cookie: `${TOKEN_COOKIE}=${TOKEN}` } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the access token", () => {
  it("is asked of the page and the API alike when set", async () => {
    const page = await guarded.inject({ url: "/" });
    expect(page.statusCode).toBe(401);
    expect(page.headers["content-type"]).toMatch(/^text\/plain/);
    expect(page.body).toMatch(/needs its access token: open the address with \?token=/);
    const api = await guarded.inject({ url: "/api/search?q=putin" });
    expect(api.statusCode).toBe(401);
    expect(api.json().error).toMatch(/needs its access token/);
    expect((await guarded.inject({ url: "/app.js" })).statusCode).toBe(401);
    expect((await guarded.inject({ url: "/?token=wrong-token-0123456789" })).statusCode).toBe(401);
    expect((await guarded.inject({ url: "/api/search?q=putin", cookies: { [TOKEN_COOKIE]: "wrong-token-0123456789" } })).statusCode).toBe(401);
  });

  it("given once in the address, becomes a cookie and leaves the address, other parameters kept", async () => {
    const first = await guarded.inject({ url: `/?sel=State%3ARUS&token=${TOKEN}` });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe("/?sel=State%3ARUS");
    const cookie = first.cookies.find((c) => c.name === TOKEN_COOKIE)!;
    expect(cookie).toMatchObject({ value: TOKEN, httpOnly: true, sameSite: "Lax", path: "/" });
    const page = await guarded.inject({ url: "/?sel=State%3ARUS", cookies: { [TOKEN_COOKIE]: cookie.value } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<script type="module" src="app.js">');
    const api = await guarded.inject({ url: "/api/search?q=putin", cookies: { [TOKEN_COOKIE]: cookie.value } });
    expect(api.statusCode).toBe(200);
    // Scripts send it as a bearer token instead.
    expect((await guarded.inject({ url: "/api/search?q=putin", headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(200);
  });
});

describe("without a token, on loopback", () => {
  it("answers to loopback names only, so a site rebinding its name to 127.0.0.1 gets nothing", async () => {
    for (const host of ["127.0.0.1:5173", "localhost:5173", "[::1]:5173"]) expect((await open.inject({ url: "/api/search?q=x", headers: { host } })).statusCode, host).toBe(200);
    const rebound = await open.inject({ url: "/api/search?q=x", headers: { host: "attacker.example:5173" } });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json().error).toMatch(/answers only at a loopback address/);
  });
});

describe("headers", () => {
  it("carry a content security policy without inline script, and the usual protections", async () => {
    const r = await open.inject({ url: "/" });
    const csp = String(r.headers["content-security-policy"]);
    const directive = (name: string) => csp.split(";").find((d) => d.trim().startsWith(`${name} `))?.trim();
    expect(directive("script-src")).toBe("script-src 'self'");
    expect(directive("script-src-attr")).toBe("script-src-attr 'none'");
    expect(directive("default-src")).toBe("default-src 'self'");
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(r.headers["referrer-policy"]).toBe("no-referrer");
    expect(r.headers["x-powered-by"]).toBeUndefined();
    // And on refusals too.
    expect((await guarded.inject({ url: "/" })).headers["content-security-policy"]).toBe(csp);
  });
});

describe("unknown and traversing paths", () => {
  it.each(["/nope.html", "/api/nope", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/../package.json", "/src/", "/api/"])("%s answers 404", async (path) => {
    const r = await rawGet(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toMatch(/root:|"name": "actorgraph"|Forbidden/);
  });
});

describe("POST /api/cypher", () => {
  it("caps the body and says so", async () => {
    const r = await guarded.inject({ method: "POST", url: "/api/cypher", headers: { authorization: `Bearer ${TOKEN}` }, payload: { query: `RETURN 1 AS x /* ${"a".repeat(20_000)} */` } });
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toBe("the request body is over 16 KiB");
  });

  it("limits the queries a client may send a minute", async () => {
    const send = () => guarded.inject({ method: "POST", url: "/api/cypher", headers: { authorization: `Bearer ${TOKEN}` }, remoteAddress: "10.9.8.7", payload: { query: "RETURN 1 AS x" } });
    for (let i = 0; i < 3; i++) expect((await send()).statusCode).toBe(200);
    const over = await send();
    expect(over.statusCode).toBe(429);
    expect(over.json().error).toMatch(/^too many Cypher queries: at most 3 a minute; retry in/);
    // The read endpoints are not limited: the viewer calls them at every click.
    expect((await guarded.inject({ url: "/api/search?q=x", headers: { authorization: `Bearer ${TOKEN}` }, remoteAddress: "10.9.8.7" })).statusCode).toBe(200);
  });

  it("refuses what is not JSON or not a query, in one line", async () => {
    const json = (payload: string, type = "application/json") => open.inject({ method: "POST", url: "/api/cypher", headers: { "content-type": type }, payload });
    expect((await json("query=RETURN 1", "application/x-www-form-urlencoded")).statusCode).toBe(415);
    const bad = await json("{bad");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).not.toContain("\n");
    expect((await json('{"query": "RETURN 1", "params": [1]}')).json().error).toBe("params must be an object");
    expect((await json('{"query": ""}')).json().error).toBe("empty query");
  });
});

describe("errors", () => {
  it("carry neither stack traces nor credentials", async () => {
    const config = { ...testConfig(), uri: "bolt://neo4j:s3cret-pass@127.0.0.1:1", password: "s3cret-pass" };
    const dead = createDriver({ ...config, uri: "bolt://127.0.0.1:1" });
    const down = buildServer({ driver: dead, config });
    try {
      const r = await down.inject({ url: "/api/health" });
      expect(r.statusCode).toBe(503);
      expect(r.body).not.toMatch(/s3cret|\n\s+at |\.ts:\d+/);
      expect(r.json().error).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      await down.close();
      await dead.close();
    }
    // An error nobody foresaw is a 500 with a fixed message; its cause goes to the server's console.
    const broken = { session: () => { throw new Error("internal detail with s3cret\n    at broken (src/x.ts:1:1)"); } } as unknown as Driver;
    const app = buildServer({ driver: broken, config: testConfig() });
    const write = process.stderr.write;
    let logged = "";
    process.stderr.write = ((s: string) => ((logged += s), true)) as typeof process.stderr.write;
    try {
      const r = await app.inject({ url: "/api/search?q=putin" });
      expect(r.statusCode).toBe(500);
      expect(r.json()).toEqual({ error: "internal error in the viewer's server (its console has the cause)" });
    } finally {
      process.stderr.write = write;
      await app.close();
    }
    expect(logged.trim().split("\n")).toHaveLength(1);
    expect(redactUri("bolt://neo4j:s3cret@db:7687")).toBe("bolt://db:7687");
  });
});

describe("listening beyond loopback", () => {
  it("needs a token of some length, and the command says why without one", async () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) expect(isLoopback(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "example.org", "10.0.0.1"]) expect(isLoopback(host), host).toBe(false);
    expect(() => checkExposure("127.0.0.1", undefined)).not.toThrow();
    expect(() => checkExposure("0.0.0.0", TOKEN)).not.toThrow();
    expect(() => checkExposure("0.0.0.0", "short")).toThrow(/at least 16 characters/);
    const run = promisify(execFile);
    const env = { ...process.env, VIEWER_TOKEN: "" };
    const r = await run("npx", ["tsx", "src/cli/main.ts", "viewer", "--host", "0.0.0.0", "--port", "0"], { cwd: ROOT, env, encoding: "utf8" }).catch((e) => e);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without an access token: other machines could read the graph .* --token or VIEWER_TOKEN/);
  }, 60_000);
});
