import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import { createDriver } from "../neo4j/driver.js";
import { buildServer } from "../server/server.js";
import { buildViewer } from "../server/buildViewer.js";
import { action } from "./run.js";

/** Builds the page, starts the server, and keeps running until interrupted. */
export async function serveViewer(host: string, port: number): Promise<void> {
  await buildViewer();
  const config = neo4jConfig();
  // The server starts even when Neo4j is down: the page says so instead of staying blank.
  const driver = createDriver(config);
  const app = buildServer({ driver, config });
  const close = async () => {
    await app.close();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGINT", close);
  process.on("SIGTERM", close);
  const address = await app.listen({ host, port });
  console.log(`actorgraph viewer at ${address.replace("0.0.0.0", "127.0.0.1")} (Neo4j ${config.uri})`);
  await new Promise(() => {});
}

/** --host and --port, shared by the commands that serve the viewer. */
export function withViewerAddress(cmd: Command): Command {
  return cmd
    .option("--host <host>", "address to listen on", process.env.VIEWER_HOST ?? "127.0.0.1")
    .option("--port <port>", "port to listen on", process.env.VIEWER_PORT ?? "5173");
}

export function viewerCommand(program: Command): void {
  withViewerAddress(program.command("viewer").description("serve the Sigma.js viewer and its API over the configured Neo4j")).action(
      action(async (o: { host: string; port: string }) => serveViewer(o.host, Number(o.port))),
    );
}
