/**
 * ForceAtlas2 in a web worker on a copy of the graph: positions are copied into the drawn graph
 * at a bounded rate, so the main thread renders a few frames a second however fast the worker
 * iterates (letting the worker write into sigma's graph made every iteration a full redraw).
 *
 * Where WebGL is rasterized in software (no GPU: SwiftShader, llvmpipe), one sigma frame of a
 * large graph holds the page far too long to animate it; there the layout is shown as a light 2D
 * preview over the graph while it runs, and sigma draws once, when it stops.
 *
 * Asked to settle, the layout stops by itself once the nodes barely move between two looks, or
 * when its time is up, whichever comes first.
 */
import Graph, { type MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface RunningLayout {
  stop(): void;
  isRunning(): boolean;
  /** "preview" when the positions are drawn on a 2D canvas while the layout runs. */
  readonly mode: "sigma" | "preview";
}

const SOFTWARE = /swiftshader|llvmpipe|software|softpipe/i;

/** Is this renderer's WebGL drawn by the CPU? */
export function softwareWebGL(renderer: Sigma): boolean {
  const canvas = renderer.getCanvases().nodes as HTMLCanvasElement | undefined;
  const gl = canvas?.getContext("webgl2") ?? canvas?.getContext("webgl");
  if (!gl) return false;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return SOFTWARE.test(name);
}

/** Nodes as dots (and edges for smaller graphs) fitted into the canvas: cheap on a CPU. */
interface Dot {
  key: string;
  color: string;
  size: number;
}

/** What the preview draws of each node, read once and grouped by colour (one fillStyle per colour). */
function dotsOf(graph: MultiDirectedGraph): Dot[] {
  return graph
    .mapNodes((key, a) => ({ key, color: (a.color as string) ?? "#888", size: Math.max(2, Math.min(10, (a.size as number) ?? 4)) }))
    .sort((a, b) => (a.color < b.color ? -1 : a.color > b.color ? 1 : 0));
}

function drawPreview(canvas: HTMLCanvasElement, shadow: Graph, dots: Dot[]): void {
  const ratio = window.devicePixelRatio || 1;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * ratio)) canvas.width = Math.round(w * ratio);
  if (canvas.height !== Math.round(h * ratio)) canvas.height = Math.round(h * ratio);
  const ctx = canvas.getContext("2d")!;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, w, h);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  shadow.forEachNode((_k, a) => {
    x0 = Math.min(x0, a.x);
    x1 = Math.max(x1, a.x);
    y0 = Math.min(y0, a.y);
    y1 = Math.max(y1, a.y);
  });
  const pad = 24;
  const scale = Math.min((w - 2 * pad) / (x1 - x0 || 1), (h - 2 * pad) / (y1 - y0 || 1));
  const px = (x: number) => pad + (x - x0) * scale + (w - 2 * pad - (x1 - x0) * scale) / 2;
  // Graph y grows upwards, as sigma draws it.
  const py = (y: number) => h - pad - (y - y0) * scale - (h - 2 * pad - (y1 - y0) * scale) / 2;
  if (shadow.size <= 20_000) {
    ctx.strokeStyle = "rgba(120,120,135,0.35)";
    ctx.lineWidth = 0.5;
    ctx.beginPath();
    shadow.forEachEdge((_e, _a, s, t, sa, ta) => {
      ctx.moveTo(px(sa.x), py(sa.y));
      ctx.lineTo(px(ta.x), py(ta.y));
    });
    ctx.stroke();
  }
  let color = "";
  for (const d of dots) {
    if (d.color !== color) ctx.fillStyle = color = d.color;
    const a = shadow.getNodeAttributes(d.key);
    ctx.fillRect(px(a.x as number) - d.size / 2, py(a.y as number) - d.size / 2, d.size, d.size);
  }
  ctx.fillStyle = "#556";
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillText(`Layout running: ${dots.length.toLocaleString()} nodes, a light preview (this browser draws WebGL without a GPU)`, 10, h - 10);
}

export interface LayoutOptions {
  intervalMs?: number;
  /** A canvas over the graph to draw the preview on; with none, sigma draws every copy. */
  preview?: HTMLCanvasElement | null;
  /** Stop once settled, or after this many ms at the latest; without it the layout runs until stop(). */
  settleWithinMs?: number;
  /** Called when the layout stopped by itself, with the positions in the graph. */
  onSettled?: (why: "settled" | "time") => void;
}

