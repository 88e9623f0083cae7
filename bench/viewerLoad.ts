/**
 * A bounded load run of the viewer's read endpoints on the demo graph: the sample corpus ingested
 * into the throwaway server, the viewer started as users start it (`actorgraph viewer`, its own
 * process, loopback only), then a fixed number of requests per endpoint, a fixed number at a time,
 * each with a timeout, the whole run with a deadline. Prints p50/p99 latency and the error count.
 */
import { spawn } from "node:child_process";
import type { Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../src/config/neo4j.js";
import { createDriver } from "../src/neo4j/driver.js";
import { applySchema } from "../src/neo4j/schema.js";
import { CORPUS_DIR, REPO_ROOT } from "../src/paths.js";
import { cliArgs } from "./cli.js";
import { articlesFrom, ingestArticles } from "../src/ingest/ingest.js";
import { expandInputs } from "../src/cli/inputs.js";

export interface LoadOptions {
  requests: number;
  concurrency: number;
  /** Per request; a request that takes longer counts as an error. */
  timeoutMs?: number;
  /** For the whole run of one endpoint: it stops by itself, whatever the server does. */
  deadlineMs?: number;
}

/** Options of the load benchmark: the load, and the requests sent first and not counted. */
export interface ViewerLoadOptions extends LoadOptions {
  warmup: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  seconds: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/** Sends `requests` GETs, `concurrency` at a time, to the paths `pathOf(i)` gives; only loopback. */
export async function loadRun(base: string, pathOf: (i: number) => string, opts: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|\[::1\]|localhost)(:\d+)?$/.test(base)) throw new Error(`the load run targets loopback only, not ${base}`);
  const deadline = Date.now() + (opts.deadlineMs ?? 120_000);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < opts.requests && Date.now() < deadline) {
      const i = next++;
      const t = performance.now();
      try {
        const res = await fetch(`${base}${pathOf(i)}`, { signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  // Requests the deadline cut off never ran: they count as errors too.
  errors += opts.requests - latencies.length;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? NaN, seconds: (performance.now() - started) / 1000 };
}

/** Starts `actorgraph viewer` on a free loopback port against `config`; resolves with its address. */
function startViewer(config: Neo4jConfig): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, [...cliArgs(), "viewer", "--host", "127.0.0.1", "--port", "0"], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database, VIEWER_TOKEN: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () => child.kill("SIGTERM");
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the viewer did not start within 60 s: ${out.trim()}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /actorgraph viewer at (http:\/\/\S+?)\/? \(/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ base: m[1]!, stop });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the viewer exited (${code}): ${out.trim()}`));
    });
  });
}

/** What the requests ask for: names to complete and nodes to open, from the graph itself. */
async function targets(driver: Driver, database: string): Promise<{ words: string[]; keys: string[] }> {
  const r = await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.name IS NOT NULL
     RETURN [l IN labels(n) WHERE NOT l IN ['Actor', 'Entity']][0] + ':' + n.id AS key, n.name AS name ORDER BY coalesce(n.mentions, 0) DESC LIMIT 200`,
    {},
    { database },
  );
  const events = await driver.executeQuery("MATCH (e:Event) RETURN 'Event:' + e.id AS key ORDER BY coalesce(e.reports, 1) DESC LIMIT 100", {}, { database });
  const keys = [...r.records.map((x) => x.get("key") as string), ...events.records.map((x) => x.get("key") as string)];
  // What a user types while completing: the first letters of a name's first word.
  const words = r.records.map((x) => String(x.get("name")).split(/\s+/)[0]!.slice(0, 4)).filter((w) => w.length >= 2);
  return { words, keys };
}

/** Ingests the demo corpus into the (empty) database of `config` and runs the load against a real viewer. */
export async function benchViewerLoad(config: Neo4jConfig, opts: ViewerLoadOptions, print: (l: string) => void): Promise<void> {
  const driver = createDriver(config);
  try {
    await applySchema(driver, config.database);
    const { articles, errors } = articlesFrom(expandInputs([CORPUS_DIR]).files);
    const report = await ingestArticles(driver, articles, errors, { database: config.database });
    const { words, keys } = await targets(driver, config.database);
    const viewer = await startViewer(config);
    try {
      const endpoints: [string, (i: number) => string, number][] = [
        ["search", (i) => `/api/search?q=${encodeURIComponent(words[i % words.length]!)}`, opts.requests],
        ["node details", (i) => `/api/node?key=${encodeURIComponent(keys[i % keys.length]!)}`, opts.requests],
        ["expand", (i) => `/api/expand?key=${encodeURIComponent(keys[i % keys.length]!)}`, opts.requests],
        // The starting view reads every event's neighbourhood: heavier, and asked once per visit.
        ["overview", () => "/api/graph?events=300", Math.max(1, Math.round(opts.requests / 10))],
      ];
      print(`viewer load: demo graph (${report.ok + report.unchanged} corpus articles), 'actorgraph viewer' at ${viewer.base} in its own process, ${opts.concurrency} requests at a time, ${opts.timeoutMs ?? 10_000} ms timeout each, after ${opts.warmup} requests per endpoint not counted`);
      for (const [name, path, requests] of endpoints) {
        // The first few hundred requests of a fresh server wait for Neo4j's JVM to compile the paths
        // they take (node details at 2,000 requests: p99 ~500 ms with 50 sent first, ~100 ms at
        // 6,000): what a viewer that has been up for a minute answers is the figure.
        if (opts.warmup > 0) await loadRun(viewer.base, path, { ...opts, requests: Math.min(requests, opts.warmup) });
        const r = await loadRun(viewer.base, path, { ...opts, requests });
        print(
          `viewer load ${name.padEnd(12)} ${String(r.requests).padStart(5)} requests in ${r.seconds.toFixed(1).padStart(5)} s (${(r.requests / r.seconds).toFixed(0)}/s): ` +
            `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(0)} ms, ${r.errors} errors`,
        );
      }
    } finally {
      viewer.stop();
    }
  } finally {
    await driver.close();
  }
}
