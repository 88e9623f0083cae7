/**
 * Extraction on every core: a pool of worker threads in this process, each with its own lexicons
 * and gazetteer, fed articles in chunks. Extraction is pure CPU work, so one thread per core is
 * what makes a large batch go at the machine's speed; a small batch stays in this thread, where
 * there is no worker start-up to pay.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { buildGazetteer, type Article } from "../extract/index.js";
import { outcomeOf, type WorkerJob, type WorkerOutcome } from "./extractJob.js";

export type { WorkerOutcome };

export interface ExtractPoolOptions {
  /** Threads; defaults to the cores available. 1 extracts in the calling thread. */
  workers?: number;
  /** Extra gazetteer files, loaded by every worker. */
  gazetteerFiles?: string[];
  /** The day undated articles are read on (YYYY-MM-DD), chosen once by the caller. */
  today?: string;
  /** Articles per message: large enough to amortise the hand-over, small enough to balance the threads. */
  chunk?: number;
}

export interface ExtractPool {
  readonly workers: number;
  /** One outcome per article, in the articles' order. */
  run(articles: Article[]): Promise<WorkerOutcome[]>;
  close(): Promise<void>;
}

/** From the sources, a worker that registers tsx first; from the build, the compiled worker itself. */
const WORKER_URL = import.meta.url.endsWith(".ts") ? new URL("./extractWorker.mjs", import.meta.url) : new URL("./extractWorkerMain.js", import.meta.url);
/**
 * Extraction allocates a few MB of short-lived objects per article: with V8's default young
 * generation a worker spends a good share of its time in scavenges, and 64 MB semi-spaces make
 * them several times rarer. The space grows only when used.
 */
const YOUNG_GENERATION_MB = 192;

export function createExtractPool(opts: ExtractPoolOptions = {}): ExtractPool {
  const count = Math.max(1, opts.workers ?? availableParallelism());
  if (count === 1) return inThreadPool(opts.gazetteerFiles ?? [], opts.today);
  // A bad gazetteer file is the user's error, reported here once, not a worker crash per thread.
  if (opts.gazetteerFiles?.length) buildGazetteer(opts.gazetteerFiles);
  const chunk = Math.max(1, opts.chunk ?? 8);
  const threads = Array.from({ length: count }, () => new Worker(WORKER_URL, { workerData: { gazetteerFiles: opts.gazetteerFiles ?? [] }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  let nextId = 0;
  let broken: Error | undefined;
  const pending = new Map<number, { resolve: (o: WorkerOutcome[]) => void; reject: (e: Error) => void }>();
  for (const t of threads) {
    t.on("message", (m: { id: number; out: string }) => {
      pending.get(m.id)?.resolve(JSON.parse(m.out) as WorkerOutcome[]);
      pending.delete(m.id);
    });
    t.on("error", (err) => {
      broken = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  const send = (t: Worker, articles: Article[]) =>
    new Promise<WorkerOutcome[]>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      t.postMessage({ id, articles, today: opts.today } satisfies WorkerJob);
    });
  return {
    workers: count,
    async run(articles) {
      const out: WorkerOutcome[] = new Array(articles.length);
      let next = 0;
      // Each thread takes the next chunk when it finishes one, so a slow chunk does not hold the
      // others; two chunks are queued per thread so that it never waits for this thread to read a result.
      await Promise.all(
        [...threads, ...threads].map(async (t) => {
          while (next < articles.length) {
            const from = next;
            next += chunk;
            const res = await send(t, articles.slice(from, from + chunk));
            res.forEach((r, k) => (out[from + k] = r));
          }
        }),
      );
      return out;
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}

function inThreadPool(gazetteerFiles: string[], today: string | undefined): ExtractPool {
  const gazetteer = gazetteerFiles.length ? buildGazetteer(gazetteerFiles) : undefined;
  return {
    workers: 1,
    async run(articles) {
      return articles.map((a) => outcomeOf(a, gazetteer, today));
    },
    async close() {},
  };
}