/**
 * Settled: over the last look, the nodes moved on average less than this share of the layout's
 * extent per iteration, twice in a row. ForceAtlas2 never stops on its own (a settled layout keeps
 * swinging a little), and the iterations a look spans depend on the machine, hence per iteration.
 */
const SETTLED = 5e-5;
const CALM_LOOKS = 2;

/**
 * How far the nodes moved per iteration since the last look, on average, as a share of the
 * layout's diagonal. The worker's supervisor writes every iteration's positions into `shadow`.
 */
function tracker(shadow: Graph): () => number {
  let last: Float64Array | null = null;
  let iterations = 0;
  shadow.on("eachNodeAttributesUpdated", () => iterations++);
  return () => {
    const now = new Float64Array(shadow.order * 2);
    let [i, x0, y0, x1, y1] = [0, Infinity, Infinity, -Infinity, -Infinity];
    shadow.forEachNode((_k, a) => {
      now[i++] = a.x;
      now[i++] = a.y;
      x0 = Math.min(x0, a.x);
      x1 = Math.max(x1, a.x);
      y0 = Math.min(y0, a.y);
      y1 = Math.max(y1, a.y);
    });
    const [before, steps] = [last, iterations];
    [last, iterations] = [now, 0];
    if (!before || before.length !== now.length || steps === 0) return Infinity;
    let sum = 0;
    for (let k = 0; k < now.length; k += 2) sum += Math.hypot(now[k]! - before[k]!, now[k + 1]! - before[k + 1]!);
    return sum / shadow.order / (Math.hypot(x1 - x0, y1 - y0) || 1) / steps;
  };
}

const CHUNK = 4000;

/** Runs `each` over the items in chunks, letting the page paint and handle input in between; false if cancelled. */
async function inChunks<T>(items: T[], each: (x: T) => void, going: () => boolean): Promise<boolean> {
  for (let i = 0; i < items.length; i += CHUNK) {
    for (let k = i; k < Math.min(i + CHUNK, items.length); k++) each(items[k]!);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (!going()) return false;
  }
  return true;
}

export function startWorkerLayout(graph: MultiDirectedGraph, opts: LayoutOptions = {}): RunningLayout {
  const intervalMs = opts.intervalMs ?? (graph.order > 5000 ? 400 : 150);
  const preview = opts.preview ?? null;
  // A simple undirected copy is all the forces need. It is built in chunks, yielding to the page
  // between them: building a large graph's copy in one go would hold the main thread too long.
  const shadow = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
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
  const dots = preview ? dotsOf(graph) : [];
  const show = () => (preview ? drawPreview(preview, shadow, dots) : copy());
  const moved = tracker(shadow);
  const started = performance.now();
  let calm = 0;
  let running = true;
  let fa2: FA2Layout | null = null;
  let timer = 0;

  const begin = async () => {
    if (preview) preview.hidden = false;
    const nodes = graph.mapNodes((k, a) => [k, a.x as number, a.y as number, a.size as number] as const);
    if (!(await inChunks(nodes, ([k, x, y, size]) => shadow.addNode(k, { x, y, size }), () => running))) return;
    if (preview) drawPreview(preview, shadow, dots);
    const pairs: [string, string][] = [];
    graph.forEachEdge((_e, _a, s, t) => {
      if (s !== t) pairs.push([s, t]);
    });
    if (!(await inChunks(pairs, ([s, t]) => shadow.mergeEdge(s, t), () => running))) return;
    fa2 = new FA2Layout(shadow, { settings: { ...forceAtlas2.inferSettings(shadow), slowDown: 4, barnesHutOptimize: shadow.order > 800 } });
    // The worker runs in bursts and pauses while positions are copied and drawn: on a two-core
    // machine, a worker that never pauses starves the page's main thread.
    fa2.start();
    let phase = 0;
    timer = window.setInterval(() => {
      phase++;
      if (phase % 2 === 0) return fa2!.start();
      fa2!.stop();
      show();
      if (opts.settleWithinMs === undefined) return;
      calm = moved() < SETTLED ? calm + 1 : 0;
      const why = calm >= CALM_LOOKS ? "settled" : performance.now() - started > opts.settleWithinMs ? "time" : null;
      if (why) {
        layout.stop();
        opts.onSettled?.(why);
      }
    }, intervalMs);
  };
  void begin();
  const layout: RunningLayout = {
    mode: preview ? "preview" : "sigma",
    stop() {
      if (!running) return;
      running = false;
      window.clearInterval(timer);
      fa2?.kill();
      if (fa2) copy();
      if (preview) preview.hidden = true;
    },
    isRunning: () => running,
  };
  return layout;
}
