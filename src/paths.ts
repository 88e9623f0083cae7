/** Where the package's own files are, for code that reads them at run time. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package root: the nearest folder above this module with a package.json. This module runs as
 * src/paths.ts (tsx, tests), as dist/src/paths.js (the built CLI in a clone) and as
 * node_modules/actorgraph/dist/src/paths.js (an installed package); all three find the folder that
 * holds data/, cypher/ and viewer/dist/.
 */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const REPO_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

/** True when this code runs from its TypeScript sources (tsx, vitest) rather than the build in dist/. */
export const FROM_SOURCES = import.meta.url.endsWith(".ts");

/** Language data: lexicons, gazetteers, agreement kinds, the benchmark's sentence templates. */
export const DATA_DIR = join(REPO_ROOT, "data");
/** The sample articles `demo` ingests. */
export const CORPUS_DIR = join(REPO_ROOT, "corpus");
/** The Cypher library behind `query`. */
export const QUERY_DIR = join(REPO_ROOT, "cypher", "queries");
export const SCHEMA_FILE = join(REPO_ROOT, "cypher", "schema.cypher");
/** The Maven project that fetches Neo4j's jars, and its build output (in a clone of the repository only). */
export const NEO4J_MAVEN_DIR = join(REPO_ROOT, "neo4j");
/** Local servers' homes, one per Bolt port. */
export const NEO4J_HOMES = join(REPO_ROOT, ".neo4j");
/** The viewer's sources and the bundle the server serves (built by `npm run build`, shipped in the package). */
export const VIEWER_DIR = join(REPO_ROOT, "viewer");
export const VIEWER_DIST = join(VIEWER_DIR, "dist");
