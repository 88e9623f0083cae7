import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { EVENT_DYADS } from "./write.js";
import { SYMMETRIC_TYPES } from "../model/plover.js";
import { SCHEMA_FILE } from "../paths.js";

/**
 * Run once, when the event_dyads index is first created: events written before Event.dyads and the
 * activity summary existed get their pairs, and their months are marked for the summary. One batch
 * of events (in id order, after $after) per managed transaction, which the driver retries: no
 * `CALL { } IN TRANSACTIONS`, which needs an auto-commit transaction that a cluster cannot retry.
 */
const BACKFILL_BATCH = `MATCH (n:Event) WHERE n.id > $after
  WITH n ORDER BY n.id LIMIT 2000
  CALL (n) {
    ${EVENT_DYADS}
    WITH n WHERE size(n.when) >= 7
    MERGE (m:ActivityMonth {id: substring(n.when, 0, 7)}) SET m.dirty = true
  }
  RETURN max(n.id) AS last`;

/** The statements of a Cypher script: `;`-separated, `//` comments dropped. */
export function cypherStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies cypher/schema.cypher; safe to call before every command that writes. Every statement runs
 * in a managed write transaction (session.executeWrite): routed to the leader of a cluster or Aura
 * (neo4j://, neo4j+s://) and retried by the driver on a transient error or a leader switch.
 */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = cypherStatements(readFileSync(SCHEMA_FILE, "utf8"));
  const session = driver.session({ database });
  try {
    const before = await session.executeRead((tx) => tx.run("SHOW INDEXES YIELD name WHERE name = 'event_dyads' RETURN count(*) AS n"));
    const firstTime = Number(before.records[0]!.get("n")) === 0;
    for (const s of statements) await session.executeWrite((tx) => tx.run(s));
    await session.executeWrite((tx) => tx.run("CALL db.awaitIndexes(60)"));
    for (let after: string | null = ""; firstTime && after !== null; ) {
      const from: string = after;
      const r = await session.executeWrite((tx) => tx.run(BACKFILL_BATCH, { after: from, symmetric: [...SYMMETRIC_TYPES] }));
      after = (r.records[0]?.get("last") as string | null | undefined) ?? null;
    }
  } finally {
    await session.close();
  }
  return statements.length;
}
