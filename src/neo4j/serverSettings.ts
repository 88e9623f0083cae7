/**
 * The security settings of every Neo4j server actorgraph starts: the local one (localServer.ts writes
 * them into neo4j.conf) and Docker Compose's (docker-compose.yml names the same keys as environment
 * variables; a test holds the two equal). One list, so the two cannot drift apart.
 */

/**
 * APOC's pure families: functions and procedures that compute on the values given to them and touch
 * neither the graph's files, the network nor other transactions. `apoc.convert` is listed by prefix
 * because one member, `apoc.convert.setJsonProperty`, writes. The product itself calls none of
 * APOC (ingest and cypher/ use only built-in Cypher, `db.index.fulltext.queryNodes` and
 * `db.awaitIndexes`, which this setting does not govern); these are what a user's read-only query
 * may use, the same list readOnly.ts allows.
 */
export const APOC_ALLOWLIST = [
  "apoc.coll.*",
  "apoc.text.*",
  "apoc.map.*",
  "apoc.convert.to*",
  "apoc.convert.from*",
  "apoc.convert.get*",
  "apoc.date.*",
  "apoc.temporal.*",
  "apoc.math.*",
  "apoc.agg.*",
];

/** Half the heap: a runaway query fails on its own, and the server and the other transactions go on. */
export function transactionMemoryCap(heap: string): string {
  const m = /^(\d+)([kmg])$/i.exec(heap.trim());
  if (!m) return "512m";
  const mb = Number(m[1]) * { k: 1 / 1024, m: 1, g: 1024 }[m[2]!.toLowerCase() as "k" | "m" | "g"];
  return `${Math.max(64, Math.floor(mb / 2))}m`;
}

/**
 * Settings as neo4j.conf keys. The transaction timeout bounds what runs without a timeout of its own
 * (reads from `query` and the viewer set shorter ones); five minutes leaves room for the longest
 * writes (an ingest batch takes seconds, emptying or exporting a large graph a minute or two).
 */
export function securitySettings(heap: string): Record<string, string> {
  return {
    "dbms.security.procedures.allowlist": APOC_ALLOWLIST.join(","),
    "dbms.security.allow_csv_import_from_file_urls": "false",
    "db.transaction.timeout": "5m",
    "db.memory.transaction.max": transactionMemoryCap(heap),
  };
}

/**
 * A neo4j.conf key as the official Docker image reads it from the environment: `NEO4J_` first, `_`
 * doubled, then `.` as `_` ("db.transaction.timeout" -> "NEO4J_db_transaction_timeout").
 */
export function dockerEnvName(key: string): string {
  return `NEO4J_${key.replace(/_/g, "__").replace(/\./g, "_")}`;
}
