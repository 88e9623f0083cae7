/**
 * How long the CLI takes to answer `--version` and `query --list` (no database): the sources
 * through tsx, as every npm script ran them before the build, against the compiled CLI in dist/.
 * Each figure is the wall time of a fresh process, median and fastest of several runs, one after
 * the other, so that both ways see the same machine.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { BUILT_CLI, SOURCE_CLI, TSX_CLI } from "./cli.js";
import { REPO_ROOT } from "../src/paths.js";

const COMMANDS = [["--version"], ["query", "--list"]];

function time(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8" });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.trim().split("\n").at(-1)}`);
  return ms;
}

export async function benchStartup(runs: number, print: (line: string) => void): Promise<void> {
  const ways: [string, string[]][] = [
    ["tsx (sources)", [TSX_CLI, SOURCE_CLI]],
    ["built (dist/)", [BUILT_CLI]],
  ];
  for (const [name] of ways.filter(([, a]) => !existsSync(a[0]!))) print(`startup ${name}: missing, run 'npm run build' (and 'npm ci' for tsx)`);
  for (const cmd of COMMANDS) {
    const figures: string[] = [];
    for (const [name, args] of ways.filter(([, a]) => existsSync(a[0]!))) {
      time([...args, ...cmd]); // the first run pays for cold file caches
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) ms.push(time([...args, ...cmd]));
      ms.sort((a, b) => a - b);
      figures.push(`${name} ${(ms[ms.length >> 1]! / 1000).toFixed(2)} s (fastest ${(ms[0]! / 1000).toFixed(2)} s)`);
    }
    print(`startup \`actorgraph ${cmd.join(" ")}\`, median of ${runs} fresh processes: ${figures.join("; ")}`);
  }
}
