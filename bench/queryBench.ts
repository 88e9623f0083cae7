/** Median and p95 latency of every library query on the benchmark graph. */
import type { Driver } from "neo4j-driver";
import { loadLibrary, runReadOnly, toPlain } from "../src/neo4j/queries.js";

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

/** Parameters that exist in whatever graph is loaded: the busiest actors, a LEADS pair, an aid recipient, a reporter. */
async function benchParams(driver: Driver, database: string): Promise<Record<string, unknown>> {
  const one = async (cypher: string) => toPlain((await driver.executeQuery(cypher, {}, { database })).records[0]?.toObject() ?? {}) as Record<string, unknown>;
  const top = await one("MATCH (e:Event)-[:SOURCE|TARGET]->(a:Actor) WITH a, count(e) AS n ORDER BY n DESC LIMIT 2 RETURN collect(a.id) AS ids");
  const leads = await one("MATCH (p:Person)-[:LEADS]->(s:State) RETURN p.id AS from, s.id AS to LIMIT 1");
  const aid = await one("MATCH (e:Event {type:'AID'})-[:TARGET]->(t:Actor) RETURN t.id AS recipient, e.id AS event LIMIT 1");
  const rep = await one("MATCH (e:Event)-[:REPORTED_BY]->(r:Actor) RETURN r.id AS source LIMIT 1");
  const ids = (top.ids as string[]) ?? [];
  return {
    actor: ids[0], a: ids[0], b: ids[1], from: leads.from, to: leads.to, recipient: aid.recipient, event: aid.event, source: rep.source,
    status: "signed", minAliases: 2,
  };
}

export async function benchQueries(driver: Driver, database: string, runs: number, print: (l: string) => void): Promise<void> {
  const params = await benchParams(driver, database);
  for (const q of loadLibrary()) {
    const p: Record<string, unknown> = {};
    for (const x of q.params) p[x.name] = x.type === "date" ? (x.name === "from" ? "2025-01-01" : "2025-12-31") : params[x.name] ?? null;
    // Relationship evidence takes entity ids; dates for from/to only where the query wants dates.
    await runReadOnly(driver, q.cypher, p, { database }); // plan cache warm-up
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      rows = (await runReadOnly(driver, q.cypher, p, { database })).rows.length;
      times.push(performance.now() - t);
    }
    print(`query ${q.name.padEnd(22)} median ${percentile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms   (${rows} rows, ${runs} runs)`);
  }
}
