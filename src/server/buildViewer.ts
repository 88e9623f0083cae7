/** Bundles viewer/src into viewer/dist with esbuild: no CDN, everything served from here. */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { VIEWER_DIR, VIEWER_DIST } from "../paths.js";

export async function buildViewer(minify = true): Promise<string> {
  mkdirSync(VIEWER_DIST, { recursive: true });
  await build({
    entryPoints: { app: join(VIEWER_DIR, "src", "main.ts") },
    bundle: true,
    format: "esm",
    target: "es2022",
    minify,
    sourcemap: true,
    outdir: VIEWER_DIST,
    logLevel: "error",
  });
  copyFileSync(join(VIEWER_DIR, "index.html"), join(VIEWER_DIST, "index.html"));
  copyFileSync(join(VIEWER_DIR, "style.css"), join(VIEWER_DIST, "style.css"));
  return VIEWER_DIST;
}
