/**
 * The viewer: a graph loaded from the API into `data`, drawn by sigma from `display` (events as
 * nodes, or as labelled edges between their actors), filtered by reducers, laid out by ForceAtlas2
 * in a web worker, with search, details and evidence, expansion, Cypher, export and shareable URLs.
 */
import { MultiDirectedGraph } from "graphology";
import { softwareWebGL, startWorkerLayout, type RunningLayout } from "./layout";
import noverlap from "graphology-layout-noverlap";
import { downloadAsPNG } from "@sigma/export-image";
import { write as writeGexf } from "graphology-gexf/browser";
import type Sigma from "sigma";
import { api, type SearchHit, type ViewGraph } from "./api";
import { createRenderer, curveParallelEdges } from "./render";
import { EDGE_COLOR, EVENT_COLOR, FADED, LABEL_STYLE, primaryLabel } from "./style";
import { readState, writeState, type ViewState } from "./urlState";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const state: ViewState = readState();
const data = new MultiDirectedGraph();
const display = new MultiDirectedGraph();
let renderer: Sigma | null = null;
let layout: RunningLayout | null = null;
let software: boolean | undefined;
let hovered: string | undefined;
let focus: Set<string> | null = null;
let months: string[] = [];
const hooks = { lastRender: 0, renders: 0, renderer: null as Sigma | null, data, display, select: (k: string) => select(k), state, layoutMode: () => layout?.mode, softwareWebGL: () => (renderer ? softwareWebGL(renderer) : false), startLayout: (seconds: number, forcePreview: boolean) => startLayout(seconds, forcePreview) };
(window as unknown as { __actorgraph: typeof hooks }).__actorgraph = hooks;

function banner(message: string | null): void {
  const b = $("banner");
  b.hidden = !message;
  b.textContent = message ?? "";
}

// ---------- data -> display ----------

function merge(g: ViewGraph): void {
  for (const n of g.nodes) data.mergeNode(n.key, n.attributes);
  for (const e of g.edges) if (data.hasNode(e.source) && data.hasNode(e.target) && !data.hasEdge(e.key)) data.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
}

const isProvenance = (label: string) => label === "Document" || label === "Sentence";
const monthsOf = (date: unknown): [string, string] | null => {
  const d = String(date ?? "");
  if (/^\d{4}-\d{2}/.test(d)) return [d.slice(0, 7), d.slice(0, 7)];
  if (/^\d{4}$/.test(d)) return [`${d}-01`, `${d}-12`];
  return null;
};

function nodeLabelText(a: Record<string, unknown>): string {
  return String(a.name ?? a.label ?? a.title ?? a.id ?? "");
}

