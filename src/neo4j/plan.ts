/**
 * A write plan: the nodes and relationships of one or more article graphs, grouped by label and by
 * relationship type and end labels, ready to be sent as UNWIND batches.
 */
import type { SerializedGraph } from "graphology-types";
import { SYMMETRIC_TYPES } from "../model/plover.js";
import { idOfKey, labelOfKey, nodeKey } from "../model/keys.js";
import { isActorLabel, type NodeLabel } from "../model/labels.js";

export type Props = Record<string, string | number | boolean | string[] | number[]>;

export interface NodeRow {
  id: string;
  props: Props;
  /** How many of the batch's documents mention it, how often, and the first and last publication dates. */
  docs: number;
  mentions: number;
  first?: string;
  last?: string;
}

export interface RelRow {
  from: string;
  to: string;
  props: Props;
}

export interface WritePlan {
  documents: string[];
  nodes: Map<string, NodeRow[]>;
  /** Key: `TYPE|FromLabel|ToLabel`. */
  rels: Map<string, RelRow[]>;
  nodeCount: number;
  relCount: number;
}

/** Attribute values as Neo4j properties: nested objects as JSON text, undefined and null left out. */
function props(attrs: Record<string, unknown>, drop: ReadonlySet<string>): Props {
  const out: Props = {};
  // for-in over a plain object, not Object.entries: planning runs once per node and relationship of every batch.
  for (const k in attrs) {
    const v = attrs[k];
    if (v === undefined || v === null || drop.has(k)) continue;
    if (Array.isArray(v)) out[k] = v as string[];
    else if (typeof v === "object") out[k] = JSON.stringify(v);
    else out[k] = v as string | number | boolean;
  }
  return out;
}

const NODE_META = new Set(["labels", "id", "mentions"]);
const EDGE_META = new Set(["type"]);

/**
 * The directed actor pairs of each event ("State:PRK>State:RUS"), sources to targets, and pairs of
 * sources for symmetric types: stored on the event so that pair counts over a date range are read
 * from one index (cypher/schema.cypher, event_dyads).
 */
function dyadsOf(nodes: Map<string, NodeRow> | undefined, rels: Map<string, Map<string, RelRow>>): void {
  if (!nodes) return;
  const sides = new Map<string, { sources: string[]; targets: string[] }>();
  for (const [key, rows] of rels) {
    const [type, from, to] = key.split("|") as [string, string, string];
    if (from !== "Event" || !isActorLabel(to) || (type !== "SOURCE" && type !== "TARGET")) continue;
    for (const r of rows.values()) {
      const s = sides.get(r.from) ?? { sources: [], targets: [] };
      sides.set(r.from, s);
      (type === "SOURCE" ? s.sources : s.targets).push(nodeKey(to, r.to));
    }
  }
  for (const row of nodes.values()) {
    const s = sides.get(row.id);
    const dyads = new Set<string>();
    if (s) {
      for (const a of s.sources) for (const b of s.targets) if (a !== b) dyads.add(`${a}>${b}`);
      if (SYMMETRIC_TYPES.has(String(row.props.type))) for (const a of s.sources) for (const b of s.sources) if (a < b) dyads.add(`${a}>${b}`);
    }
    // An event without a pair has no dyads at all, so the index that holds them leaves it out.
    if (dyads.size) row.props.dyads = [...dyads].sort();
  }
}

/** Labels in the order a transaction locks them; any other label goes last. */
const LOCK_ORDER: readonly string[] = ["Document", "Sentence", "Event", "Agreement", "Place", "Organization", "Person", "State"] satisfies NodeLabel[];

/** Groups graphs into label and relationship batches; the same node or relationship twice becomes one row. */
export function planWrites(graphs: SerializedGraph[]): WritePlan {
  const nodes = new Map<string, Map<string, NodeRow>>();
  const rels = new Map<string, Map<string, RelRow>>();
  const documents: string[] = [];
  for (const g of graphs) {
    const doc = g.nodes.find((n) => (n.attributes?.labels as string[] | undefined)?.[0] === "Document");
    const published = doc?.attributes?.published as string | undefined;
    for (const n of g.nodes) {
      const a = (n.attributes ?? {}) as Record<string, unknown>;
      const label = (a.labels as string[] | undefined)?.[0] ?? labelOfKey(n.key);
      if (label === "Document") documents.push(String(a.id));
      const byId = nodes.get(label) ?? new Map<string, NodeRow>();
      nodes.set(label, byId);
      const row: NodeRow = { id: String(a.id ?? idOfKey(n.key)), props: props(a, NODE_META), docs: 1, mentions: Number(a.mentions ?? 0), first: published, last: published };
      const prev = byId.get(row.id);
      if (prev && label === "Document") {
        // The same text twice in one batch: one Document, with every URL it came from (documentUrls.ts).
        const urls = [...new Set([...((prev.props.urls as string[]) ?? [prev.props.url]), row.props.url].filter((u): u is string => typeof u === "string"))];
        if (urls.length > 1) prev.props.urls = urls;
        if (urls.length) prev.props.url = urls[0]!;
        prev.docs += 1;
      } else if (prev) {
        // Two articles of one batch name the same entity: keep every surface form, add up the counts.
        const aliases = [...new Set([...((prev.props.aliases as string[]) ?? []), ...((row.props.aliases as string[]) ?? [])])];
        Object.assign(prev.props, row.props, aliases.length ? { aliases } : {});
        prev.docs += 1;
        prev.mentions += row.mentions;
        if (published && (!prev.first || published < prev.first)) prev.first = published;
        if (published && (!prev.last || published > prev.last)) prev.last = published;
      } else byId.set(row.id, row);
    }
    for (const e of g.edges) {
      const a = (e.attributes ?? {}) as Record<string, unknown>;
      const type = String(a.type);
      const key = `${type}|${labelOfKey(e.source)}|${labelOfKey(e.target)}`;
      const byPair = rels.get(key) ?? new Map<string, RelRow>();
      rels.set(key, byPair);
      const pair = `${e.source}->${e.target}`;
      const row = { from: idOfKey(e.source), to: idOfKey(e.target), props: props(a, EDGE_META) };
      const prev = byPair.get(pair);
      if (prev) {
        const evidence = [...new Set([...((prev.props.evidence as string[]) ?? []), ...((row.props.evidence as string[]) ?? [])])];
        Object.assign(prev.props, row.props, { evidence });
      } else byPair.set(pair, row);
    }
  }
  dyadsOf(nodes.get("Event"), rels);
  const plan: WritePlan = { documents, nodes: new Map(), rels: new Map(), nodeCount: 0, relCount: 0 };
  // Every transaction takes its node locks in one global order (label rank, then id), so that two
  // writing at once wait for each other instead of deadlocking. Labels that are new with every
  // article come first and the hottest last: a writer blocked by another has done the most it could.
  const rank = (label: string) => {
    const i = LOCK_ORDER.indexOf(label);
    return i < 0 ? LOCK_ORDER.length : i;
  };
  // Any fixed order will do; comparing code units is the cheapest.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const [k, v] of [...nodes].sort(([a], [b]) => rank(a) - rank(b) || compare(a, b))) {
    plan.nodes.set(k, [...v.values()].sort((a, b) => compare(a.id, b.id)));
    plan.nodeCount += v.size;
  }
  for (const [k, v] of rels) {
    plan.rels.set(k, [...v.values()]);
    plan.relCount += v.size;
  }
  return plan;
}
