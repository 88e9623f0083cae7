import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { EVENT_DYADS } from "./write.js";
import { SYMMETRIC_TYPES } from "../model/plover.js";
import { SCHEMA_FILE } from "../paths.js";

/**
 * Run once, when the event_dyads index is first created: events written before Event.dyads and the
 * activity summary existed get their pairs, and their months are marked for the summary.
 */
const BACKFILL = `MATCH (n:Event)
  CALL (n) {
    ${EVENT_DYADS}
    WITH n WHERE size(n.when) >= 7
    MERGE (m:ActivityMonth {id: substring(n.when, 0, 7)}) SET m.dirty = true
  } IN TRANSACTIONS OF 2000 ROWS`;

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

/** Applies cypher/schema.cypher; safe to call before every command that writes. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = cypherStatements(readFileSync(SCHEMA_FILE, "utf8"));
  const session = driver.session({ database });
  try {
    const before = await session.run("SHOW INDEXES YIELD name WHERE name = 'event_dyads' RETURN count(*) AS n");
    const firstTime = Number(before.records[0]!.get("n")) === 0;
    for (const s of statements) await session.run(s);
    await session.run("CALL db.awaitIndexes(60)");
    if (firstTime) await session.run(BACKFILL, { symmetric: [...SYMMETRIC_TYPES] });
  } finally {
    await session.close();
  }
  return statements.length;
}
