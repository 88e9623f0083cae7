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
  /** The day undated articles are read on, chosen once by the caller. */
  today?: string;
}
export type WorkerOutcome = { graph: SerializedGraph } | { error: string };

export function graphOf(a: Article, opts: { gazetteer?: Gazetteer; edgeKeys?: boolean; today?: string } = {}): SerializedGraph {
  return buildSerializedGraph(extract(a, { gazetteer: opts.gazetteer, today: opts.today }), { edgeKeys: opts.edgeKeys });
}

export function outcomeOf(a: Article, gazetteer: Gazetteer | undefined, today: string | undefined): WorkerOutcome {
  try {
    // Graphs on their way to the writer, which reads edges by their ends and type, not by key.
    return { graph: graphOf(a, { gazetteer, edgeKeys: false, today }) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
