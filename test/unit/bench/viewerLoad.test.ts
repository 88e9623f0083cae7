/** The viewer's load run in `npm run bench`: bounded in requests and time, loopback only, errors counted. */
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRun } from "../../../bench/viewerLoad.js";

// The deadline leaves requests in flight; on close their keep-alive sockets must go too, not idle
// out after the test hook's time.
const app = Fastify({ forceCloseConnections: true });
let base: string;
let seen = 0;
app.get("/ok", async () => (seen++, { ok: true }));
app.get("/fail", async (_req, reply) => reply.status(500).send({ error: "x" }));
app.get("/slow", () => new Promise((r) => setTimeout(() => r({ ok: true }), 300)));

beforeAll(async () => {
  base = await app.listen({ host: "127.0.0.1", port: 0 });
});
afterAll(() => app.close());

describe("loadRun", () => {
  it("sends exactly the requests asked for, a fixed number at a time, and gives percentiles", async () => {
    const r = await loadRun(base, () => "/ok", { requests: 200, concurrency: 20 });
    expect(r).toMatchObject({ requests: 200, errors: 0 });
    expect(seen).toBe(200);
    expect(r.p50).toBeLessThanOrEqual(r.p99);
    expect(r.p99).toBeLessThanOrEqual(r.max);
  });

  it("counts failed answers, timeouts and what its deadline cut off as errors, and stops by itself", async () => {
    expect((await loadRun(base, () => "/fail", { requests: 30, concurrency: 5 })).errors).toBe(30);
    expect((await loadRun(base, () => "/slow", { requests: 4, concurrency: 2, timeoutMs: 50 })).errors).toBe(4);
    const t = performance.now();
    const cut = await loadRun(base, () => "/slow", { requests: 1000, concurrency: 2, deadlineMs: 500 });
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(cut.requests).toBeLessThan(20);
    expect(cut.errors).toBe(1000 - cut.requests);
  });

  it("targets loopback only", async () => {
    await expect(loadRun("http://192.168.1.10:5173", () => "/", { requests: 1, concurrency: 1 })).rejects.toThrow(/loopback only/);
  });
});
