import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../src/neo4j/driver.js";
import { resetDatabase } from "../../src/neo4j/write.js";
import type { Neo4jConfig } from "../../src/config/neo4j.js";

export function testConfig(): Neo4jConfig {
  return inject("neo4j");
}

/** The global setup starts the server without waiting for it; this waits until it answers. */
async function answering(driver: Driver, cfg: Neo4jConfig, timeoutMs = 170_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await driver.verifyConnectivity({ database: cfg.database });
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`the test Neo4j does not answer at ${cfg.uri} (the global setup's output says why): ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** A driver to the test server, with the database emptied (nodes, constraints and indexes). */
export async function freshDatabase(): Promise<Driver> {
  const cfg = testConfig();
  const driver = createDriver(cfg);
  await answering(driver, cfg);
  await resetDatabase(driver, cfg.database);
  const constraints = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name", {}, { database: cfg.database });
  for (const r of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${r.get("name")}\``, {}, { database: cfg.database });
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, { database: cfg.database });
  for (const r of indexes.records) await driver.executeQuery(`DROP INDEX \`${r.get("name")}\` IF EXISTS`, {}, { database: cfg.database });
  return driver;
}
