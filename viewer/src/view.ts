/**
 * The graph on screen: sigma drawing `display`, the store's filters and focus applied by its
 * reducers, labels picked by importance without overlap, and what the pointer does (hover, click,
 * camera moves) turned into state.
 */
import type Sigma from "sigma";
import type { Graphs } from "./graphs";
import { createLabelPicker } from "./labels";
import { createRenderer } from "./render";
import { touched, type Store, type ViewerState } from "./store";
import { FADED } from "./style";

function eventShown(a: Record<string, unknown>, s: ViewerState): boolean {
  if (s.hiddenTypes.includes(String(a.eventType))) return false;
  if (s.hiddenStatuses.includes(String(a.status ?? "occurred"))) return false;
  const m = a.months as [string, string] | null;
  if (m && s.dateFrom && m[1] < s.dateFrom) return false;
  if (m && s.dateTo && m[0] > s.dateTo) return false;
  return true;
}

/** Waits this long after the camera stops before labels are picked again. */
const RELABEL_MS = 120;

/**
 * Names before events, then the larger first (size follows degree or reports): an event's label,
 * its type and date, says less than a name, and its colour already tells its type.
 */
const importance = (primary: unknown, size: number) => (primary === "Event" ? 0 : 1_000) + size;

/** Sigma on `container`, drawing the drawn graph as the store says; `onExpand` is asked for a double-clicked node's neighbours. */
export function createGraphView(container: HTMLElement, store: Store, { display }: Graphs, onExpand: (key: string) => void): Sigma {
  // The hovered or selected node and its neighbours, drawn over the faded rest.
  let focus: Set<string> | null = null;
  // Nodes whose label fits; null until the first drawing, when sigma's own grid decides.
  let labelled: Set<string> | null = null;

  const renderer = createRenderer(display, container, {
    renderEdgeLabels: true,
    nodeReducer: (key, a) => {
      const s = store.state;
      const out = { ...a };
      if (s.hiddenLabels.includes(String(a.primary))) out.hidden = true;
      else if (a.primary === "Event" && !eventShown(a, s)) out.hidden = true;
      if (focus && !focus.has(key)) {
        out.color = FADED;
        out.label = "";
        out.zIndex = 0;
      } else if (focus) {
        out.zIndex = 1;
        out.forceLabel = true;
      } else if (labelled) {
        if (labelled.has(key)) out.forceLabel = true;
        else out.label = "";
      }
      if (key === s.selected) out.highlighted = true;
      return out;
    },
    edgeReducer: (key, a) => {
      const s = store.state;
      const out = { ...a };
      if (a.relType === "EVENT" && !eventShown(a, s)) out.hidden = true;
      if (focus) {
        // Only the relationships of the node in focus itself, not those among its neighbours.
        const ends = display.extremities(key);
        if (!ends.every((n) => focus!.has(n)) || !ends.some((n) => n === s.hovered || n === s.selected)) out.hidden = true;
      } else if (a.relType !== "EVENT") out.label = ""; // in events-as-edges mode the event is the edge's label
      return out;
    },
  });

  const picker = createLabelPicker(renderer);
  let relabelTimer: number | undefined;
  const relabel = () => {
    window.clearTimeout(relabelTimer);
    relabelTimer = window.setTimeout(() => {
      const next = picker.pick(
        (k) => String(display.getNodeAttribute(k, "label") ?? ""),
        (k, size) => importance(display.getNodeAttribute(k, "primary"), size),
      );
      const same = labelled && next.size === labelled.size && [...next].every((k) => labelled!.has(k));
      labelled = next;
      // Drawing the new choice processes the graph again; the choice after it is the same, and ends there.
      if (!same) renderer.refresh({ skipIndexation: true });
    }, RELABEL_MS);
  };
  renderer.on("afterProcess", relabel);

  renderer.on("enterNode", ({ node }) => store.set({ hovered: node }));
  renderer.on("leaveNode", () => store.set({ hovered: undefined }));
  renderer.on("clickNode", ({ node }) => store.set({ selected: node }));
  renderer.on("doubleClickNode", ({ node, event }) => {
    event.preventSigmaDefault();
    onExpand(node);
  });
  renderer.on("clickStage", () => store.set({ selected: undefined }));

  const camera = renderer.getCamera();
  if (store.state.camera) camera.setState(store.state.camera);
  let cameraTimer: number | undefined;
  camera.on("updated", (c) => {
    relabel();
    window.clearTimeout(cameraTimer);
    cameraTimer = window.setTimeout(() => store.set({ camera: { x: c.x, y: c.y, ratio: c.ratio } }), 300);
  });

  store.on((s, changed) => {
    if (touched(changed, "hovered", "selected", "graphVersion")) {
      const centre = s.hovered ?? s.selected;
      focus = centre && display.hasNode(centre) ? new Set([centre, ...display.neighbors(centre)]) : null;
    }
    if (touched(changed, "selected") && s.selected) {
      const d = renderer.getNodeDisplayData(s.selected);
      if (d) camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
    }
    if (touched(changed, "hovered", "selected")) renderer.refresh({ skipIndexation: true });
    else if (touched(changed, "hiddenLabels", "hiddenTypes", "hiddenStatuses", "dateFrom", "dateTo", "graphVersion")) renderer.refresh();
  });

  return renderer;
}
