import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Neo4jConfig } from "../config/neo4j.js";
import { startLocalServer, stopLocalServer } from "../neo4j/localServer.js";

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

export interface Throwaway {
  config: Neo4jConfig;
  heap: string;
  pageCache: string;
  stop: () => Promise<void>;
}

/** A Neo4j of its own on free ports in a temp folder, so benchmarks never touch the user's data. */
export async function throwawayServer(heap = "1g", pageCache = "1g", log: (l: string) => void = () => {}): Promise<Throwaway> {
  const home = mkdtempSync(join(tmpdir(), "actorgraph-neo4j-"));
  const config: Neo4jConfig = { uri: `bolt://127.0.0.1:${await freePort()}`, user: "neo4j", password: "throwaway-pass-1", database: "neo4j" };
  await startLocalServer({ config, home, httpPort: await freePort(), heap, pageCache, log });
  return {
    config,
    heap,
    pageCache,
    stop: async () => {
      await stopLocalServer({ config, home });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
