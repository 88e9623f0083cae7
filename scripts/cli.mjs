#!/usr/bin/env node
/**
 * How the npm scripts run actorgraph in a clone: the compiled CLI in dist/, built first when it is
 * missing or older than a source (src/, bench/, viewer/, the tsconfigs). The build's output goes
 * to stderr, so `npm run -s extract ... > out.json` stays clean. Development without a build:
 * `npm run dev -- COMMAND` (tsx).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -Infinity;
  }
}

/** The newest modification time under a folder (or of a file). */
function newest(path) {
  let t = mtime(path);
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return t;
  }
  for (const e of entries) {
    if (e.name === "node_modules" || e.name === "dist") continue;
    t = Math.max(t, e.isDirectory() ? newest(join(path, e.name)) : mtime(join(path, e.name)));
  }
  return t;
}

const built = mtime(join(root, "dist", ".built"));
const sources = ["src", "bench", "viewer", "tsconfig.json", "tsconfig.build.json"].map((p) => newest(join(root, p)));
if (Math.max(...sources) > built) {
  const r = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: ["ignore", 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import("../dist/src/cli/main.js");
