/**
 * Rendering benchmark page: a generated graph of n nodes and 2n edges drawn with the viewer's own
 * renderer setup; reports time to first draw, ms per refresh, and the longest main-thread stall
 * while ForceAtlas2 runs in its worker.
 */
import { MultiDirectedGraph } from "graphology";
import { softwareWebGL, startWorkerLayout } from "../../viewer/src/layout";
import { createRenderer, curveParallelEdges } from "../../viewer/src/render";
import { LABEL_STYLE } from "../../viewer/src/style";

const labels = Object.keys(LABEL_STYLE);

function generate(n: number, seed = 1): MultiDirectedGraph {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  const g = new MultiDirectedGraph();
  for (let i = 0; i < n; i++) {
    const label = labels[i % labels.length]!;
    g.addNode(`n${i}`, { x: rand() * 1000, y: rand() * 1000, size: 2 + rand() * 8, label: `Node ${i}`, color: LABEL_STYLE[label]!.color, type: LABEL_STYLE[label]!.shape });
  }
  for (let i = 0; i < 2 * n; i++) {
    // Preferential attachment-ish: news graphs have hubs (Russia, the United States).
    const a = Math.floor(rand() * n);
    const b = Math.floor(Math.pow(rand(), 3) * n);
    if (a !== b) g.addEdge(`n${a}`, `n${b}`, { size: 1, color: "#ccc" });
  }
  curveParallelEdges(g);
  return g;
}

/** Blocks until every queued WebGL command of the renderer is executed (a one-pixel read does that). */
function drain(renderer: ReturnType<typeof createRenderer>): void {
  for (const c of Object.values(renderer.getCanvases())) {
    const gl = (c as HTMLCanvasElement).getContext("webgl2");
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
}

const nextFrame = () => new Promise<void>((res) => requestAnimationFrame(() => res()));

async function runBench(n: number, layoutMs = 3000, mode: "full" | "no-render" = "full") {
  const container = document.getElementById("graph")!;
  container.replaceChildren();
  const graph = generate(n);
  const t0 = performance.now();
  // Sigma indexes and draws the first frame inside its constructor; the next animation frame is when it is on screen.
  const renderer = createRenderer(graph, container);
  await nextFrame();
  const firstDraw = performance.now() - t0;
  const refreshes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    renderer.refresh();
    refreshes.push(performance.now() - t);
  }
  refreshes.sort((a, b) => a - b);
  // Those refreshes queued ten frames for the software rasterizer; wait until they are drawn so the
  // layout figures below are not charged with them.
  drain(renderer);
  await nextFrame();
  // Stalls while the layout runs, as the largest gap between animation frames. With mode "no-render"
  // sigma is gone and the gap shows what the layout alone costs the page; with "full" it also holds
  // the time the GPU process (software WebGL here) takes to raster each frame.
  if (mode === "no-render") renderer.kill();
  // The main thread's own stalls, apart from the time the GPU process spends rastering: the
  // longest task the browser reports, and how late a 10 ms heartbeat fires at worst.
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  let heartbeatLate = 0;
  let expected = performance.now() + 10;
  const heartbeat = window.setInterval(() => {
    const now = performance.now();
    heartbeatLate = Math.max(heartbeatLate, now - expected);
    expected = now + 10;
  }, 10);
  // The viewer's own choice: a 2D preview during the layout where WebGL is drawn without a GPU.
  let preview: HTMLCanvasElement | null = null;
  if (mode === "full" && softwareWebGL(renderer)) {
    preview = document.createElement("canvas");
    preview.id = "layout-preview";
    container.append(preview);
  }
  const started = performance.now();
  const layout = startWorkerLayout(graph, { preview });
  const layoutStartMs = performance.now() - started;
  let maxGap = 0;
  let last = performance.now();
  let frames = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    frames++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await new Promise((r) => setTimeout(r, layoutMs));
  running = false;
  window.clearInterval(heartbeat);
  observer.disconnect();
  layout.stop();
  if (mode !== "no-render") renderer.kill();
  return {
    nodes: graph.order,
    edges: graph.size,
    firstDrawMs: firstDraw,
    refreshMedianMs: refreshes[5]!,
    longestFrameGapMs: maxGap,
    longestTaskMs: longestTask,
    preview: layout.mode === "preview",
    layoutStartMs,
    heartbeatLateMs: heartbeatLate,
    framesDuringLayout: frames,
  };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;


