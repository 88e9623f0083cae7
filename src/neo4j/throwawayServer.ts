/**
 * A Neo4j of its own on free ports with its data in a temp folder, for benchmarks and tests: they
 * never touch the user's database, and stop() leaves nothing behind.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Neo4jConfig } from "../config/neo4j.js";
import { startLocalServer, stopLocalServer } from "./localServer.js";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface ThrowawayOptions {
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
  /** The start of the temp folder's name, to tell whose it is. */
  prefix?: string;
  password?: string;
  /** Runs once the server's home is configured, before it starts (a bulk import). */
  beforeStart?: (home: string) => void;
}

export interface Throwaway {
  config: Neo4jConfig;
  heap: string;
  pageCache: string;
  /** Settles once the server answers, or failed to start. */
  ready: Promise<void>;
  /** Stops the server (once its start is over) and removes its folder. */
  stop: () => Promise<void>;
}

/** Chooses the ports and folder and starts the server without waiting for it: `ready` says when it answers. */
export async function launchThrowaway(opts: ThrowawayOptions = {}): Promise<Throwaway> {
  const { heap = "1g", pageCache = "1g", log = () => {}, prefix = "actorgraph-neo4j-", password = "throwaway-pass-1" } = opts;
  const home = mkdtempSync(join(tmpdir(), prefix));
  const config: Neo4jConfig = { uri: `bolt://127.0.0.1:${await freePort()}`, user: "neo4j", password, database: "neo4j" };
  const httpPort = await freePort();
  const cleanUp = async () => {
    await stopLocalServer({ config, home });
    rmSync(home, { recursive: true, force: true });
  };
  const ready = startLocalServer({ config, home, httpPort, heap, pageCache, log, beforeStart: opts.beforeStart }).then(
    () => {},
    async (err: unknown) => {
      await cleanUp();
      throw err;
    },
  );
  // A server stopped before its start is over would be started after all, by nobody's leave.
  const stop = async () => {
    await ready.catch(() => {});
    await cleanUp();
  };
  return { config, heap, pageCache, ready, stop };
}

/** A throwaway server that answers. */
export async function throwawayServer(opts: ThrowawayOptions = {}): Promise<Throwaway> {
  const server = await launchThrowaway(opts);
  await server.ready;
  return server;
}
