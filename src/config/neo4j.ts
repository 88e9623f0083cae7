import { config as loadDotenv } from "dotenv";

/** How to reach Neo4j. One shape, read once, passed everywhere. */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * The development password of the local server that `actorgraph neo4j start` creates.
 * It is a documented default, not a secret: production deployments set NEO4J_PASSWORD.
 */
export const DEV_PASSWORD = "actorgraph-dev";

let dotenvLoaded = false;

/**
 * Reads the connection from the environment, after a `.env` file in the working directory if one exists.
 * NEO4J_URI takes any scheme the driver knows: bolt:// (one server), neo4j:// (a cluster, or one server
 * through its routing table), neo4j+s:// (Aura, TLS) and their +ssc variants. Every write runs in a
 * managed transaction (session.executeWrite) that the driver routes to the leader and retries, and the
 * write path calls no APOC, so any Neo4j 5 (Community, Enterprise, Aura) takes it unchanged.
 */
export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  if (!dotenvLoaded && env === process.env) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  return {
    uri: env.NEO4J_URI || "bolt://127.0.0.1:7687",
    user: env.NEO4J_USER || "neo4j",
    password: env.NEO4J_PASSWORD || DEV_PASSWORD,
    database: env.NEO4J_DATABASE || "neo4j",
  };
}

/** The port of a bolt URI, for the local server that must listen on it. */
export function boltPort(uri: string): number {
  const url = new URL(uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, "http:"));
  return Number(url.port || 7687);
}

export function boltHost(uri: string): string {
  return new URL(uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, "http:")).hostname;
}
