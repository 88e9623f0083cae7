/**
 * What fetching remembers between runs, in one small JSON file in a per-user cache folder
 * (ACTORGRAPH_STATE_DIR or --state-dir, else the platform's cache folder for "actorgraph"):
 *
 * - per URL fetched (feeds and pages), the ETag and Last-Modified its server gave, for conditional GET;
 * - per feed, the items already ingested (or failed for good), so that a feed that did change
 *   does not fetch its old items again.
 *
 * Why a file and not Neo4j: the validators are about HTTP responses, and a feed item is known by its
 * guid or link, before any redirect or canonical URL, while a Document is known by its text and its
 * canonical URL; none of it belongs in the graph, and the decision not to fetch has to be taken
 * before there is a text. Losing the file costs nothing but requests: the ingest is idempotent, so
 * items fetched again are counted `unchanged` (or `syndicated`) and nothing is written twice.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import envPaths from "env-paths";
import type { Validators } from "./http.js";

export const STATE_FILE = "web-state.json";
/** Items no longer in their feed are forgotten after this long. */
const KEEP_MS = 90 * 24 * 3600 * 1000;

interface UrlState extends Validators {
  /** When the validators were stored (ISO). */
  at: string;
}

interface FeedState {
  /** Item key -> when it was seen (ISO), and why it failed for good if it did. */
  items: Record<string, { at: string; failed?: string }>;
}

interface StateFile {
  version: 1;
  urls: Record<string, UrlState>;
  feeds: Record<string, FeedState>;
}

export function defaultStateDir(): string {
  return process.env.ACTORGRAPH_STATE_DIR || envPaths("actorgraph", { suffix: "" }).cache;
}

export class WebState {
  private data: StateFile;
  readonly file: string;

  private constructor(file: string, data: StateFile) {
    this.file = file;
    this.data = data;
  }

  static load(dir = defaultStateDir()): WebState {
    const file = join(dir, STATE_FILE);
    let data: StateFile = { version: 1, urls: {}, feeds: {} };
    try {
      const raw = JSON.parse(readFileSync(file, "utf8")) as Partial<StateFile>;
      if (raw && raw.version === 1) data = { version: 1, urls: raw.urls ?? {}, feeds: raw.feeds ?? {} };
    } catch (err) {
      // No file yet: a first run. A damaged one is started afresh (it is a cache; see above).
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") process.stderr.write(`actorgraph: warning: ${file}: unreadable (${(err as Error).message.split("\n")[0]}); starting afresh\n`);
    }
    return new WebState(file, data);
  }

  validators(url: string): Validators | undefined {
    const v = this.data.urls[url];
    return v && (v.etag || v.lastModified) ? { etag: v.etag, lastModified: v.lastModified } : undefined;
  }

  setValidators(url: string, v: Validators): void {
    if (v.etag || v.lastModified) this.data.urls[url] = { etag: v.etag, lastModified: v.lastModified, at: new Date().toISOString() };
    else delete this.data.urls[url];
  }

  seen(feed: string, key: string): boolean {
    return !!this.data.feeds[feed]?.items[key];
  }

  markSeen(feed: string, key: string, failed?: string): void {
    const f = (this.data.feeds[feed] ??= { items: {} });
    f.items[key] = failed ? { at: new Date().toISOString(), failed } : { at: new Date().toISOString() };
  }

  /** Forgets the items of a feed that it no longer lists and that were seen long ago. */
  prune(feed: string, listed: Set<string>, now = Date.now()): void {
    const f = this.data.feeds[feed];
    if (!f) return;
    for (const [k, v] of Object.entries(f.items)) if (!listed.has(k) && now - Date.parse(v.at) > KEEP_MS) delete f.items[k];
  }

  /**
   * Written whole to a temporary file, then renamed over the old one: never half a file. Validators
   * not refreshed for a long while are dropped first (the pages of old feed items, mostly). Two
   * processes saving at once (a watch and an ingest) keep the later one's file.
   */
  save(now = Date.now()): void {
    for (const [url, v] of Object.entries(this.data.urls)) if (now - Date.parse(v.at) > KEEP_MS) delete this.data.urls[url];
    mkdirSync(join(this.file, ".."), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.data, null, 1)}\n`);
    renameSync(tmp, this.file);
  }
}
