/**
 * What makes the viewer's server safe to expose: an access token once it listens beyond loopback
 * (carried by a cookie after the first visit), a Host check while it does not (a web page cannot
 * reach it by DNS rebinding), security headers with a content security policy that allows no inline
 * script (@fastify/helmet), and a rate limit on the Cypher endpoint (@fastify/rate-limit).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fp from "fastify-plugin";
import { InvalidArgumentError } from "../errors.js";

export const TOKEN_COOKIE = "actorgraph_token";
/** Long enough that guessing is hopeless within any rate of requests. */
export const MIN_TOKEN_LENGTH = 16;
/** A Cypher query and its parameters; far more than anyone types, far less than a flood. */
export const CYPHER_BODY_LIMIT = 16 * 1024;

export interface SecurityOptions {
  /** Required of every request when set: by cookie, `?token=` (first visit) or `Authorization: Bearer`. */
  token?: string;
  /** Cypher queries per client address and minute. */
  cypherPerMinute?: number;
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || /^::ffff:127\./.test(h);
  return false;
}

/** Refuses to serve beyond loopback without a token, saying why and what to do. */
export function checkExposure(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new InvalidArgumentError(`the access token must be at least ${MIN_TOKEN_LENGTH} characters (e.g. 'openssl rand -hex 16'), not ${token.length}.`);
  }
  if (!token && !isLoopback(host)) {
    throw new InvalidArgumentError(
      `refusing to listen on ${host} without an access token: other machines could read the graph and run queries on Neo4j. Give one with --token or VIEWER_TOKEN (e.g. 'openssl rand -hex 16'), or listen on 127.0.0.1.`,
    );
  }
}

/** A URI as it may be shown: any user and password in it left out. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][\w+.-]*:\/\/)[^/@]*@/i, "$1");
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Compares in constant time, so response times say nothing about how much of a guess was right. */
function sameToken(given: unknown, token: string): boolean {
  return typeof given === "string" && timingSafeEqual(digest(given), digest(token));
}

/** The address without `token`, so that it leaves neither the address bar nor the history. */
function withoutToken(url: string): string {
  const u = new URL(url, "http://x");
  u.searchParams.delete("token");
  return `${u.pathname}${u.search}`;
}

function refuse(req: FastifyRequest, reply: FastifyReply, status: number, message: string) {
  if (req.url.startsWith("/api/")) return reply.status(status).send({ error: message });
  return reply.status(status).type("text/plain; charset=utf-8").send(`actorgraph viewer: ${message}\n`);
}

/**
 * The headers, cookie parsing, rate limiting and the token or Host check, for every request. Not
 * encapsulated (fastify-plugin), so it covers the routes, the static files and the 404 handler
 * registered after it; the check's hook comes after the cookie plugin's, which parses what it reads.
 */
export const security = fp(async (app: FastifyInstance, opts: SecurityOptions) => {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        // The favicon is a data: URL; PNG export draws through a blob.
        imgSrc: ["'self'", "data:", "blob:"],
        // ForceAtlas2's worker is built from a blob of its own code (graphology-layout-forceatlas2/worker).
        workerSrc: ["'self'", "blob:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Served over plain HTTP: upgrading the page's requests to HTTPS would break it on a LAN address.
        upgradeInsecureRequests: null,
      },
    },
    // No TLS here; a proxy that adds it also decides on HSTS.
    strictTransportSecurity: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });

  const token = opts.token;
  app.addHook("onRequest", async (req, reply) => {
    if (!token) {
      // Only a page the user opened on this machine may talk to a viewer without a token: a site that
      // rebinds its own name to 127.0.0.1 arrives with its name in Host.
      const host = (req.headers.host ?? "").replace(/:\d+$/, "");
      if (!isLoopback(host)) return refuse(req, reply, 403, `this viewer answers only at a loopback address (localhost, 127.0.0.1), not '${host}'; give it a --token to serve other names.`);
      return;
    }
    const query = req.query as Record<string, unknown> | undefined;
    if (query && "token" in query) {
      if (!sameToken(query.token, token)) return refuse(req, reply, 401, "wrong access token.");
      reply.setCookie(TOKEN_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure: req.protocol === "https" });
      if (req.method === "GET") return reply.redirect(withoutToken(req.url), 303);
      return;
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (sameToken(req.cookies[TOKEN_COOKIE], token) || sameToken(bearer, token)) return;
    return refuse(req, reply, 401, "this viewer needs its access token: open the address with ?token=... that it printed when it started, or send 'Authorization: Bearer <token>'.");
  });
});

/** The Cypher route's own limits: a small body, and so many queries a minute per client. */
export function cypherRouteOptions(opts: SecurityOptions): RouteShorthandOptions {
  const max = opts.cypherPerMinute ?? 60;
  return {
    bodyLimit: CYPHER_BODY_LIMIT,
    config: {
      rateLimit: {
        max,
        timeWindow: 60_000,
        errorResponseBuilder: (_req: FastifyRequest, ctx: { after: string }) =>
          Object.assign(new Error(`too many Cypher queries: at most ${max} a minute; retry in ${ctx.after}.`), { statusCode: 429 }),
      },
    },
  };
}
