/**
 * The monthly activity summary: per month and actor, how many events it took part in as source and
 * as target, their reports, and its counterparts. Writes mark the months they touch dirty in their
 * own transaction; refreshActivity() rebuilds dirty months afterwards. Queries read only clean
 * months from it and every other event from the graph, so a stale summary is never wrong, only slower.
 */
import type { Driver } from "neo4j-driver";
import type { WritePlan } from "./plan.js";
import { keyOfNode } from "./cypher.js";

const q = (s: string) => s.replace(/\s+/g, " ").trim();

/** The summary's month of an event date ("2025-08-14" -> "2025-08"); year-only dates have none. */
function monthOf(when: unknown): string | undefined {
  return typeof when === "string" && when.length >= 7 ? when.slice(0, 7) : undefined;
}

/**
 * Months whose events a plan adds to or changes. An event's id includes its month, so every article
 * reporting it gives the same month here as the stored `when` has.
 */
export function monthsOfPlan(plan: WritePlan): string[] {
  const months = new Set<string>();
  for (const row of plan.nodes.get("Event") ?? []) {
    const m = monthOf(row.props.date ?? row.first);
    if (m) months.add(m);
  }
  return [...months].sort();
}

/** Months of the events the given documents mention, read before the documents are removed. */
export const MONTHS_OF_DOCUMENTS = q(`UNWIND $docs AS docId
  MATCH (:Document {id: docId})-[:HAS_SENTENCE]->(:Sentence)<-[:MENTIONED_IN]-(e:Event)
  WHERE size(e.when) >= 7
  RETURN collect(DISTINCT substring(e.when, 0, 7)) AS months`);

/** Sent last in a write transaction, months in order, so that concurrent writers lock them briefly and in one order. */
export const MARK_MONTHS = "UNWIND $months AS id MERGE (m:ActivityMonth {id: id}) SET m.dirty = true";

/**
 * Rebuilds one month. Taking the month's lock first means a writer that marks it while this runs
 * waits, then marks it dirty again after this commits: the summary never claims what it lacks.
 */
const REBUILD_MONTH = q(`MERGE (m:ActivityMonth {id: $month}) SET m.dirty = false
  WITH m
  OPTIONAL MATCH (m)-[old:ACTIVE]->()
  DELETE old
  WITH DISTINCT m
  MATCH (e:Event) WHERE e.when >= $month + '-01' AND e.when <= $month + '-31'
  MATCH (e)-[side:SOURCE|TARGET]->(a:Actor)
  WITH m, e, collect([a, type(side) = 'SOURCE', ${keyOfNode("a")}]) AS sides
  UNWIND sides AS side
  WITH m, e, side[0] AS a, side[1] AS asSource, [x IN sides WHERE x[0] <> side[0] | x[2]] AS os
  WITH m, a, count(CASE WHEN asSource THEN 1 END) AS asSource, count(CASE WHEN NOT asSource THEN 1 END) AS asTarget,
    sum(coalesce(e.reports, 1)) AS reports, collect(os) AS oss
  CALL (oss) {
    UNWIND oss AS l
    UNWIND l AS x
    WITH DISTINCT x ORDER BY x
    RETURN collect(x) AS others
  }
  CREATE (m)-[:ACTIVE {asSource: asSource, asTarget: asTarget, reports: reports, with: others}]->(a)
  RETURN count(*) AS actors`);

/** Rebuilds every dirty month, one transaction each; returns how many. */
export async function refreshActivity(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const dirty = await session.executeRead((tx) => tx.run("MATCH (m:ActivityMonth) WHERE m.dirty RETURN m.id AS id ORDER BY id"));
    for (const r of dirty.records) await session.executeWrite((tx) => tx.run(REBUILD_MONTH, { month: r.get("id") }));
    return dirty.records.length;
  } finally {
    await session.close();
  }
}
