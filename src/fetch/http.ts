/**
 * A polite HTTP client for pages and feeds: robots.txt obeyed (per origin, RFC 9309), a per-host
 * interval between requests (longer when robots.txt asks for a Crawl-delay), a global cap on
 * requests in flight, a user agent naming the project, conditional GET, retries with backoff on
 * 5xx and timeouts only, redirects followed by hand (bounded, loops named), and caps on size and
 * content type. Every failure is a FetchError whose message is the one line the user reads.
 *
 * Node's own fetch (undici) does the HTTP; nothing here keeps connections or state between runs
 * (the validators for conditional GET come from, and go back to, src/fetch/state.ts).
 */
import pLimit, { type LimitFunction } from "p-limit";
import robotsParserModule from "robots-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../paths.js";

const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "0";
  }
})();

/** The user agent: the project's name first, which is also the token robots.txt rules are matched on. */
// The package is CommonJS (module.exports = the function) with types written as an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

export const DEFAULT_USER_AGENT = `actorgraph/${VERSION} (news knowledge-graph builder; obeys robots.txt)`;

export interface FetchOptions {
  userAgent: string;
  /** Whole request, headers and body, per attempt. */
  timeoutMs: number;
  /** Further attempts after a 5xx answer or a timeout (nothing else is retried). */
  retries: number;
  /** First backoff; doubled at each further attempt (a Retry-After the server sends wins, up to 60 s). */
  backoffMs: number;
  maxRedirects: number;
  maxBytes: number;
  /** Least time between the starts of two requests to one host. */
  hostDelayMs: number;
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** A robots.txt Crawl-delay longer than this is held to this. */
  maxCrawlDelayMs: number;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  userAgent: DEFAULT_USER_AGENT,
  timeoutMs: 20_000,
  retries: 2,
  backoffMs: 1_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
  hostDelayMs: 1_000,
  concurrency: 4,
  maxCrawlDelayMs: 30_000,
};

export type FetchKind = "page" | "feed";

