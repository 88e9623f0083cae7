/**
 * Pages and feeds to the articles the ingest already handles. A fetched page becomes what an
 * `{"url", "published", "html"}` JSON line becomes (parseHtml), with its canonical URL
 * (`<link rel=canonical>`, else the URL it was finally read from) as the Document's URL and the
 * feed's date for the item when the page has none; so Document ids, idempotence and syndicated
 * copies work as they do for files.
 *
 * Nothing is remembered until the ingest says how each article fared (`commit`): an item that
 * failed for a reason that may pass (a 5xx, a timeout, a failed write) is tried again next run, and
 * its feed's validators are not kept, so that the feed is read again in full.
 */
import { parseHTML } from "linkedom";
import { parseHtml, type Article, type InputError } from "../extract/index.js";
import { decodeText } from "../extract/encoding.js";
import { FetchError, type Fetched, type Fetcher, type Validators } from "./http.js";
import { parseFeedBody, type FeedItem } from "./feeds.js";
import type { WebState } from "./state.js";

export interface WebInputs {
  /** Pages to read, as given. */
  pages: string[];
  /** Feeds whose new items are read. */
  feeds: string[];
}

export interface WebOptions {
  fetcher: Fetcher;
  state: WebState;
  /** Ignore what earlier runs remembered (validators and seen items); remember the new all the same. */
  refetch?: boolean;
  /** Pages fetched so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Called once the feeds are read, with the number of pages to fetch. */
  onPages?: (total: number) => void;
  /** Most sitemaps read from one sitemap index. */
  maxSitemaps?: number;
}

export interface FetchSummary {
  feeds: number;
  feedsNotModified: number;
  items: number;
  seenBefore: number;
  pages: number;
  pagesNotModified: number;
  failed: number;
  requests: number;
  seconds: number;
}

export interface WebBatch {
  articles: Article[];
  errors: InputError[];
  summary: FetchSummary;
  /** Remembers what this batch fetched, given the sources the ingest could not write. */
  commit(failedSources: Set<string>): void;
}

interface PageJob {
  url: string;
  /** The feeds (and item keys) that listed it; none for a page given by hand. */
  from: { feed: string; key: string }[];
  published?: string;
  title?: string;
}

const isoOrUndefined = (s: string | undefined): string | undefined => {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};

function decodeBody(f: Extract<Fetched, { status: "ok" }>): string {
  if (f.charset && !/^utf-?8$/i.test(f.charset)) {
    try {
      return new TextDecoder(f.charset).decode(f.body);
    } catch {
      // An unknown label: guessed from the bytes below.
    }
  }
  if (!f.body.length) throw new FetchError("empty response", false);
  return decodeText(f.body).text;
}

/** The page's `<link rel=canonical>` as an absolute http(s) URL, if it has one. */
export function canonicalUrl(html: string, base: string): string | undefined {
  const { document } = parseHTML(html);
  for (const link of Array.from(document.querySelectorAll("link[rel][href]"))) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (!rel.includes("canonical")) continue;
    try {
      const u = new URL(link.getAttribute("href")!.trim(), base);
      if (u.protocol === "http:" || u.protocol === "https:") {
        u.hash = "";
        return u.href;
      }
    } catch {
      // a broken href: the next, or the final URL
    }
  }
  return undefined;
}

/** A fetched page as an article: canonical URL, and the feed's date when the page gives none. */
export function pageArticle(source: string, html: string, finalUrl: string, feedDate?: string): Article {
  const url = canonicalUrl(html, finalUrl) ?? finalUrl;
  let a: Article;
  try {
    a = parseHtml(source, html, { url });
  } catch (err) {
    // A page date that is not a date: the feed's is used instead.
    if (!/'published' is not a date/.test((err as Error).message)) throw err;
    a = parseHtml(source, html, { url, published: null });
  }
  return a.published || !feedDate ? a : { ...a, published: feedDate.slice(0, 10) };
}

