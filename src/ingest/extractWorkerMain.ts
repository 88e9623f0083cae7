/** One extraction worker: articles in, serialized graphs (or the error's message) out. */
import { parentPort, workerData } from "node:worker_threads";
import { buildGazetteer, extract, type Article } from "../extract/index.js";
import { buildSerializedGraph } from "../graph/build.js";

export interface WorkerJob {
  id: number;
  articles: Article[];
}
export type WorkerOutcome = { graph: import("graphology-types").SerializedGraph } | { error: string };

const files = (workerData as { gazetteerFiles?: string[] } | undefined)?.gazetteerFiles ?? [];
const gazetteer = files.length ? buildGazetteer(files) : undefined;

parentPort!.on("message", (job: WorkerJob) => {
  const out: WorkerOutcome[] = job.articles.map((a) => {
    try {
      return { graph: buildSerializedGraph(extract(a, { gazetteer })) };
    } catch (err) {
      return { error: (err as Error).message };
    }
  });
  parentPort!.postMessage({ id: job.id, out });
});
