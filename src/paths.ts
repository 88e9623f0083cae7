/** Where the repository's own files are, for code that reads them at run time. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Language data: lexicons, gazetteers, agreement kinds, the benchmark's sentence templates. */
export const DATA_DIR = join(REPO_ROOT, "data");
/** The sample articles `demo` ingests. */
export const CORPUS_DIR = join(REPO_ROOT, "corpus");
/** The Cypher library behind `query`. */
export const QUERY_DIR = join(REPO_ROOT, "cypher", "queries");
export const SCHEMA_FILE = join(REPO_ROOT, "cypher", "schema.cypher");
/** The Maven project that fetches Neo4j's jars, and its build output. */
export const NEO4J_MAVEN_DIR = join(REPO_ROOT, "neo4j");
/** Local servers' homes, one per Bolt port. */
export const NEO4J_HOMES = join(REPO_ROOT, ".neo4j");
/** The viewer's sources and the bundle the server serves. */
export const VIEWER_DIR = join(REPO_ROOT, "viewer");
export const VIEWER_DIST = join(VIEWER_DIR, "dist");
