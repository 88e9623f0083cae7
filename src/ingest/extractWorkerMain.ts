/** One extraction worker: articles in, serialized graphs (or the error's message) out. */
import { parentPort, workerData } from "node:worker_threads";
import { buildGazetteer } from "../extract/index.js";
import { outcomeOf, type WorkerJob } from "./extractJob.js";

const files = (workerData as { gazetteerFiles?: string[] } | undefined)?.gazetteerFiles ?? [];
const gazetteer = files.length ? buildGazetteer(files) : undefined;

parentPort!.on("message", (job: WorkerJob) => {
  parentPort!.postMessage({ id: job.id, out: job.articles.map((a) => outcomeOf(a, gazetteer)) });
});
