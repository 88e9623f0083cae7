/**
 * ForceAtlas2 in a web worker on a copy of the graph: positions are copied into the drawn graph
 * at a bounded rate, so the main thread renders a few frames a second however fast the worker
 * iterates (letting the worker write into sigma's graph made every iteration a full redraw).
 */
import type { MultiDirectedGraph } from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface RunningLayout {
  stop(): void;
  isRunning(): boolean;
}

export function startWorkerLayout(graph: MultiDirectedGraph, intervalMs = graph.order > 5000 ? 400 : 150): RunningLayout {
  const shadow = graph.emptyCopy();
  graph.forEachNode((k, a) => shadow.mergeNodeAttributes(k, { x: a.x, y: a.y, size: a.size }));
  graph.forEachEdge((_e, _a, s, t) => shadow.addEdge(s, t));
  const fa2 = new FA2Layout(shadow, { settings: { ...forceAtlas2.inferSettings(shadow), slowDown: 4, barnesHutOptimize: shadow.order > 800 } });
  const copy = () =>
    graph.updateEachNodeAttributes(
      (k, a) => {
        if (!shadow.hasNode(k)) return a;
        a.x = shadow.getNodeAttribute(k, "x");
        a.y = shadow.getNodeAttribute(k, "y");
        return a;
      },
      { attributes: ["x", "y"] },
    );
  // The worker runs in bursts and pauses while positions are copied and drawn: on a two-core
  // machine drawing WebGL in software, a worker that never pauses starves the page's main thread.
  fa2.start();
  let phase = 0;
  const timer = window.setInterval(() => {
    phase++;
    if (phase % 2) {
      fa2.stop();
      copy();
    } else fa2.start();
  }, intervalMs);
  let running = true;
  return {
    stop() {
      if (!running) return;
      running = false;
      window.clearInterval(timer);
      fa2.kill();
      copy();
    },
    isRunning: () => running,
  };
}
