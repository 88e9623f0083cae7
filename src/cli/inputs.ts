import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { EXTENSIONS, type InputError } from "../extract/index.js";

/** Files from arguments: files as given, folders walked recursively for article extensions, simple globs. */
export function expandInputs(paths: string[]): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) files.push(p);
    }
  };
  // npm runs scripts from the package root; paths the user typed are relative to where they were.
  const base = process.env.INIT_CWD ?? process.cwd();
  for (const typed of paths) {
    const p = isAbsolute(typed) ? typed : relative(process.cwd(), resolve(base, typed)) || ".";
    if (/[*?]/.test(p)) {
      const matches = globSync(p);
      if (!matches.length) errors.push({ source: p, message: "no file matches this pattern" });
      files.push(...matches);
    } else if (!existsSync(p)) errors.push({ source: p, message: "no such file or folder" });
    else if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

function globSync(pattern: string): string[] {
  // Node 20 has no fs.globSync; a folder part plus a file pattern covers what users type ("corpus/*.txt").
  const slash = pattern.lastIndexOf("/");
  const dir = slash >= 0 ? pattern.slice(0, slash) || "/" : ".";
  const rx = new RegExp(`^${pattern.slice(slash + 1).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => rx.test(n)).sort().map((n) => (dir === "." ? n : join(dir, n)));
}
