/** Rendering figures in headless Chromium for generated graphs of growing size. */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import Fastify from "fastify";
import fastifyStatic from "@fastify/static";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../src/config/chromium.js";
import { REPO_ROOT } from "../src/paths.js";

/** The page's sources (bench/viewer, whether this module runs from bench/ or from dist/bench/). */
const PAGE = join(REPO_ROOT, "bench", "viewer");

/** The benchmark page, built into a temp folder: it is no part of the viewer the server serves. */
async function buildPage(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "actorgraph-viewer-bench-"));
  await build({ entryPoints: { page: join(PAGE, "page.ts") }, bundle: true, format: "esm", target: "es2022", minify: true, outdir: out, logLevel: "error" });
  copyFileSync(join(PAGE, "index.html"), join(out, "index.html"));
  return out;
}

type Figures = Record<string, number> & { preview: boolean };

export async function benchViewer(sizes: number[], print: (l: string) => void): Promise<void> {
  const dir = await buildPage();
  const app = Fastify();
  app.register(fastifyStatic, { root: dir });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => typeof (window as unknown as { runBench?: unknown }).runBench === "function");
    print("viewer: headless Chromium, WebGL in software (SwiftShader): compare sizes with each other, not with a GPU");
    for (const n of sizes) {
      const run = (mode: string) => page.evaluate(([size, m]) => (window as unknown as { runBench: (n: number, ms: number, m: string) => Promise<Figures> }).runBench(size as number, 3000, m as string), [n, mode] as const);
      const full = await run("full");
      const alone = await run("no-render");
      print(
        `viewer ${String(full.nodes).padStart(6)} nodes ${String(full.edges).padStart(6)} edges: first draw ${full.firstDrawMs!.toFixed(0)} ms, refresh ${full.refreshMedianMs!.toFixed(1)} ms (median of 10); ` +
          `during 3 s of ForceAtlas2 the longest gap between frames is ${alone.longestFrameGapMs!.toFixed(0)} ms with the layout alone (${alone.framesDuringLayout} frames) ` +
          `and ${full.longestFrameGapMs!.toFixed(0)} ms ${full.preview ? "as the viewer shows it (a 2D preview while the layout runs, since WebGL is drawn without a GPU)" : "with sigma drawing"} (${full.framesDuringLayout} frames); ` +
          `longest main-thread task ${full.longestTaskMs!.toFixed(0)} ms (starting the layout: ${full.layoutStartMs!.toFixed(0)} ms), a 10 ms timer late by at most ${full.heartbeatLateMs!.toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
