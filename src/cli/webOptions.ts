/** The options `ingest` and `watch` share for reading from the web, and the fetch step both run. */
import type { Command } from "commander";
import { InvalidArgumentError } from "../errors.js";
import { DEFAULT_FETCH_OPTIONS, Fetcher, type FetchOptions } from "../fetch/http.js";
import { WebState, defaultStateDir } from "../fetch/state.js";
import type { FetchSummary, WebBatch, WebInputs } from "../fetch/web.js";
import type { IngestReport } from "../ingest/ingest.js";

export interface WebOpts {
  feed?: string[];
  stateDir?: string;
  refetch?: boolean;
  timeout?: string;
  retries?: string;
  concurrency?: string;
  hostDelay?: string;
  maxSize?: string;
  maxRedirects?: string;
  userAgent?: string;
}

const d = DEFAULT_FETCH_OPTIONS;

export function addWebOptions(cmd: Command, feedRequired = false): Command {
  const feed = "feeds to read new items from: RSS 2.0, Atom, JSON Feed or a news sitemap (several may follow one --feed)";
  (feedRequired ? cmd.requiredOption("--feed <url...>", feed) : cmd.option("--feed <url...>", feed))
    .option("--state-dir <dir>", "where what was fetched is remembered between runs (default: $ACTORGRAPH_STATE_DIR, else the user's cache folder)")
    .option("--refetch", "fetch again what earlier runs remembered as seen or unchanged")
    .option("--timeout <s>", "seconds to wait for one response", String(d.timeoutMs / 1000))
    .option("--retries <n>", "further tries after a 5xx answer or a timeout", String(d.retries))
    .option("--concurrency <n>", "requests in flight at once, over all hosts", String(d.concurrency))
    .option("--host-delay <s>", "least seconds between two requests to one host (robots.txt's Crawl-delay, if longer, wins)", String(d.hostDelayMs / 1000))
    .option("--max-size <MB>", "largest page or feed read", String(d.maxBytes / 1048576))
    .option("--max-redirects <n>", "redirects followed for one URL", String(d.maxRedirects))
    .option("--user-agent <ua>", "User-Agent header (default: $ACTORGRAPH_USER_AGENT, else actorgraph/VERSION ...)");
  return cmd;
}

function number(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new InvalidArgumentError(`--${name} must be a number${min ? ` of at least ${min}` : " (0 or more)"}, not '${value}'`);
  return n;
}

export function fetchOptions(o: WebOpts): FetchOptions {
  return {
    ...d,
    userAgent: o.userAgent || process.env.ACTORGRAPH_USER_AGENT || d.userAgent,
    timeoutMs: number("timeout", o.timeout, d.timeoutMs / 1000, 0.001) * 1000,
    retries: Math.floor(number("retries", o.retries, d.retries)),
    concurrency: Math.floor(number("concurrency", o.concurrency, d.concurrency, 1)),
    hostDelayMs: number("host-delay", o.hostDelay, d.hostDelayMs / 1000) * 1000,
    maxBytes: Math.floor(number("max-size", o.maxSize, d.maxBytes / 1048576, 0.001) * 1048576),
    maxRedirects: Math.floor(number("max-redirects", o.maxRedirects, d.maxRedirects)),
  };
}

export function loadState(o: WebOpts): WebState {
  return WebState.load(o.stateDir || defaultStateDir());
}

/** Feeds and pages fetched into articles, with a progress bar on a terminal. */
export async function fetchWeb(inputs: WebInputs, o: WebOpts, refetch = false): Promise<WebBatch> {
  // Loaded here, not with the command list: reading pages brings the HTML and extraction modules.
  const [{ default: cliProgress }, { fetchArticles }] = await Promise.all([import("cli-progress"), import("../fetch/web.js")]);
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: "fetch  [{bar}] {value}/{total} pages | {eta_formatted} left", clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  try {
    return await fetchArticles(inputs, {
      fetcher: new Fetcher(fetchOptions(o)),
      state: loadState(o),
      refetch: refetch || o.refetch,
      onPages: (total) => {
        if (bar && total > 1) {
          bar.start(total, 0);
          started = true;
        }
      },
      onProgress: (done) => started && bar?.update(done),
    });
  } finally {
    bar?.stop();
  }
}

export function fetchLine(s: FetchSummary): string {
  const feeds = s.feeds ? `${s.feeds} feeds${s.feedsNotModified ? ` (${s.feedsNotModified} not modified)` : ""}, ${s.items} items${s.seenBefore ? ` (${s.seenBefore} seen before)` : ""}; ` : "";
  return `fetch: ${feeds}${s.pages} pages fetched${s.pagesNotModified ? `, ${s.pagesNotModified} not modified` : ""}, ${s.failed} failed; ${s.requests} requests; ${s.seconds.toFixed(2)} s`;
}

/** The sources the ingest could not extract or write, for the state to try them again. */
export const failedSources = (r: IngestReport): Set<string> => new Set(r.errors.map((e) => e.source));
