/** The two ways to run the CLI from a clone: the build in dist/, and the TypeScript sources through tsx. */
import { join } from "node:path";
import { FROM_SOURCES, REPO_ROOT } from "../src/paths.js";

export const BUILT_CLI = join(REPO_ROOT, "dist", "src", "cli", "main.js");
export const SOURCE_CLI = join(REPO_ROOT, "src", "cli", "main.ts");
/** tsx's own command, as `npm run dev` (and every npm script before the build) runs it. */
export const TSX_CLI = join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Node arguments that run the CLI the way this process runs: built, or from the sources. */
export function cliArgs(fromSources = FROM_SOURCES): string[] {
  return fromSources ? ["--import", "tsx", SOURCE_CLI] : [BUILT_CLI];
}
