/**
 * Layout controls: the Start/Stop button, and the runs the viewer starts itself (on load, after an
 * expansion or a Cypher result), which stop once the layout settles, or when their time is up.
 */
import noverlap from "graphology-layout-noverlap";
import type Sigma from "sigma";
import { byId } from "../dom";
import type { Graphs } from "../graphs";
import { softwareWebGL, startWorkerLayout, type RunningLayout } from "../layout";
import { touched, type Store } from "../store";

export interface LayoutRunner {
  /**
   * Runs ForceAtlas2 on the drawn graph. With `settleWithinMs` it stops by itself once settled, at
   * the latest after that long; without, when stopped. `preview` asks for the 2D preview whatever the graph.
   */
  start(opts?: { settleWithinMs?: number; preview?: boolean }): void;
  /** Stops a running layout; `tidy` then pushes apart the nodes that ended on top of each other. */
  stop(tidy: boolean): void;
  /** How the last run ended: it settled, its time was up, or it was stopped. */
  readonly lastEnd?: "settled" | "time" | "stopped";
}

/** Below this, sigma redraws a graph quickly enough to animate it even without a GPU. */
const PREVIEW_MIN_NODES = 500;

export function mountLayoutControls(store: Store, { display }: Graphs, renderer: Sigma): LayoutRunner {
  const button = byId("layout-toggle");
  const canvas = byId<HTMLCanvasElement>("layout-preview");
  let running: RunningLayout | null = null;
  let software: boolean | undefined;
  let lastEnd: LayoutRunner["lastEnd"];

  const stop = (tidy: boolean, why: LayoutRunner["lastEnd"] = "stopped") => {
    if (!running) return;
    lastEnd = why;
    running.stop();
    running = null;
    // Nodes that ended on top of each other are pushed apart once the forces settle.
    if (tidy && display.order) noverlap.assign(display, { maxIterations: 60, settings: { ratio: 1.4, margin: 2 } });
    store.set({ layout: undefined });
  };

  const start: LayoutRunner["start"] = (opts = {}) => {
    stop(false);
    if (display.order === 0) return;
    // Without a GPU, sigma's frames are too slow to animate a large layout: it is previewed in 2D instead.
    software ??= softwareWebGL(renderer);
    const preview = opts.preview || (software && display.order > PREVIEW_MIN_NODES);
    const layout: RunningLayout = startWorkerLayout(display, {
      preview: preview ? canvas : null,
      settleWithinMs: opts.settleWithinMs,
      onSettled: (why) => running === layout && stop(true, why),
    });
    running = layout;
    store.set({ layout: layout.mode });
  };

  button.addEventListener("click", () => (running ? stop(true) : start()));
  store.on((s, changed) => {
    if (!touched(changed, "layout")) return;
    button.textContent = s.layout ? "Stop layout" : "Start layout";
    button.setAttribute("aria-pressed", String(Boolean(s.layout)));
  });
  return {
    start,
    stop: (tidy) => stop(tidy),
    get lastEnd() {
      return lastEnd;
    },
  };
}