function rebuildDisplay(): void {
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
    if (isProvenance(label) && !state.documents) return;
    if (label === "Event" && state.eventsAsEdges) return;
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
  if (state.eventsAsEdges) {
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
  curveParallelEdges(display);
  resize();
  refreshFilters();
}

function resize(): void {
  display.forEachNode((k, a) => {
    const metric = state.sizeBy === "reports" ? (a.reports as number) : display.degree(k);
    display.setNodeAttribute(k, "size", 4 + 2.2 * Math.sqrt(metric));
  });
}

// ---------- filters ----------

function eventVisible(a: Record<string, unknown>): boolean {
  if (state.hiddenTypes.includes(String(a.eventType))) return false;
  if (state.hiddenStatuses.includes(String(a.status ?? "occurred"))) return false;
  const m = a.months as [string, string] | null;
  if (m && state.dateFrom && m[1] < state.dateFrom) return false;
  if (m && state.dateTo && m[0] > state.dateTo) return false;
  return true;
}

function checkbox(container: HTMLElement, value: string, hidden: string[], onChange: () => void, swatch?: { color: string; shape: string }, count?: number): void {
  const label = document.createElement("label");
  const input = document.createElement("input");
  input.type = "checkbox";
  input.checked = !hidden.includes(value);
  input.value = value;
  input.setAttribute("aria-label", `Show ${value}`);
  input.addEventListener("change", () => {
    const i = hidden.indexOf(value);
    if (input.checked && i >= 0) hidden.splice(i, 1);
    if (!input.checked && i < 0) hidden.push(value);
    onChange();
  });
  label.append(input);
  if (swatch) {
    const s = document.createElement("span");
    s.className = `swatch ${swatch.shape}`;
    s.style.background = swatch.color;
    label.append(s);
  }
  label.append(` ${value}${count === undefined ? "" : ` (${count})`}`);
  container.append(label);
}

function refreshFilters(): void {
  const counts = (attr: string, onlyEvents = false) => {
    const c = new Map<string, number>();
    data.forEachNode((_k, a) => {
      if (onlyEvents && primaryLabel(a.labels) !== "Event") return;
      const v = attr === "label" ? primaryLabel(a.labels) : String(a[attr] ?? "occurred");
      c.set(v, (c.get(v) ?? 0) + 1);
    });
    return [...c.entries()].sort((x, y) => y[1] - x[1]);
  };
  const redraw = () => {
    writeState(state);
    renderer?.refresh();
  };
  const labels = $("label-filters");
  labels.replaceChildren();
  for (const [l, n] of counts("label")) checkbox(labels, l, state.hiddenLabels, redraw, LABEL_STYLE[l], n);
  const types = $("type-filters");
  types.replaceChildren();
  for (const [t, n] of counts("type", true)) checkbox(types, t, state.hiddenTypes, redraw, { color: EVENT_COLOR[t] ?? "#777", shape: "square" }, n);
  const statuses = $("status-filters");
  statuses.replaceChildren();
  for (const [s, n] of counts("status", true)) checkbox(statuses, s, state.hiddenStatuses, redraw, undefined, n);
  const all = new Set<string>();
  data.forEachNode((_k, a) => {
    if (primaryLabel(a.labels) !== "Event") return;
    const m = monthsOf(a.date ?? a.firstReported);
    if (m) all.add(m[0]).add(m[1]);
  });
  months = [...all].sort();
  const from = $<HTMLInputElement>("date-from");
  const to = $<HTMLInputElement>("date-to");
  from.max = to.max = String(Math.max(0, months.length - 1));
  from.value = String(Math.max(0, state.dateFrom ? months.findIndex((m) => m >= state.dateFrom!) : 0));
  to.value = String(state.dateTo ? Math.max(0, months.length - 1 - [...months].reverse().findIndex((m) => m <= state.dateTo!)) : months.length - 1);
  dateLabel();
}

function dateLabel(): void {
  const from = Number($<HTMLInputElement>("date-from").value);
  const to = Number($<HTMLInputElement>("date-to").value);
  $("date-label").textContent = months.length ? `${months[Math.min(from, to)]} to ${months[Math.max(from, to)]}` : "no dated events";
}

function onDateInput(): void {
  const from = Number($<HTMLInputElement>("date-from").value);
  const to = Number($<HTMLInputElement>("date-to").value);
  const [a, b] = [Math.min(from, to), Math.max(from, to)];
  state.dateFrom = a > 0 ? months[a] : undefined;
  state.dateTo = b < months.length - 1 ? months[b] : undefined;
  dateLabel();
  writeState(state);
  renderer?.refresh();
}

// ---------- rendering ----------

function setupRenderer(): void {
  renderer = createRenderer(display, $("graph"), {
    renderEdgeLabels: true,
    nodeReducer: (key, a) => {
      const out = { ...a };
      if (state.hiddenLabels.includes(String(a.primary))) out.hidden = true;
      else if (a.primary === "Event" && !eventVisible(a)) out.hidden = true;
      if (focus && !focus.has(key)) {
        out.color = FADED;
        out.label = "";
        out.zIndex = 0;
      } else if (focus) {
        out.zIndex = 1;
        out.forceLabel = true;
      }
      if (key === state.selected) out.highlighted = true;
      return out;
    },
    edgeReducer: (key, a) => {
      const out = { ...a };
      if (a.relType === "EVENT" && !eventVisible(a)) out.hidden = true;
      if (focus) {
        const [s, t] = display.extremities(key);
        if (!(focus.has(s) && focus.has(t)) || !(s === hovered || t === hovered || s === state.selected || t === state.selected)) out.hidden = true;
      } else if (a.relType !== "EVENT") out.label = ""; // in events-as-edges mode the event is the edge's label
      return out;
    },
  });
  hooks.renderer = renderer;
  renderer.on("afterRender", () => {
    hooks.lastRender = performance.now();
    hooks.renders++;
  });
  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    setFocus();
  });
  renderer.on("leaveNode", () => {
    hovered = undefined;
    setFocus();
  });
  renderer.on("clickNode", ({ node }) => void select(node));
  renderer.on("doubleClickNode", ({ node, event }) => {
    event.preventSigmaDefault();
    void expand(node);
  });
  renderer.on("clickStage", () => clearSelection());
  let t: number | undefined;
  renderer.getCamera().on("updated", (c) => {
    clearTimeout(t);
    t = window.setTimeout(() => {
      state.camera = { x: c.x, y: c.y, ratio: c.ratio };
      writeState(state);
    }, 300);
  });
  if (state.camera) renderer.getCamera().setState(state.camera);
}

