/**
 * The loaded graph and the drawn one. `data` holds what the API sent, in the model's shape;
 * `display` is what sigma draws from it in the current mode: events as nodes or as labelled edges
 * between their actors, documents and sentences or not, nodes sized by degree or by reports.
 */
import { MultiDirectedGraph } from "graphology";
import type { ViewGraph } from "./api";
import { curveParallelEdges } from "./render";
import { EDGE_COLOR, EVENT_COLOR, LABEL_STYLE, primaryLabel } from "./style";
import type { ViewState } from "./urlState";

export interface Graphs {
  data: MultiDirectedGraph;
  display: MultiDirectedGraph;
}

export const createGraphs = (): Graphs => ({ data: new MultiDirectedGraph(), display: new MultiDirectedGraph() });

/** Adds what the API sent; relationships whose ends it did not send are left out. */
export function mergeInto(data: MultiDirectedGraph, g: ViewGraph): void {
  for (const n of g.nodes) data.mergeNode(n.key, n.attributes);
  for (const e of g.edges) if (data.hasNode(e.source) && data.hasNode(e.target) && !data.hasEdge(e.key)) data.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
}

const isProvenance = (label: string) => label === "Document" || label === "Sentence";

/** The first and last month an event date covers ("2025-08-14" -> 2025-08 to 2025-08, "2019" -> 2019-01 to 2019-12). */
export function monthsOf(date: unknown): [string, string] | null {
  const d = String(date ?? "");
  if (/^\d{4}-\d{2}/.test(d)) return [d.slice(0, 7), d.slice(0, 7)];
  if (/^\d{4}$/.test(d)) return [`${d}-01`, `${d}-12`];
  return null;
}

/** Every month an event of the loaded graph starts or ends in, in order: the date slider's steps. */
export function eventMonths(data: MultiDirectedGraph): string[] {
  const all = new Set<string>();
  data.forEachNode((_k, a) => {
    if (primaryLabel(a.labels) !== "Event") return;
    const m = monthsOf(a.date ?? a.firstReported);
    if (m) all.add(m[0]).add(m[1]);
  });
  return [...all].sort();
}

/** How many loaded nodes have each value of a property (`label` for their own label), most first. */
export function countBy(data: MultiDirectedGraph, attr: string, onlyEvents = false): [string, number][] {
  const c = new Map<string, number>();
  data.forEachNode((_k, a) => {
    if (onlyEvents && primaryLabel(a.labels) !== "Event") return;
    const v = attr === "label" ? primaryLabel(a.labels) : String(a[attr] ?? "occurred");
    c.set(v, (c.get(v) ?? 0) + 1);
  });
  return [...c.entries()].sort((x, y) => y[1] - x[1]);
}

const nodeLabelText = (a: Record<string, unknown>) => String(a.name ?? a.label ?? a.title ?? a.id ?? "");

/** Redraws `display` from `data`; nodes already drawn keep their place, new ones start beside a placed neighbour. */
export function rebuildDisplay({ data, display }: Graphs, view: Pick<ViewState, "documents" | "eventsAsEdges" | "sizeBy">): void {
  const keep = new Map<string, { x: number; y: number }>();
  display.forEachNode((k, a) => keep.set(k, { x: a.x as number, y: a.y as number }));
  display.clear();
  const place = (key: string): { x: number; y: number } => {
    const known = keep.get(key);
    if (known) return known;
    // A new node starts next to a neighbour already placed, so expansion grows outwards.
    for (const n of data.neighbors(key)) {
      const p = keep.get(n) ?? (display.hasNode(n) ? { x: display.getNodeAttribute(n, "x") as number, y: display.getNodeAttribute(n, "y") as number } : null);
      if (p) return { x: p.x + (Math.random() - 0.5) * 2, y: p.y + (Math.random() - 0.5) * 2 };
    }
    return { x: Math.random() * 100, y: Math.random() * 100 };
  };
  data.forEachNode((key, a) => {
    const label = primaryLabel(a.labels);
    if (isProvenance(label) && !view.documents) return;
    if (label === "Event" && view.eventsAsEdges) return;
    const style = LABEL_STYLE[label] ?? LABEL_STYLE.Sentence!;
    // An event's full name ("Russia → Ukraine: assault") is in the panel; on the canvas its type and date are enough.
    const text = label === "Sentence" ? "" : label === "Event" ? `${String(a.type).toLowerCase()}${a.date ? ` ${String(a.date)}` : ""}` : nodeLabelText(a);
    display.addNode(key, {
      ...place(key),
      label: text,
      color: label === "Event" ? EVENT_COLOR[String(a.type)] ?? style.color : style.color,
      type: style.shape,
      primary: label,
      eventType: label === "Event" ? a.type : undefined,
      status: a.status,
      months: label === "Event" ? monthsOf(a.date ?? a.firstReported) : null,
      reports: Number(a.reports ?? a.documents ?? 1),
    });
  });
  data.forEachEdge((key, a, s, t) => {
    if (!display.hasNode(s) || !display.hasNode(t)) return;
    display.addEdgeWithKey(key, s, t, { relType: a.type, label: String(a.type), color: EDGE_COLOR[String(a.type)] ?? "#aab", size: 1 });
  });
  if (view.eventsAsEdges) addEventEdges(data, display);
  curveParallelEdges(display);
  resize(display, view.sizeBy);
}

/** An event as edges from each of its sources to each of its targets (or between its sources when it has none). */
function addEventEdges(data: MultiDirectedGraph, display: MultiDirectedGraph): void {
  data.forEachNode((ev, a) => {
    if (primaryLabel(a.labels) !== "Event") return;
    const sources = data.outEdges(ev).filter((e) => data.getEdgeAttribute(e, "type") === "SOURCE").map((e) => data.target(e));
    const targets = data.outEdges(ev).filter((e) => data.getEdgeAttribute(e, "type") === "TARGET").map((e) => data.target(e));
    const pairs: [string, string][] = targets.length ? sources.flatMap((s) => targets.map((t) => [s, t] as [string, string])) : sources.slice(1).map((t) => [sources[0]!, t]);
    for (const [s, t] of pairs) {
      if (!display.hasNode(s) || !display.hasNode(t) || s === t) continue;
      display.addEdgeWithKey(`event:${ev}:${s}->${t}`, s, t, {
        relType: "EVENT", event: ev, eventType: a.type, status: a.status, months: monthsOf(a.date ?? a.firstReported),
        label: `${String(a.type)}${a.date ? ` ${a.date}` : ""}`, color: EVENT_COLOR[String(a.type)] ?? "#777", size: 2,
      });
    }
  });
}

/** Node sizes by degree or by how many reports name the node: size is what ranks labels too. */
export function resize(display: MultiDirectedGraph, sizeBy: ViewState["sizeBy"]): void {
  display.forEachNode((k, a) => {
    const metric = sizeBy === "reports" ? (a.reports as number) : display.degree(k);
    display.setNodeAttribute(k, "size", 4 + 2.2 * Math.sqrt(metric));
  });
}
