/**
 * One article to its serialized graph, or to the message of what went wrong: the unit of work of
 * ingest, run in this thread or on a worker thread alike.
 */
import type { SerializedGraph } from "graphology-types";
import { extract, type Article, type Gazetteer } from "../extract/index.js";
import { buildSerializedGraph } from "../graph/build.js";

export interface WorkerJob {
  id: number;
  articles: Article[];
}
export type WorkerOutcome = { graph: SerializedGraph } | { error: string };

export function graphOf(a: Article, opts: { gazetteer?: Gazetteer; edgeKeys?: boolean } = {}): SerializedGraph {
  return buildSerializedGraph(extract(a, { gazetteer: opts.gazetteer }), { edgeKeys: opts.edgeKeys });
}

export function outcomeOf(a: Article, gazetteer: Gazetteer | undefined): WorkerOutcome {
  try {
    // Graphs on their way to the writer, which reads edges by their ends and type, not by key.
    return { graph: graphOf(a, { gazetteer, edgeKeys: false }) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
