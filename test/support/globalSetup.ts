/**
 * Starts a throwaway Neo4j for the integration tests (own port, own data folder under the OS temp
 * dir) and stops it afterwards. TEST_NEO4J_URI (with TEST_NEO4J_USER/PASSWORD) points the tests at
 * an existing disposable server instead. The user's own database is never touched.
 */
import type { TestProject } from "vitest/node";
import type { Neo4jConfig } from "../../src/config/neo4j.js";
import { launchThrowaway } from "../../src/neo4j/throwawayServer.js";

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
  // Started, not waited for: the unit tests run while it boots, and the integration tests wait
  // for it to answer (test/support/db.ts).
  const server = await launchThrowaway({ pageCache: "512m", prefix: "actorgraph-test-neo4j-", password: "test-password-1", log: console.error });
  server.ready.catch((err: Error) => console.error(`cannot start the test Neo4j: ${err.message}`));
  project.provide("neo4j", server.config);
  return server.stop;
}
