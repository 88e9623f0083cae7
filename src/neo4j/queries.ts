/**
 * The Cypher library (cypher/queries/*.cypher) and the read-only runner behind `actorgraph query`
 * and the viewer's Cypher box: EXPLAIN first, refuse anything that is not a local read (readOnly.ts),
 * run in a read transaction with a timeout, parameters always as parameters.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { AmbiguousNameError, InvalidArgumentError, NotFoundError } from "../errors.js";
import { fold } from "../model/text.js";
import { ownLabel } from "./cypher.js";
import { assertReadOnly } from "./readOnly.js";

import type { LibraryQuery } from "./library.js";

export { loadLibrary, parseQuery, type LibraryQuery, type ParamType } from "./library.js";

export interface Candidate {
  id: string;
  name: string;
  label: string;
  score: number;
}

/** Lucene syntax characters would turn a name into a query; quote them away. */
const luceneEscape = (s: string) => s.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&");

/**
 * What a user typed ("Putin", "Rússia", "RUS", "Moscovo") -> one entity id. An id or an exact
 * name or alias wins; otherwise the full-text index decides, and a close call is an error that
 * lists the candidates.
 */
export async function resolveEntity(driver: Driver, database: string, text: string, label: "Actor" | "Entity"): Promise<Candidate> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const byId = await session.run(`MATCH (n:${label}) WHERE n.id = $q OR n.id = toUpper($q) OR n.wikidata = toUpper($q) RETURN n.id AS id, n.name AS name, ${ownLabel("n")} AS label LIMIT 2`, { q: text });
    if (byId.records.length === 1) {
      const r = byId.records[0]!;
      return { id: r.get("id"), name: r.get("name"), label: r.get("label"), score: Infinity };
    }
    const hits = await session.run(
      `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
       WHERE node:${label}
       RETURN node.id AS id, node.name AS name, ${ownLabel("node")} AS label, node.aliases AS aliases, score LIMIT 10`,
      { q: luceneEscape(text) },
    );
    const cands = hits.records.map((r) => ({
      id: r.get("id") as string,
      name: r.get("name") as string,
      label: r.get("label") as string,
      score: r.get("score") as number,
      exact: [r.get("name"), ...((r.get("aliases") as string[] | null) ?? [])].some((x) => fold(String(x)).trim() === fold(text).trim()),
    }));
    const exact = cands.filter((c) => c.exact);
    if (exact.length === 1) return exact[0]!;
    const pool = exact.length > 1 ? exact : cands;
    if (pool.length === 1 || (pool.length > 1 && exact.length === 0 && pool[0]!.score >= 1.5 * pool[1]!.score)) return pool[0]!;
    if (!pool.length) throw new NotFoundError(`no entity matches '${text}'`);
    const list = pool.slice(0, 6).map((c) => `${c.name} (${c.label} ${c.id})`).join("; ");
    throw new AmbiguousNameError(`'${text}' is ambiguous: ${list}. Use a fuller name or the id.`);
  } finally {
    await session.close();
  }
}

/** Turns `key=value` strings into typed parameters, resolving actor and entity names to ids. */
export async function bindParams(driver: Driver, database: string, q: LibraryQuery | null, given: Record<string, string>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const declared = new Map((q?.params ?? []).map((p) => [p.name, p]));
  for (const p of q?.params ?? []) out[p.name] = null; // optional parameters default to null
  for (const [k, v] of Object.entries(given)) {
    const p = declared.get(k);
    if (q && !p) throw new InvalidArgumentError(`query '${q.name}' has no parameter '${k}' (it takes: ${[...declared.keys()].join(", ") || "none"})`, 1);
    if (p?.type === "actor" || p?.type === "entity") out[k] = (await resolveEntity(driver, database, v, p.type === "actor" ? "Actor" : "Entity")).id;
    else if (p?.type === "int") {
      if (!/^-?\d+$/.test(v)) throw new InvalidArgumentError(`parameter '${k}' must be a whole number, not '${v}'`, 1);
      out[k] = neo4j.int(Number(v));
    } else if (p?.type === "date" && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new InvalidArgumentError(`parameter '${k}' must be a date YYYY[-MM[-DD]], not '${v}'`, 1);
    else out[k] = p ? v : /^-?\d+$/.test(v) ? neo4j.int(Number(v)) : v;
  }
  for (const p of q?.params ?? []) {
    if ((p.type === "actor" || p.type === "entity") && out[p.name] === null) throw new InvalidArgumentError(`query '${q!.name}' needs --param ${p.name}=... (e.g. ${p.name}=${JSON.stringify(p.example)})`, 1);
  }
  return out;
}

export interface ReadResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** The driver's records (capped like rows), for callers that draw nodes and relationships. */
  records: import("neo4j-driver").Record[];
  truncated: boolean;
  ms: number;
}

export interface ReadOptions {
  database: string;
  timeoutMs?: number;
  maxRows?: number;
}

/**
 * Refuses what the plan shows is not a local read (writes, LOAD CSV, procedures and functions off the
 * allowlist: readOnly.ts), then runs it in a read transaction with a timeout.
 */
export async function runReadOnly(driver: Driver, cypher: string, params: Record<string, unknown>, opts: ReadOptions): Promise<ReadResult> {
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
  try {
    await assertReadOnly(driver, session, cypher, params);
    const started = performance.now();
    const max = opts.maxRows ?? 10_000;
    const result = await session.executeRead((tx) => tx.run(cypher, params), { timeout: opts.timeoutMs ?? 30_000 });
    const rows = result.records.slice(0, max).map((r) => toPlain(r.toObject()) as Record<string, unknown>);
    const records = result.records.slice(0, max);
    return { columns: result.records[0]?.keys.map(String) ?? [], rows, records, truncated: result.records.length > max, ms: performance.now() - started };
  } finally {
    await session.close();
  }
}

/** Neo4j values to JSON-friendly ones: integers to numbers, nodes and relationships to their properties. */
export function toPlain(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(toPlain);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("labels" in o && "properties" in o && "elementId" in o) return { labels: o.labels, elementId: o.elementId, ...(toPlain(o.properties) as object) };
    if ("type" in o && "properties" in o && "startNodeElementId" in o) return { type: o.type, start: o.startNodeElementId, end: o.endNodeElementId, ...(toPlain(o.properties) as object) };
    if ("segments" in o && "start" in o) return { path: (o.segments as { start: unknown; relationship: unknown; end: unknown }[]).map((s) => [toPlain(s.start), toPlain(s.relationship), toPlain(s.end)]) };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));
  }
  return v;
}