function setFocus(): void {
  const center = hovered ?? state.selected;
  focus = center && display.hasNode(center) ? new Set([center, ...display.neighbors(center)]) : null;
  renderer?.refresh({ skipIndexation: true });
}

// ---------- layout ----------

/** Below this, sigma redraws a graph quickly enough even without a GPU. */
const PREVIEW_MIN_NODES = 500;

function startLayout(seconds = 4, forcePreview = false): void {
  stopLayout(false);
  if (display.order === 0) return;
  // Without a GPU, sigma's frames are too slow to animate a layout: it is previewed in 2D instead.
  software ??= renderer ? softwareWebGL(renderer) : false;
  const preview = forcePreview || (software && display.order > PREVIEW_MIN_NODES);
  layout = startWorkerLayout(display, { preview: preview ? $<HTMLCanvasElement>("layout-preview") : null });
  $("layout-toggle").textContent = "Stop layout";
  $("layout-toggle").setAttribute("aria-pressed", "true");
  if (seconds > 0) window.setTimeout(() => layout?.isRunning() && stopLayout(true), seconds * 1000);
}

function stopLayout(tidy: boolean): void {
  if (!layout) return;
  layout.stop();
  layout = null;
  // Labels and nodes that ended on top of each other get pushed apart once the forces settle.
  if (tidy && display.order) noverlap.assign(display, { maxIterations: 60, settings: { ratio: 1.4, margin: 2 } });
  $("layout-toggle").textContent = "Start layout";
  $("layout-toggle").setAttribute("aria-pressed", "false");
}

// ---------- selection, details, evidence ----------

function clearSelection(): void {
  state.selected = undefined;
  $("panel").hidden = true;
  writeState(state);
  setFocus();
}

function el(tag: string, text?: string, cls?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function select(key: string): Promise<void> {
  if (!data.hasNode(key)) await expand(key);
  state.selected = key;
  writeState(state);
  setFocus();
  const d = renderer?.getNodeDisplayData(key);
  if (d) renderer?.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
  const panel = $("panel");
  const body = $("panel-body");
  panel.hidden = false;
  body.replaceChildren(el("p", "Loading…"));
  try {
    const det = await api.node(key);
    if (state.selected !== key) return;
    const p = det.properties;
    const label = key.slice(0, key.indexOf(":"));
    body.replaceChildren();
    body.append(el("h2", String(p.name ?? p.label ?? p.id)), el("div", `${label} · ${String(p.id)}`, "muted"));
    const expandBtn = el("button", "Expand neighbourhood") as HTMLButtonElement;
    expandBtn.type = "button";
    expandBtn.setAttribute("aria-label", "Load this node's neighbours from the database");
    expandBtn.addEventListener("click", () => void expand(key));
    body.append(expandBtn);
    const table = el("table");
    for (const [k, v] of Object.entries(p)) {
      if (v === null || v === undefined || k === "name") continue;
      const tr = el("tr");
      tr.append(el("td", k), el("td", Array.isArray(v) ? v.join(", ") : String(v)));
      table.append(tr);
    }
    body.append(el("h3", "Properties"), table);
    for (const [type, rels] of Object.entries(det.relationships).sort()) {
      body.append(el("h3", `${type} (${rels.length})`));
      const ul = el("ul");
      for (const r of rels.slice(0, 40)) {
        const li = el("li");
        const a = el("a", r.name, "node-link");
        a.setAttribute("role", "button");
        a.tabIndex = 0;
        a.addEventListener("click", () => void select(r.other));
        li.append(r.direction === "out" ? "→ " : "← ", a, el("small", ` ${r.label}${r.properties.role ? `, ${String(r.properties.role)}` : ""}`));
        ul.append(li);
      }
      body.append(ul);
    }
    body.append(el("h3", `Evidence (${det.evidence.length})`));
    for (const ev of det.evidence) {
      const box = el("div", undefined, "evidence");
      const sentence = el("div");
      let at = 0;
      for (const [a, b] of [...ev.highlights].sort((x, y) => x[0] - y[0])) {
        if (a < at || a < 0 || b > ev.sentence.length) continue;
        sentence.append(ev.sentence.slice(at, a), el("mark", ev.sentence.slice(a, b)));
        at = b;
      }
      sentence.append(ev.sentence.slice(at));
      const src = el("div", undefined, "source");
      src.append(`${ev.title ?? "untitled"}${ev.published ? ` — ${ev.published}` : ""}${ev.language ? ` [${ev.language}]` : ""} `);
      if (ev.url) {
        const link = el("a", "article") as HTMLAnchorElement;
        link.href = ev.url;
        link.target = "_blank";
        link.rel = "noopener";
        src.append(link);
      }
      box.append(sentence, src);
      body.append(box);
    }
  } catch (err) {
    body.replaceChildren(el("p", (err as Error).message, "error"));
  }
}

async function expand(key: string): Promise<void> {
  try {
    merge(await api.expand(key, state.documents));
    rebuildDisplay();
    renderer?.refresh();
    startLayout(2);
  } catch (err) {
    banner((err as Error).message);
  }
}

// ---------- search ----------

function setupSearch(): void {
  const input = $<HTMLInputElement>("search");
  const list = $<HTMLUListElement>("search-results");
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  const close = () => {
    list.hidden = true;
    input.parentElement!.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const choose = (h: SearchHit) => {
    close();
    input.value = h.name;
    void select(h.key);
  };
  const render = () => {
    list.replaceChildren();
    hits.forEach((h, i) => {
      const li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(i === active));
      li.append(h.name, el("small", `${h.label}${h.matched !== h.name ? ` · ${h.matched}` : ""}`));
      li.addEventListener("mousedown", (e) => {
        e.preventDefault();
        choose(h);
      });
      list.append(li);
    });
    list.hidden = hits.length === 0;
    input.parentElement!.setAttribute("aria-expanded", String(!list.hidden));
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      if (!q) return close();
      try {
        hits = await api.search(q);
        active = hits.length ? 0 : -1;
        render();
      } catch (err) {
        banner((err as Error).message);
      }
    }, 120);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === "Enter" && hits[active]) {
      e.preventDefault();
      choose(hits[active]!);
    } else if (e.key === "Escape") close();
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));
}

