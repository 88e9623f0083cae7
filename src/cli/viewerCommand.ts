import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import { UserError } from "../errors.js";
import { FROM_SOURCES, VIEWER_DIST } from "../paths.js";
import { action } from "./run.js";

/** Builds the page, starts the server, and keeps running until interrupted. */
export async function serveViewer(host: string, port: number, token?: string): Promise<void> {
  // Before anything else: an exposed viewer without a token must not start at all.
  const { checkExposure, redactUri } = await import("../server/security.js");
  checkExposure(host, token);
  await viewerBundle();
  const [{ createDriver }, { buildServer }] = await Promise.all([import("../neo4j/driver.js"), import("../server/server.js")]);
  const config = neo4jConfig();
  // The server starts even when Neo4j is down: the page says so instead of staying blank.
  const driver = createDriver(config);
  const app = buildServer({ driver, config, token });
  const close = async () => {
    await app.close();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGINT", close);
  process.on("SIGTERM", close);
  const address = await app.listen({ host, port });
  // Like a notebook server's: the address with its token is what the user opens (once; a cookie keeps it).
  const shown = address.replace("0.0.0.0", "127.0.0.1").replace("[::]", "[::1]");
  console.log(`actorgraph viewer at ${shown}${token ? `/?token=${encodeURIComponent(token)}` : ""} (Neo4j ${redactUri(config.uri)})`);
  await new Promise(() => {});
}

/**
 * The page the server serves. Run from the sources (development), the viewer is bundled afresh
 * with esbuild; the built CLI and the installed package serve the bundle `npm run build` made,
 * and need no esbuild.
 */
async function viewerBundle(): Promise<void> {
  if (FROM_SOURCES) {
    const { buildViewer } = await import("../server/buildViewer.js");
    await buildViewer();
  } else if (!existsSync(join(VIEWER_DIST, "app.js"))) {
    throw new UserError(`the viewer's bundle is missing (${VIEWER_DIST}): run 'npm run build'`);
  }
}

/** --host, --port and --token, shared by the commands that serve the viewer. */
export function withViewerAddress(cmd: Command): Command {
  return cmd
    .option("--host <host>", "address to listen on", process.env.VIEWER_HOST ?? "127.0.0.1")
    .option("--port <port>", "port to listen on", process.env.VIEWER_PORT ?? "5173")
    // No default here, or --help would print the token: viewerToken() reads VIEWER_TOKEN.
    .option("--token <token>", "access token, required to listen beyond loopback (or VIEWER_TOKEN)");
}

/** --token, else VIEWER_TOKEN; an empty one is none. */
export function viewerToken(o: { token?: string }): string | undefined {
  return o.token || process.env.VIEWER_TOKEN || undefined;
}

export function viewerCommand(program: Command): void {
  withViewerAddress(program.command("viewer").description("serve the Sigma.js viewer and its API over the configured Neo4j")).action(
      action(async (o: { host: string; port: string; token?: string }) => serveViewer(o.host, Number(o.port), viewerToken(o))),
    );
}
