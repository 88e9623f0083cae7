import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { REPO_ROOT } from "./localServer.js";

export const SCHEMA_FILE = join(REPO_ROOT, "cypher", "schema.cypher");

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
    for (const s of statements) await session.run(s);
    await session.run("CALL db.awaitIndexes(60)");
  } finally {
    await session.close();
  }
  return statements.length;
}