// ---------- cypher, export, controls ----------

async function runCypher(): Promise<void> {
  const msg = $("cypher-message");
  msg.className = "";
  msg.textContent = "Running…";
  try {
    const r = await api.cypher($<HTMLTextAreaElement>("cypher").value);
    if (r.graph.nodes.length) {
      stopLayout(false);
      data.clear();
      merge(r.graph);
      rebuildDisplay();
      renderer?.refresh();
      renderer?.getCamera().animatedReset({ duration: 300 });
      startLayout(3);
    }
    msg.textContent = `${r.rows.length}${r.truncated ? "+" : ""} rows; drew ${r.graph.nodes.length} nodes and ${r.graph.edges.length} relationships.`;
  } catch (err) {
    msg.className = "error";
    msg.textContent = (err as Error).message;
  }
}

function download(name: string, text: string, type: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function setupControls(): void {
  $("layout-toggle").addEventListener("click", () => (layout ? stopLayout(true) : startLayout(0)));
  const edges = $<HTMLInputElement>("events-as-edges");
  edges.checked = state.eventsAsEdges;
  edges.addEventListener("change", () => {
    state.eventsAsEdges = edges.checked;
    writeState(state);
    stopLayout(false);
    rebuildDisplay();
    renderer?.refresh();
  });
  const docs = $<HTMLInputElement>("show-documents");
  docs.checked = state.documents;
  docs.addEventListener("change", async () => {
    state.documents = docs.checked;
    writeState(state);
    if (state.documents) merge(await api.graph(300, true));
    rebuildDisplay();
    renderer?.refresh();
  });
  const size = $<HTMLSelectElement>("size-by");
  size.value = state.sizeBy;
  size.addEventListener("change", () => {
    state.sizeBy = size.value === "reports" ? "reports" : "degree";
    writeState(state);
    resize();
    renderer?.refresh();
  });
  $("date-from").addEventListener("input", onDateInput);
  $("date-to").addEventListener("input", onDateInput);
  $("cypher-run").addEventListener("click", () => void runCypher());
  $("panel-close").addEventListener("click", clearSelection);
  $("export-png").addEventListener("click", () => renderer && void downloadAsPNG(renderer, { fileName: "actorgraph", backgroundColor: "#ffffff" }));
  $("export-gexf").addEventListener("click", () => download("actorgraph.gexf", writeGexf(display as never), "application/xml"));
  document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
    if (e.key === "/" && !typing) {
      e.preventDefault();
      $("search").focus();
    } else if (e.key === "Escape") {
      clearSelection();
      if (typing) (e.target as HTMLElement).blur();
    }
  });
}

async function main(): Promise<void> {
  setupControls();
  setupSearch();
  setupRenderer();
  try {
    await api.health();
    merge(await api.graph(300, state.documents));
    rebuildDisplay();
    renderer!.refresh();
    if (!state.camera) startLayout(4);
    if (state.selected) await select(state.selected);
  } catch (err) {
    banner(`Cannot load the graph: ${(err as Error).message}`);
  }
}

void main();
