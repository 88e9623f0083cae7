/**
 * Extraction -> graphology graph in the shape of GRAPH_MODEL.md: node keys `<Label>:<id>`,
 * `labels` on every node, `type` on every edge, evidence as sentence ids.
 */
import { createHash } from "node:crypto";
import { MultiDirectedGraph } from "graphology";
import type { EntityRef, EventRecord, Extraction } from "../extract/types.js";

export type ModelGraph = MultiDirectedGraph;

export const nodeKey = (label: string, id: string) => `${label}:${id}`;
const refKey = (r: EntityRef) => nodeKey(r.label, r.id);
const SYMMETRIC = new Set(["CONSULT", "COOPERATE"]);

export function sentenceId(docId: string, index: number): string {
  return `${docId}:${index}`;
}

/**
 * The same happening in two articles gets the same id: type, actors and month (or the date's own
 * precision when coarser), never the article.
 */
export function eventId(e: EventRecord, published?: string): string {
  const src = e.sources.map(refKey).sort();
  const tgt = e.targets.map(refKey).sort();
  const actors = SYMMETRIC.has(e.type) ? [[...src, ...tgt].sort().join(",")] : [src.join(","), tgt.join(",")];
  const when = (e.date ?? published ?? "").slice(0, 7);
  return createHash("sha256").update([e.type, ...actors, when].join("|")).digest("hex").slice(0, 16);
}

function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export function buildGraph(x: Extraction): ModelGraph {
  const g: ModelGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const doc = x.document;
  const docKey = nodeKey("Document", doc.id);
  g.addNode(docKey, clean({ labels: ["Document"], id: doc.id, name: doc.title ?? doc.source, title: doc.title, url: doc.url, publisher: doc.publisher, published: doc.published, language: doc.language, source: doc.source }));
  const sid = (i: number) => sentenceId(doc.id, i);
  for (const s of x.sentences) {
    const k = nodeKey("Sentence", sid(s.index));
    g.addNode(k, { labels: ["Sentence"], id: sid(s.index), index: s.index, text: s.text, start: s.start, end: s.end, document: doc.id });
    g.addEdgeWithKey(`HAS_SENTENCE:${docKey}->${k}`, docKey, k, { type: "HAS_SENTENCE" });
  }
  const mentioned = (from: string, ms: { sentence: number; start: number; end: number; text: string }[], confidence: number) => {
    const bySentence = new Map<number, typeof ms>();
    for (const m of ms) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    for (const [i, list] of bySentence) {
      const to = nodeKey("Sentence", sid(i));
      const first = list[0]!;
      g.addEdgeWithKey(`MENTIONED_IN:${from}->${to}`, from, to, clean({
        type: "MENTIONED_IN", start: first.start, end: first.end, surface: first.text || undefined, count: list.length,
        surfaces: [...new Set(list.map((m) => m.text).filter(Boolean))],
        spans: list.map((m) => [m.start, m.end]).flat(), evidence: [sid(i)], confidence,
      }));
    }
  };
  for (const e of x.entities) {
    const k = refKey(e);
    g.addNode(k, clean({
      labels: [e.label], id: e.id, name: e.name, aliases: e.aliases, wikidata: e.wikidata, iso2: e.iso2, kind: e.kind,
      role: e.role, status: e.status, date: e.date, confidence: e.confidence, mentions: e.mentions.length,
    }));
    mentioned(k, e.mentions, e.confidence);
  }
  for (const r of x.relations) {
    const a = refKey(r.from);
    const b = refKey(r.to);
    if (!g.hasNode(a) || !g.hasNode(b)) continue;
    g.addEdgeWithKey(`${r.type}:${a}->${b}`, a, b, clean({ type: r.type, role: r.role, evidence: r.evidence.map(sid), confidence: r.confidence, basis: r.basis }));
  }
  const nameOf = (r: EntityRef) => (g.hasNode(refKey(r)) ? (g.getNodeAttribute(refKey(r), "name") as string) : r.id);
  for (const e of x.events) {
    const id = eventId(e, doc.published);
    const k = nodeKey("Event", id);
    const label = `${e.sources.map(nameOf).join(" & ")}${e.targets.length ? ` → ${e.targets.map(nameOf).join(" & ")}` : ""}: ${e.type.toLowerCase()}${e.mode ? ` (${e.mode})` : ""}`;
    const evidence = [...new Set(e.mentions.map((m) => sid(m.sentence)))];
    if (g.hasNode(k)) continue; // two drafts that coreference could not join but share an id: keep the first
    g.addNode(k, clean({
      labels: ["Event"], id, name: label, label, type: e.type, mode: e.mode, status: e.status, date: e.date, dateText: e.dateText,
      quantity: e.quantity, quantityText: e.quantityText, confidence: e.confidence, published: doc.published,
    }));
    mentioned(k, e.mentions, e.confidence);
    const roles: [string, EntityRef[]][] = [["SOURCE", e.sources], ["TARGET", e.targets], ["AT", e.at], ["ABOUT", e.about], ["REPORTED_BY", e.reportedBy]];
    for (const [type, refs] of roles) {
      for (const r of refs) {
        const to = refKey(r);
        if (!g.hasNode(to) || g.hasEdge(`${type}:${k}->${to}`)) continue;
        g.addEdgeWithKey(`${type}:${k}->${to}`, k, to, { type, evidence, confidence: e.confidence });
      }
    }
  }
  return g;
}
