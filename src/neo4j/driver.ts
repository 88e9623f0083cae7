import { existsSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../config/neo4j.js";
import { ConnectionError } from "../errors.js";
import { NEO4J_MAVEN_DIR } from "../paths.js";

export function createDriver(cfg: Neo4jConfig): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    disableLosslessIntegers: true,
    // Fail fast when nothing listens: users get our one-line hint instead of a long wait.
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 15_000,
    logging: { level: "error", logger: () => {} },
  });
}

/** Opens a driver and proves the server answers, translating the usual failures into one line. */
export async function connect(cfg: Neo4jConfig): Promise<Driver> {
  const driver = createDriver(cfg);
  try {
    await driver.verifyConnectivity({ database: cfg.database });
    return driver;
  } catch (err) {
    await driver.close();
    throw connectionError(cfg, err);
  }
}

export function connectionError(cfg: Neo4jConfig, err: unknown): ConnectionError {
  const code = (err as { code?: string }).code ?? "";
  const msg = (err as Error).message ?? String(err);
  if (code === "Neo.ClientError.Security.Unauthorized" || /unauthori[sz]ed|authentication failure/i.test(msg)) {
    return new ConnectionError(
      `Neo4j at ${cfg.uri} refused user '${cfg.user}': wrong NEO4J_USER/NEO4J_PASSWORD (set them in the environment or .env).`,
    );
  }
  // A clone of the repository can start a local server; the installed package cannot (no neo4j/pom.xml).
  const start = existsSync(join(NEO4J_MAVEN_DIR, "pom.xml")) ? "start it with 'npm run neo4j:start' or 'docker compose up -d neo4j', or set NEO4J_URI" : "start a Neo4j 5 server, or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to one";
  return new ConnectionError(`Neo4j is not reachable at ${cfg.uri} (${msg.split("\n")[0]}): ${start}.`);
}
