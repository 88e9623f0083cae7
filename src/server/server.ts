/** The viewer's HTTP server: the built page and a JSON API over the shared Neo4j configuration, behind security.ts. */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import fastifyStatic from "@fastify/static";
import type { Driver } from "neo4j-driver";
import { connectionError } from "../neo4j/driver.js";
import type { Neo4jConfig } from "../config/neo4j.js";
import { InvalidArgumentError, UserError } from "../errors.js";
import { VIEWER_DIST } from "../paths.js";
import { cypher, details, neighbourhood, overview, search } from "./graphApi.js";
import { CYPHER_BODY_LIMIT, cypherRouteOptions, redactUri, security as securityPlugin, type SecurityOptions } from "./security.js";

export interface ServerOptions extends SecurityOptions {
  driver: Driver;
  config: Neo4jConfig;
  staticDir?: string;
}

/** Client errors whose own messages say less than these. */
const CLIENT_ERRORS: Record<number, string> = {
  413: `the request body is over ${CYPHER_BODY_LIMIT / 1024} KiB`,
  415: "send JSON (content-type: application/json)",
};

/** No such page: the same answer for a missing file, a folder, a path out of the folder and an unknown API. */
function notFound(req: FastifyRequest, reply: FastifyReply) {
  if (req.url.startsWith("/api/")) return reply.status(404).send({ error: "not found" });
  return reply.status(404).type("text/plain; charset=utf-8").send("not found\n");
}

export function buildServer({ driver, config, staticDir = VIEWER_DIST, ...security }: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: CYPHER_BODY_LIMIT });
  const db = config.database;
  const uri = redactUri(config.uri);

  // Anything that went wrong reaches the page as { error } with a status, never as a blank screen,
  // and never with a stack trace or credentials: known errors in one line, unknown ones as 500.
  app.setErrorHandler((e, req, reply) => {
    const err = e as Error & { code?: string; statusCode?: number };
    const code = String(err.code ?? "");
    if (err instanceof UserError) return reply.status(400).send({ error: err.message });
    if (code === "ServiceUnavailable" || code === "SessionExpired" || code.startsWith("Neo.ClientError.Security")) {
      return reply.status(503).send({ error: connectionError({ ...config, uri }, err).message });
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" || /timed out|terminated/i.test(err.message)) {
      return reply.status(504).send({ error: "the query took too long and was stopped (10 s limit)" });
    }
    if (code.startsWith("Neo.ClientError")) return reply.status(400).send({ error: `${code.replace("Neo.ClientError.", "")}: ${err.message.split("\n")[0]}` });
    // @fastify/static answers a path that climbs out of its folder with 403: to the client, no such page.
    if (err.statusCode === 403 || err.statusCode === 404) return notFound(req, reply);
    if (err.statusCode === 429) return reply.status(429).send({ error: err.message });
    // Fastify's own (FST_...) messages name what was wrong with the request and nothing inside.
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: CLIENT_ERRORS[err.statusCode] ?? (code.startsWith("FST_") ? err.message.split("\n")[0] : "bad request") });
    }
    process.stderr.write(`actorgraph viewer: ${req.method} ${req.url.split("?")[0]}: ${String(err.message).split("\n")[0]}\n`);
    return reply.status(500).send({ error: "internal error in the viewer's server (its console has the cause)" });
  });

  app.setNotFoundHandler(notFound);

  app.register(securityPlugin, security);

  // Routes come after the security plugin, so its hooks and the rate limit's route option apply to them.
  app.register(async (api) => {
    api.get("/api/health", async () => {
      await driver.verifyConnectivity({ database: db });
      const r = await driver.executeQuery("MATCH (n) WHERE NOT n:ActivityMonth RETURN count(n) AS nodes", {}, { database: db, routing: "READ" });
      return { ok: true, uri, nodes: r.records[0]!.get("nodes") };
    });

    api.get<{ Querystring: { events?: string; documents?: string } }>("/api/graph", async (req) =>
      overview(driver, db, Math.min(2000, Math.max(1, Number(req.query.events ?? 300) || 300)), req.query.documents === "1"),
    );

    api.get<{ Querystring: { key: string; documents?: string } }>("/api/expand", async (req) => neighbourhood(driver, db, String(req.query.key ?? ""), req.query.documents === "1"));

    api.get<{ Querystring: { key: string } }>("/api/node", async (req, reply) => {
      const d = await details(driver, db, String(req.query.key ?? ""));
      return d ?? reply.status(404).send({ error: `no node ${req.query.key}` });
    });

    api.get<{ Querystring: { q: string } }>("/api/search", async (req) => search(driver, db, String(req.query.q ?? "").slice(0, 200)));

    api.post<{ Body: { query?: string; params?: Record<string, unknown> } }>("/api/cypher", cypherRouteOptions(security), async (req) => {
      const query = String(req.body?.query ?? "").trim();
      if (!query) throw new InvalidArgumentError("empty query");
      const params = req.body?.params;
      if (params !== undefined && (params === null || typeof params !== "object" || Array.isArray(params))) throw new InvalidArgumentError("params must be an object");
      return cypher(driver, db, query, params ?? {});
    });

    // No folder listings: a folder, a missing file or a path out of the folder is the 404 above.
    await api.register(fastifyStatic, { root: staticDir, index: "index.html", list: false });
  });
  return app;
}
