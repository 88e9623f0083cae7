/**
 * A handle on the running viewer, `window.__actorgraph`, for the browser tests
 * (test/integration/viewer.test.ts) and the developer console. The viewer never reads it.
 */
import type { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import type { LayoutRunner } from "./controls/layout";
import type { Graphs } from "./graphs";
import { softwareWebGL } from "./layout";
import type { Store } from "./store";

export interface Inspector {
  store: Store;
  data: MultiDirectedGraph;
  display: MultiDirectedGraph;
  renderer: Sigma;
  layout: LayoutRunner;
  /** Frames sigma has drawn, and when it drew the last one (performance.now()). */
  renders: number;
  lastRender: number;
  /** Every start and stop of a layout, with when it happened (performance.now()). */
  layoutLog: { layout: "sigma" | "preview" | undefined; at: number }[];
  softwareWebGL(): boolean;
}

export function inspect(store: Store, { data, display }: Graphs, renderer: Sigma, layout: LayoutRunner): void {
  const handle: Inspector = { store, data, display, renderer, layout, renders: 0, lastRender: 0, layoutLog: [], softwareWebGL: () => softwareWebGL(renderer) };
  renderer.on("afterRender", () => {
    handle.renders++;
    handle.lastRender = performance.now();
  });
  store.on((s, changed) => {
    if (changed.has("layout")) handle.layoutLog.push({ layout: s.layout, at: performance.now() });
  });
  (window as unknown as { __actorgraph: Inspector }).__actorgraph = handle;
}
