#!/usr/bin/env node
/**
 * `npm run build` (also run by `npm pack`, and by scripts/cli.mjs when the build is missing or stale): the CLI
 * and the benchmarks compiled to JavaScript in dist/ (tsc -p tsconfig.build.json), the viewer
 * bundled into viewer/dist (esbuild), and dist/.built, whose time scripts/cli.mjs compares with
 * the sources'. Plain JavaScript, so that it runs before anything is built.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const started = performance.now();

// A clean build: a source that was deleted or moved leaves no module behind.
rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (tsc.status !== 0) {
  process.stderr.write(`build: tsc failed (exit ${tsc.status ?? tsc.error?.message})\n`);
  process.exit(1);
}
const { buildViewer } = await import("../dist/src/server/buildViewer.js");
await buildViewer();
writeFileSync(join(dist, ".built"), `${new Date().toISOString()}\n`);
process.stderr.write(`build: dist/ and viewer/dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
