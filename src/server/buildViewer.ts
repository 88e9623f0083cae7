/** Bundles viewer/src into viewer/dist with esbuild: no CDN, everything served from here. */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { VIEWER_DIR } from "../paths.js";

export async function buildViewer(minify = true): Promise<string> {
  const src = VIEWER_DIR;
  const out = join(src, "dist");
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { app: join(src, "src", "main.ts"), bench: join(src, "src", "bench.ts") },
    bundle: true,
    format: "esm",
    target: "es2022",
    minify,
    sourcemap: true,
    outdir: out,
    logLevel: "error",
  });
  copyFileSync(join(src, "index.html"), join(out, "index.html"));
  copyFileSync(join(src, "bench.html"), join(out, "bench.html"));
  copyFileSync(join(src, "style.css"), join(out, "style.css"));
  return out;
}
