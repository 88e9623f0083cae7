/**
 * One extraction worker: articles in, serialized graphs (or the error's message) out, as one JSON
 * text per chunk. A graph is a few thousand small objects, which V8 stringifies and parses faster
 * than its structured clone copies them; the parse is the part the main thread pays for every article.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildGazetteer } from "../extract/index.js";
import { outcomeOf, type WorkerJob } from "./extractJob.js";

const files = (workerData as { gazetteerFiles?: string[] } | undefined)?.gazetteerFiles ?? [];
const gazetteer = files.length ? buildGazetteer(files) : undefined;

parentPort!.on("message", (job: WorkerJob) => {
  parentPort!.postMessage({ id: job.id, out: `[${job.articles.map((a) => JSON.stringify(outcomeOf(a, gazetteer, job.today))).join(",")}]` });
});