export async function fetchArticles(inputs: WebInputs, opts: WebOptions): Promise<WebBatch> {
  const started = performance.now();
  const { fetcher, state } = opts;
  const requestsBefore = fetcher.requests;
  const summary: FetchSummary = { feeds: inputs.feeds.length, feedsNotModified: 0, items: 0, seenBefore: 0, pages: 0, pagesNotModified: 0, failed: 0, requests: 0, seconds: 0 };
  const errors: InputError[] = [];
  const articles: Article[] = [];
  const validatorsOf = (url: string) => (opts.refetch ? undefined : state.validators(url));
  const fail = (source: string, err: unknown) => {
    summary.failed++;
    errors.push({ source, message: (err as Error).message });
  };

  // What to remember once the ingest is done.
  /** Feed (or sitemap) URL -> its validators and the feed given that it belongs to. */
  const feedValidators = new Map<string, { feed: string; v: Validators }>();
  const listed = new Map<string, Set<string>>();
  const pageValidators = new Map<string, Validators>();
  const settled: { job: PageJob; failed?: string; transient?: boolean; source?: string }[] = [];

  // Feeds first (a sitemap index's sitemaps after it), all at once within the fetcher's limits.
  const jobs = new Map<string, PageJob>();
  for (const p of inputs.pages) if (!jobs.has(p)) jobs.set(p, { url: p, from: [] });
  await Promise.all(
    [...new Set(inputs.feeds)].map(async (feed) => {
      const items: FeedItem[] = [];
      const read = async (url: string, depth: number): Promise<boolean> => {
        const f = await fetcher.get(url, "feed", validatorsOf(url));
        if (f.status === "not-modified") return false;
        const parsed = parseFeedBody(decodeBody(f), f.finalUrl);
        feedValidators.set(url, { feed, v: f.validators });
        items.push(...parsed.items);
        if (depth === 0) for (const s of parsed.sitemaps.slice(0, opts.maxSitemaps ?? 50)) await read(s, 1).catch((err) => fail(s, err));
        return true;
      };
      try {
        if (!(await read(feed, 0))) {
          summary.feedsNotModified++;
          return;
        }
      } catch (err) {
        fail(feed, err);
        return;
      }
      listed.set(feed, new Set(items.map((i) => i.key)));
      for (const it of items) {
        summary.items++;
        if (!opts.refetch && state.seen(feed, it.key)) {
          summary.seenBefore++;
          continue;
        }
        const job = jobs.get(it.url) ?? { url: it.url, from: [] };
        job.from.push({ feed, key: it.key });
        job.published ??= isoOrUndefined(it.published);
        job.title ??= it.title;
        jobs.set(it.url, job);
      }
    }),
  );

  const all = [...jobs.values()];
  opts.onPages?.(all.length);
  let done = 0;
  await Promise.all(
    all.map(async (job) => {
      try {
        const f = await fetcher.get(job.url, "page", validatorsOf(job.url));
        if (f.status === "not-modified") {
          summary.pagesNotModified++;
          settled.push({ job });
          return;
        }
        summary.pages++;
        const article = pageArticle(job.url, decodeBody(f), f.finalUrl, job.published);
        articles.push(article);
        pageValidators.set(job.url, f.validators);
        settled.push({ job, source: article.source });
      } catch (err) {
        fail(job.url, err);
        settled.push({ job, failed: (err as Error).message, transient: !(err instanceof FetchError) || err.transient });
      } finally {
        opts.onProgress?.(++done, all.length);
      }
    }),
  );
  // The order of the inputs, not of the answers: the same run gives the same batch.
  const order = new Map(all.map((j, i) => [j.url, i]));
  articles.sort((a, b) => order.get(a.source)! - order.get(b.source)!);
  errors.sort((a, b) => (order.get(a.source) ?? -1) - (order.get(b.source) ?? -1));
  summary.requests = fetcher.requests - requestsBefore;
  summary.seconds = (performance.now() - started) / 1000;

  return {
    articles,
    errors,
    summary,
    commit(failedSources) {
      const unfinished = new Set<string>();
      for (const s of settled) {
        const ingestFailed = s.source !== undefined && failedSources.has(s.source);
        if ((s.failed && s.transient) || ingestFailed) {
          for (const f of s.job.from) unfinished.add(f.feed);
          continue;
        }
        if (!s.failed && s.source) state.setValidators(s.job.url, pageValidators.get(s.job.url) ?? {});
        for (const f of s.job.from) state.markSeen(f.feed, f.key, s.failed);
      }
      for (const [feed, keys] of listed) state.prune(feed, keys);
      // A feed with items to try again is read in full next time, not answered 304.
      for (const [url, { feed, v }] of feedValidators) state.setValidators(url, unfinished.has(feed) ? {} : v);
      state.save();
    },
  };
}
