/** The viewer's HTTP server: the built page and a JSON API over the shared Neo4j configuration. */
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import type { Driver } from "neo4j-driver";
import { connectionError } from "../neo4j/driver.js";
import type { Neo4jConfig } from "../config/neo4j.js";
import { InvalidArgumentError, UserError } from "../errors.js";
import { VIEWER_DIST } from "../paths.js";
import { cypher, details, neighbourhood, overview, search } from "./graphApi.js";

export interface ServerOptions {
  driver: Driver;
  config: Neo4jConfig;
  staticDir?: string;
}

export function buildServer({ driver, config, staticDir = VIEWER_DIST }: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  const db = config.database;

  // Anything that went wrong reaches the page as { error } with a status, never as a blank screen.
  app.setErrorHandler((e, _req, reply) => {
    const err = e as Error & { code?: string };
    const code = String(err.code ?? "");
    if (err instanceof UserError) return reply.status(400).send({ error: err.message });
    if (code === "ServiceUnavailable" || code === "SessionExpired" || code.startsWith("Neo.ClientError.Security")) {
      return reply.status(503).send({ error: connectionError(config, err).message });
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" || /timed out|terminated/i.test(err.message)) {
      return reply.status(504).send({ error: "the query took too long and was stopped (10 s limit)" });
    }
    if (code.startsWith("Neo.ClientError")) return reply.status(400).send({ error: `${code.replace("Neo.ClientError.", "")}: ${err.message.split("\n")[0]}` });
    return reply.status(500).send({ error: err.message.split("\n")[0] });
  });

  app.get("/api/health", async () => {
    await driver.verifyConnectivity({ database: db });
    const r = await driver.executeQuery("MATCH (n) WHERE NOT n:ActivityMonth RETURN count(n) AS nodes", {}, { database: db });
    return { ok: true, uri: config.uri, nodes: r.records[0]!.get("nodes") };
  });

  app.get<{ Querystring: { events?: string; documents?: string } }>("/api/graph", async (req) =>
    overview(driver, db, Math.min(2000, Math.max(1, Number(req.query.events ?? 300))), req.query.documents === "1"),
  );

  app.get<{ Querystring: { key: string; documents?: string } }>("/api/expand", async (req) => neighbourhood(driver, db, String(req.query.key ?? ""), req.query.documents === "1"));

  app.get<{ Querystring: { key: string } }>("/api/node", async (req, reply) => {
    const d = await details(driver, db, String(req.query.key ?? ""));
    return d ?? reply.status(404).send({ error: `no node ${req.query.key}` });
  });

  app.get<{ Querystring: { q: string } }>("/api/search", async (req) => search(driver, db, String(req.query.q ?? "").slice(0, 200)));

  app.post<{ Body: { query?: string; params?: Record<string, unknown> } }>("/api/cypher", async (req) => {
    const query = String(req.body?.query ?? "").trim();
    if (!query) throw new InvalidArgumentError("empty query");
    return cypher(driver, db, query, req.body?.params ?? {});
  });

  app.register(fastifyStatic, { root: staticDir, index: "index.html" });
  return app;
}
