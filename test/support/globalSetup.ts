/**
 * Starts a throwaway Neo4j for the test run (own port, own data folder under the OS temp dir)
 * and stops it afterwards. TEST_NEO4J_URI (with TEST_NEO4J_USER/PASSWORD) points the tests at an
 * existing disposable server instead. The user's own database is never touched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalServer, stopLocalServer } from "../../src/neo4j/localServer.js";
import type { Neo4jConfig } from "../../src/config/neo4j.js";
import { freePort } from "../../src/bench/throwawayServer.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConfig;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.TEST_NEO4J_URI,
      user: process.env.TEST_NEO4J_USER ?? "neo4j",
      password: process.env.TEST_NEO4J_PASSWORD ?? "",
      database: process.env.TEST_NEO4J_DATABASE ?? "neo4j",
    });
    return;
  }
  const home = mkdtempSync(join(tmpdir(), "actorgraph-test-neo4j-"));
  const config: Neo4jConfig = {
    uri: `bolt://127.0.0.1:${await freePort()}`,
    user: "neo4j",
    password: "test-password-1",
    database: "neo4j",
  };
  try {
    await startLocalServer({ config, home, httpPort: await freePort(), heap: "1g", pageCache: "512m", log: console.error });
  } catch (err) {
    throw new Error(`cannot start the test Neo4j: ${(err as Error).message}`);
  }
  project.provide("neo4j", config);
  return async () => {
    await stopLocalServer({ config, home });
    rmSync(home, { recursive: true, force: true });
  };
}
