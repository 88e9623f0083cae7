/**
 * The package as users get it: `npm pack` (which builds), installed from the tarball into an empty
 * folder outside the repository without dev dependencies, its `actorgraph` bin run there: no tsx,
 * no esbuild, no TypeScript, the data and the viewer found inside node_modules/actorgraph.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { ROOT, SEED } from "../support/articles.js";
import { freshDatabase, testConfig } from "../support/db.js";

const exec = promisify(execFile);
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

let dir: string;
let app: string;
let bin: string;
let packed: { filename: string; size: number; files: { path: string }[] };

/** The installed bin, run from the app folder; no Neo4j unless the caller's env names one. */
function actorgraph(args: string[], env: Record<string, string> = {}) {
  return exec(bin, args, { cwd: app, encoding: "utf8", env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:9", ...env }, maxBuffer: 64 * 2 ** 20 }).then(
    (r) => ({ status: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ status: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "actorgraph-package-"));
  app = join(dir, "app");
  // `npm pack` runs the prepack build: what is packed is what the sources compile to now.
  const pack = await exec("npm", ["pack", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;
  spawnSync("mkdir", [app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
  await exec("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", join(dir, packed.filename)], { cwd: app, encoding: "utf8" });
  bin = join(app, "node_modules", ".bin", "actorgraph");
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("ships the compiled CLI, the viewer's bundle and the data, and no sources, tests, scripts or benchmarks", () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of ["bin/actorgraph.mjs", "dist/src/cli/main.js", "dist/src/ingest/extractWorkerMain.js", "viewer/dist/app.js", "viewer/dist/index.html", "data/models/pt.syntax.gz", "data/lexicon/pt.yaml", "cypher/schema.cypher", "cypher/queries/actor-profile.cypher", "corpus/kim-putin-call.pt.md"]) {
      expect(paths, p).toContain(p);
    }
    expect(paths.filter((p) => /^(src|test|scripts|bench|viewer\/src|neo4j|dist\/bench)\//.test(p) || p.endsWith(".map") || p.endsWith(".ts"))).toEqual([]);
    // The models are most of it; a tarball far larger than they are ships something it should not.
    expect(packed.size).toBeLessThan(35 * 2 ** 20);
  });

  it("installs without dev dependencies: no tsx, esbuild, TypeScript or vitest next to it", () => {
    for (const dev of ["tsx", "esbuild", "typescript", "vitest", "playwright-core", "sigma"]) expect(existsSync(join(app, "node_modules", dev)), dev).toBe(false);
    for (const dep of ["yaml", "neo4j-driver", "commander"]) expect(existsSync(join(app, "node_modules", dep)), dep).toBe(true);
  });

  it("answers --version and --help, naming every command", async () => {
    const v = await actorgraph(["--version"]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout.trim()).toBe(VERSION);
    const h = await actorgraph(["--help"]);
    expect(h.status, h.stderr).toBe(0);
    for (const c of ["neo4j", "extract", "ingest", "export", "query", "viewer", "demo", "parse", "bench"]) expect(h.stdout).toMatch(new RegExp(`^  ${c} `, "m"));
  });

  it("loads none of the commands' work for --version and --help: no extraction, syntax, driver or server", async () => {
    // A resolve hook writes down every module Node loads; startup time itself is a benchmark's business (bench --only startup).
    const dir = mkdtempSync(join(tmpdir(), "ag-loaded-"));
    writeFileSync(join(dir, "hooks.mjs"), 'import { appendFileSync } from "node:fs";\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(process.env.AG_LOADED, r.url + "\\n"); return r; }\n');
    writeFileSync(join(dir, "register.mjs"), 'import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n');
    try {
      for (const args of [["--version"], ["--help"]]) {
        const log = join(dir, `${args[0]!.slice(2)}.log`);
        writeFileSync(log, "");
        await exec(process.execPath, ["--import", join(dir, "register.mjs"), join(app, "node_modules", "actorgraph", "bin", "actorgraph.mjs"), ...args], { cwd: app, env: { ...process.env, AG_LOADED: log } });
        const loaded = readFileSync(log, "utf8").split("\n").filter(Boolean);
        expect(loaded.some((u) => u.endsWith("/dist/src/cli/main.js"))).toBe(true);
        const heavy = loaded.filter((u) => /\/dist\/src\/(extract|syntax|server|graph|ingest|neo4j\/(driver|write|read))\/|\/node_modules\/(neo4j-driver|fastify|linkedom|@mozilla)\//.test(u));
        expect(heavy, args[0]).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("extracts the seed article with the data inside the package", async () => {
    const r = await actorgraph(["extract", SEED, "--published", "2025-08-13"]);
    expect(r.status, r.stderr).toBe(0);
    const graph = JSON.parse(r.stdout) as { nodes: { attributes?: { labels?: string[]; id?: string } }[] };
    const ids = graph.nodes.map((n) => `${n.attributes?.labels?.[0]}:${n.attributes?.id}`);
    expect(ids).toEqual(expect.arrayContaining(["Person:Q7747", "Person:Q56226", "State:RUS", "State:PRK"]));
    expect(ids.filter((i) => i.startsWith("Document:"))).toHaveLength(1);
    expect(ids.some((i) => i.startsWith("Event:"))).toBe(true);
    const s = await actorgraph(["extract", SEED, "--format", "summary"]);
    expect(s.stdout).toMatch(/Vladimir Putin/);
  });

  it("lists the query library, parses with the shipped models, and says the local server and bench need a clone", async () => {
    const q = await actorgraph(["query", "--list"]);
    expect(q.status, q.stderr).toBe(0);
    expect(q.stdout).toMatch(/^actor-profile$/m);
    const p = await exec("sh", ["-c", `echo 'Putin falou com Kim.' | '${bin}' parse --lang pt`], { cwd: app, encoding: "utf8" });
    expect(p.stdout).toMatch(/^2\tfalou\tfalar\tVERB\t/m);
    const n = await actorgraph(["neo4j", "start"]);
    expect([n.status, n.stderr]).toEqual([2, expect.stringMatching(/does not ship: run Neo4j 5 yourself .* set NEO4J_URI/)]);
    const b = await actorgraph(["bench", "--only", "startup"]);
    expect([b.status, b.stderr.trim()]).toEqual([2, "actorgraph: bench runs from a clone of the repository (the package does not ship the benchmarks)"]);
  });

  it("serves the prebuilt viewer", async () => {
    const child = spawn(bin, ["viewer", "--port", "0"], { cwd: app, env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:9", VIEWER_TOKEN: "" } });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`no address within 30 s: ${out}`)), 30_000);
        const read = (c: Buffer) => {
          out += c;
          const m = /actorgraph viewer at (http:\/\/\S+?)\/? \(/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        };
        child.stdout.on("data", read);
        child.stderr.on("data", read);
      });
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/app\.js/);
      const js = await fetch(`${base}/app.js`);
      expect(js.status).toBe(200);
      expect((await js.text()).length).toBeGreaterThan(50_000);
    } finally {
      child.kill("SIGTERM");
    }
  });

  describe("against the test Neo4j, through neo4j://", () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await freshDatabase();
    });
    afterAll(() => driver?.close());

    it("ingests the seed article and answers a library query", async () => {
      const cfg = testConfig();
      const env = { NEO4J_URI: cfg.uri.replace(/^bolt/, "neo4j"), NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database };
      const i = await actorgraph(["ingest", SEED, "--published", "2025-08-13"], env);
      expect(i.status, i.stderr).toBe(0);
      expect(i.stdout).toMatch(/^ingest: 1 articles ok, 0 failed; nodes [1-9]/m);
      const q = await actorgraph(["query", "actor-profile", "--param", "actor=Kim Jong Un", "--format", "json"], env);
      expect(q.status, q.stderr).toBe(0);
      expect(q.stdout).toContain("Q56226");
    });
  });
});