/** What a conditional GET sends back: the validators the server gave with the copy we have. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Fetched =
  | { status: "ok"; url: string; finalUrl: string; contentType: string; charset?: string; body: Uint8Array; validators: Validators }
  | { status: "not-modified"; url: string; finalUrl: string };

export class FetchError extends Error {
  /**
   * Transient: a 5xx, a timeout or a network error, worth trying again in a later run. The others
   * (a 4xx, robots.txt, the caps, redirects) will give the same answer next time.
   */
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(2))} s`;
const megabytes = (n: number) => `${Number((n / 1048576).toFixed(2))} MB`;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
/** Feeds are often served with a generic type; anything textual, XML or JSON is read and parsed. */
const isFeedType = (t: string) => !t || t.startsWith("text/") || /[/+](xml|json)$/.test(t) || t === "application/octet-stream";

/** An origin's robots.txt as read: what it allows, its Crawl-delay, why a URL is refused and whether that may pass. */
type Robots = { allowed: (url: string) => boolean; crawlDelayMs?: number; reason?: string; transient?: boolean };

/** One raw attempt's answer, before the caller's checks. */
interface Raw {
  status: number;
  headers: Headers;
  body?: Uint8Array;
}

export class Fetcher {
  readonly options: FetchOptions;
  private readonly limit: LimitFunction;
  private readonly nextStart = new Map<string, number>();
  private readonly robots = new Map<string, Promise<Robots>>();
  private readonly token: string;
  /** Every request made, for tests and for the summary line. */
  requests = 0;

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = { ...DEFAULT_FETCH_OPTIONS, ...options };
    this.limit = pLimit(Math.max(1, this.options.concurrency));
    this.token = this.options.userAgent.split(/[/\s]/)[0] || "actorgraph";
  }

  /**
   * GET a page or a feed, following redirects, checking robots.txt at every hop. With validators,
   * a 304 answer is `not-modified`. Throws a FetchError with the one-line reason otherwise.
   */
  async get(url: string, kind: FetchKind, validators?: Validators): Promise<Fetched> {
    const seen = [url];
    let current = url;
    for (;;) {
      const target = parseHttpUrl(current);
      const robots = await this.robotsFor(target.origin);
      if (!robots.allowed(current)) throw new FetchError(robots.reason ?? "disallowed by robots.txt", !!robots.transient);
      // The validators are the final resource's; a redirect on the way answers the same with or without them.
      const raw = await this.request(current, kind, validators, robots.crawlDelayMs);
      if (raw.status >= 300 && raw.status < 400 && raw.status !== 304) {
        const location = raw.headers.get("location");
        if (!location) throw new FetchError(`HTTP ${raw.status} without a Location header`, false);
        const next = new URL(location, current).href;
        if (seen.includes(next)) throw new FetchError(`too many redirects: a redirect loop (${[...seen.slice(seen.indexOf(next)), next].join(" -> ")})`, false);
        if (seen.length > this.options.maxRedirects) throw new FetchError(`too many redirects (more than ${this.options.maxRedirects})`, false);
        seen.push(next);
        current = next;
        continue;
      }
      if (raw.status === 304) return { status: "not-modified", url, finalUrl: current };
      if (raw.status < 200 || raw.status >= 300) throw new FetchError(`HTTP ${raw.status}`, raw.status >= 500 || raw.status === 408 || raw.status === 429);
      const [type, charset] = contentType(raw.headers.get("content-type"));
      if (kind === "page" && !HTML_TYPES.has(type)) throw new FetchError(`not HTML (content-type ${type || "missing"})`, false);
      if (kind === "feed" && !isFeedType(type)) throw new FetchError(`not a feed (content-type ${type})`, false);
      const etag = raw.headers.get("etag") ?? undefined;
      const lastModified = raw.headers.get("last-modified") ?? undefined;
      return { status: "ok", url, finalUrl: current, contentType: type, charset, body: raw.body!, validators: { etag, lastModified } };
    }
  }

  /** One URL, with retries on 5xx and timeouts. Redirect and error statuses are the caller's. */
  private async request(url: string, kind: FetchKind | "robots", validators: Validators | undefined, crawlDelayMs?: number): Promise<Raw> {
    const { retries, backoffMs } = this.options;
    for (let attempt = 0; ; attempt++) {
      let retryAfterMs: number | undefined;
      try {
        const raw = await this.attempt(url, kind, validators, crawlDelayMs);
        if (raw.status < 500 || attempt >= retries) return raw;
        retryAfterMs = parseRetryAfter(raw.headers.get("retry-after"));
      } catch (err) {
        if (!(err instanceof TimeoutError) || attempt >= retries) throw err instanceof TimeoutError ? new FetchError(err.message, true) : err;
      }
      await sleep(Math.min(60_000, retryAfterMs ?? backoffMs * 2 ** attempt));
    }
  }

  private async attempt(url: string, kind: FetchKind | "robots", validators: Validators | undefined, crawlDelayMs?: number): Promise<Raw> {
    await this.waitTurn(new URL(url).host, crawlDelayMs);
    return this.limit(async () => {
      this.requests++;
      const { timeoutMs, userAgent } = this.options;
      const maxBytes = kind === "robots" ? 512 * 1024 : this.options.maxBytes;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const headers: Record<string, string> = {
        "user-agent": userAgent,
        accept: kind === "page" ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" : kind === "feed" ? "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1" : "text/plain,*/*;q=0.1",
      };
      if (validators?.etag) headers["if-none-match"] = validators.etag;
      if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
      try {
        const res = await fetch(url, { headers, redirect: "manual", signal: controller.signal });
        const raw: Raw = { status: res.status, headers: res.headers };
        // Only a success's body is read; the others are let go unread.
        if (res.status < 200 || res.status >= 300) {
          await res.body?.cancel().catch(() => {});
          return raw;
        }
        const declared = Number(res.headers.get("content-length"));
        if (declared > maxBytes) {
          await res.body?.cancel().catch(() => {});
          throw new FetchError(`larger than ${megabytes(maxBytes)} (${megabytes(declared)} declared)`, false);
        }
        raw.body = await readCapped(res, maxBytes, controller);
        return raw;
      } catch (err) {
        if (controller.signal.aborted && !(err instanceof FetchError)) throw new TimeoutError(`timeout after ${seconds(timeoutMs)}`);
        if (err instanceof FetchError) throw err;
        throw new FetchError(networkMessage(err), true);
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** Waits until this host may be asked again, and books the next turn. */
  private async waitTurn(host: string, crawlDelayMs = 0): Promise<void> {
    const interval = Math.max(this.options.hostDelayMs, Math.min(crawlDelayMs, this.options.maxCrawlDelayMs));
    const now = Date.now();
    const at = Math.max(now, this.nextStart.get(host) ?? 0);
    this.nextStart.set(host, at + interval);
    if (at > now) await sleep(at - now);
  }

  /** robots.txt of an origin, read once per run. */
  private robotsFor(origin: string): Promise<Robots> {
    let r = this.robots.get(origin);
    if (!r) {
      r = this.readRobots(origin);
      this.robots.set(origin, r);
    }
    return r;
  }

  private async readRobots(origin: string): Promise<Robots> {
    const url = `${origin}/robots.txt`;
    const allowAll: Robots = { allowed: () => true };
    // RFC 9309: a robots.txt that is not there (4xx) allows everything; one the server cannot give
    // (5xx, no answer) forbids everything until it can.
    const unreachable = (reason: string): Robots => ({ allowed: () => false, reason, transient: true });
    let current = url;
    try {
      for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
        const raw = await this.request(current, "robots", undefined);
        if (raw.status >= 300 && raw.status < 400 && raw.headers.get("location")) {
          current = new URL(raw.headers.get("location")!, current).href;
          continue;
        }
        if (raw.status >= 400 && raw.status < 500) return allowAll;
        if (raw.status >= 500) return unreachable(`disallowed: robots.txt of ${origin} unreachable (HTTP ${raw.status})`);
        if (raw.status < 200 || raw.status >= 300) return allowAll;
        const robots = robotsParser(url, new TextDecoder().decode(raw.body));
        const delay = robots.getCrawlDelay(this.token);
        return {
          allowed: (u) => robots.isAllowed(u, this.token) !== false,
          crawlDelayMs: delay !== undefined && Number.isFinite(delay) ? delay * 1000 : undefined,
          reason: "disallowed by robots.txt",
        };
      }
      return allowAll;
    } catch (err) {
      return unreachable(`${(err as Error).message}, reading ${url}`);
    }
  }
}

class TimeoutError extends Error {}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return new Uint8Array();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      controller.abort();
      throw new FetchError(`larger than ${megabytes(maxBytes)}`, false);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function contentType(header: string | null): [string, string | undefined] {
  if (!header) return ["", undefined];
  const [type, ...params] = header.split(";");
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return [type!.trim().toLowerCase(), charset?.toLowerCase()];
}

function parseRetryAfter(h: string | null): number | undefined {
  if (!h) return undefined;
  if (/^\d+$/.test(h.trim())) return Number(h) * 1000;
  const at = Date.parse(h);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function networkMessage(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `cannot connect (${cause.code})`;
  return `network error (${cause?.message ?? (err as Error).message})`;
}

/** An http(s) URL, or the reason it is not one. */
export function parseHttpUrl(s: string): URL {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new FetchError("not a URL", false);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new FetchError(`not an http(s) URL (${u.protocol})`, false);
  return u;
}

export const isWebUrl = (s: string) => /^https?:\/\//i.test(s);
