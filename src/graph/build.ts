/**
 * Extraction -> graphology graph in the shape of GRAPH_MODEL.md: node keys `<Label>:<id>`,
 * `labels` on every node, `type` on every edge, evidence as sentence ids.
 */
import { MultiDirectedGraph } from "graphology";
import type { Attributes, SerializedEdge, SerializedGraph, SerializedNode } from "graphology-types";
import type { Extraction } from "../extract/types.js";
import { eventId, sentenceId } from "../model/ids.js";
import { edgeKey, keyOf, nodeKey, type EntityRef } from "../model/keys.js";
import type { EventRole } from "../model/relationships.js";

export type ModelGraph = MultiDirectedGraph;

/** A copy without the undefined properties (deleting them instead would turn every object into a slow dictionary). */
function clean<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}

export interface BuildOptions {
  /**
   * Give every edge its key (`TYPE:source->target`), as the extract command prints it. Ingest's
   * writer never reads them, and a sixth of a graph's JSON is keys that a worker would stringify
   * and the main thread parse for nothing.
   */
  edgeKeys?: boolean;
}

/**
 * The graph as graphology's serialized form, built directly: ingest and the JSON output only need
 * this, and a Graph instance would be built only to be exported again.
 */
export function buildSerializedGraph(x: Extraction, opts: BuildOptions = {}): SerializedGraph {
  const keyed = opts.edgeKeys ?? true;
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  const nodeAttrs = new Map<string, Attributes>();
  const edgeKeys = new Set<string>();
  const addNode = (key: string, attributes: Attributes) => {
    if (nodeAttrs.has(key)) throw new Error(`duplicate node ${key}`);
    nodeAttrs.set(key, attributes);
    nodes.push({ key, attributes });
  };
  const addEdge = (type: string, source: string, target: string, attributes: Attributes) => {
    const key = edgeKey(type, source, target);
    if (edgeKeys.has(key)) throw new Error(`duplicate edge ${key}`);
    if (source === target) throw new Error(`self loop ${key}`);
    edgeKeys.add(key);
    edges.push(keyed ? { key, source, target, attributes } : { source, target, attributes });
  };
  const doc = x.document;
  const docKey = nodeKey("Document", doc.id);
  addNode(docKey, clean({ labels: ["Document"], id: doc.id, name: doc.title ?? doc.source, title: doc.title, url: doc.url, publisher: doc.publisher, published: doc.published, language: doc.language, source: doc.source }));
  const sid = (i: number) => sentenceId(doc.id, i);
  for (const s of x.sentences) {
    const k = nodeKey("Sentence", sid(s.index));
    addNode(k, { labels: ["Sentence"], id: sid(s.index), index: s.index, text: s.text, start: s.start, end: s.end, document: doc.id });
    addEdge("HAS_SENTENCE", docKey, k, { type: "HAS_SENTENCE" });
  }
  const mentioned = (from: string, ms: { sentence: number; start: number; end: number; text: string }[]) => {
    const bySentence = new Map<number, typeof ms>();
    for (const m of ms) {
      const list = bySentence.get(m.sentence);
      if (list) list.push(m);
      else bySentence.set(m.sentence, [m]);
    }
    // A mention is provenance, not a fact: its sentence is its evidence and its node holds the
    // confidence. Lists are written only when a sentence names the node more than once: half of all
    // relationships are mentions, and every list is a record of its own in Neo4j's store.
    for (const [i, list] of bySentence) {
      const to = nodeKey("Sentence", sid(i));
      const first = list[0]!;
      const surfaces = list.length > 1 ? [...new Set(list.map((m) => m.text).filter(Boolean))] : [];
      addEdge("MENTIONED_IN", from, to, clean({
        type: "MENTIONED_IN", start: first.start, end: first.end, surface: first.text || undefined, count: list.length,
        surfaces: surfaces.length > 1 ? surfaces : undefined,
        spans: list.length > 1 ? list.flatMap((m) => [m.start, m.end]) : undefined,
      }));
    }
  };
  for (const e of x.entities) {
    const k = keyOf(e);
    addNode(k, clean({
      labels: [e.label], id: e.id, name: e.name, aliases: e.aliases, wikidata: e.wikidata, iso2: e.iso2, kind: e.kind,
      role: e.role, status: e.status, date: e.date, dissolved: e.dissolved, successors: e.successors, confidence: e.confidence, mentions: e.mentions.length,
    }));
    mentioned(k, e.mentions);
  }
  for (const r of x.relations) {
    const a = keyOf(r.from);
    const b = keyOf(r.to);
    if (!nodeAttrs.has(a) || !nodeAttrs.has(b)) continue;
    addEdge(r.type, a, b, clean({ type: r.type, role: r.role, evidence: r.evidence.map(sid), confidence: r.confidence, basis: r.basis }));
  }
  const nameOf = (r: EntityRef) => (nodeAttrs.get(keyOf(r))?.name as string | undefined) ?? r.id;
  for (const e of x.events) {
    // Coreference kept these drafts apart, yet two of them may share type, actors and month ("talks
    // on Sunday" and "will meet again on October 25"): the later one is told apart by its own date,
    // status and place. Drafts that agree on those too are one happening: the first is kept.
    let id = eventId(e, doc.published);
    if (nodeAttrs.has(nodeKey("Event", id))) id = eventId(e, doc.published, true);
    const k = nodeKey("Event", id);
    if (nodeAttrs.has(k)) continue;
    const label = `${e.sources.map(nameOf).join(" & ")}${e.targets.length ? ` → ${e.targets.map(nameOf).join(" & ")}` : ""}: ${e.type.toLowerCase()}${e.mode ? ` (${e.mode})` : ""}`;
    const evidence = [...new Set(e.mentions.map((m) => sid(m.sentence)))];
    addNode(k, clean({
      labels: ["Event"], id, name: label, label, type: e.type, mode: e.mode, status: e.status, date: e.date, dateText: e.dateText,
      quantity: e.quantity, quantityText: e.quantityText, confidence: e.confidence, published: doc.published,
    }));
    mentioned(k, e.mentions);
    const roles: [EventRole, EntityRef[]][] = [["SOURCE", e.sources], ["TARGET", e.targets], ["AT", e.at], ["ABOUT", e.about], ["REPORTED_BY", e.reportedBy]];
    for (const [type, refs] of roles) {
      for (const r of refs) {
        const to = keyOf(r);
        if (!nodeAttrs.has(to) || edgeKeys.has(edgeKey(type, k, to))) continue;
        addEdge(type, k, to, { type, evidence, confidence: e.confidence });
      }
    }
  }
  return { options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges };
}

/** The extraction as a graphology graph, for callers that traverse it. */
export function buildGraph(x: Extraction): ModelGraph {
  return MultiDirectedGraph.from(buildSerializedGraph(x)) as ModelGraph;
}
