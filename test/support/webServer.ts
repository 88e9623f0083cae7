/**
 * A loopback HTTP server for the web ingest tests: the files under test/fixtures/web/ (feeds with
 * {{BASE}} replaced by the server's own address), each with an ETag and a Last-Modified and
 * answering conditional requests with 304, plus the awkward cases: a 404, a page slower than any
 * test timeout, a redirect, a redirect loop, a PDF, an oversized page and a 503 that passes.
 * Every request is logged with the headers that matter.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "web");

export interface LoggedRequest {
  path: string;
  userAgent?: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  status: number;
  at: number;
}

export interface FixtureServer {
  base: string;
  log: LoggedRequest[];
  /** Paths mapped to other fixture files (a feed's later version). */
  aliases: Map<string, string>;
  /** Extra handlers by path, tried before the files. */
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Paths whose Last-Modified alone is sent (no ETag). */
  noEtag: Set<string>;
  requests(path: string): LoggedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml",
  ".json": "application/feed+json",
  ".txt": "text/plain",
  ".pdf": "application/pdf",
};
const LAST_MODIFIED = "Wed, 04 Jun 2025 12:00:00 GMT";

export async function startFixtureServer(opts: { slowMs?: number; hugeBytes?: number } = {}): Promise<FixtureServer> {
  const log: LoggedRequest[] = [];
  const aliases = new Map<string, string>();
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const noEtag = new Set<string>(["/feeds/news-sitemap.xml"]);
  let base = "";
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const entry: LoggedRequest = {
      path,
      userAgent: req.headers["user-agent"],
      ifNoneMatch: req.headers["if-none-match"],
      ifModifiedSince: req.headers["if-modified-since"],
      status: 0,
      at: Date.now(),
    };
    log.push(entry);
    const send = (status: number, headers: Record<string, string | number> = {}, body?: string | Buffer) => {
      entry.status = status;
      if (res.destroyed) return;
      res.writeHead(status, headers);
      res.end(body);
    };
    const route = routes.get(path);
    if (route) return route(req, res);
    switch (path) {
      case "/slow.html": {
        const t = setTimeout(() => send(200, { "content-type": "text/html" }, "<p>too late</p>"), opts.slowMs ?? 5_000);
        res.on("close", () => clearTimeout(t));
        return;
      }
      case "/r/eu-sanctions":
        return send(301, { location: "/news/eu-sanctions.html" });
      case "/loop/a":
        return send(302, { location: `${base}/loop/b` });
      case "/loop/b":
        return send(302, { location: "/loop/a" });
      case "/huge.html": {
        // Sent in chunks with no Content-Length: the cap has to count what arrives.
        entry.status = 200;
        res.writeHead(200, { "content-type": "text/html" });
        const para = `<p>${"The summit went on. ".repeat(50)}</p>\n`;
        let sent = 0;
        const total = opts.hugeBytes ?? 2 * 1024 * 1024;
        const more = () => {
          while (sent < total && !res.destroyed) {
            sent += para.length;
            if (!res.write(para)) return void res.once("drain", more);
          }
          res.end();
        };
        res.on("error", () => {});
        return more();
      }
    }
    const rel = aliases.get(path) ?? path;
    const file = normalize(join(WEB_FIXTURES, rel));
    if (!file.startsWith(WEB_FIXTURES) || !existsSync(file) || statSync(file).isDirectory()) return send(404, { "content-type": "text/html" }, "<h1>Not found</h1>");
    let body: Buffer = readFileSync(file);
    if (rel.startsWith("/feeds/")) body = Buffer.from(body.toString("utf8").replaceAll("{{BASE}}", base));
    const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
    const headers: Record<string, string | number> = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "last-modified": LAST_MODIFIED };
    if (!noEtag.has(path)) headers.etag = etag;
    const fresh = req.headers["if-none-match"] ? req.headers["if-none-match"] === headers.etag : req.headers["if-modified-since"] === LAST_MODIFIED;
    if (fresh) return send(304, headers);
    send(200, { ...headers, "content-length": body.length }, body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    log,
    aliases,
    routes,
    noEtag,
    requests: (p) => log.filter((l) => l.path === p),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
