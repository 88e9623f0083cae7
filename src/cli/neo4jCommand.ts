import type { Command } from "commander";
import { neo4jConfig } from "../config/neo4j.js";
import { action } from "./run.js";

/** Loaded when a subcommand runs: it brings the driver, which --help and --version do without. */
const localServer = () => import("../neo4j/localServer.js");

export function neo4jCommand(program: Command): void {
  const cmd = program.command("neo4j").description("run a local Neo4j Community 5.26 server built from Maven Central (no Docker)");
  cmd
    .command("start")
    .description("build what is missing, start the server in the background, wait until Bolt answers")
    .option("--heap <size>", "JVM heap", "1g")
    .option("--page-cache <size>", "page cache", "1g")
    .option("--http-port <port>", "HTTP/Browser port (default: bolt port - 213, i.e. 7474 for 7687)")
    .action(
      action(async (o: { heap: string; pageCache: string; httpPort?: string }) => {
        const { startLocalServer } = await localServer();
        const config = neo4jConfig();
        const r = await startLocalServer({
          config,
          heap: o.heap,
          pageCache: o.pageCache,
          httpPort: o.httpPort ? Number(o.httpPort) : undefined,
          log: (l) => console.error(l),
        });
        if (r.alreadyRunning) console.log(`Neo4j already answers at ${config.uri}; nothing to do.`);
        else console.log(`Neo4j started at ${config.uri} (pid ${r.pid}, ${r.seconds.toFixed(1)} s, home ${r.home}).`);
      }),
    );
  cmd
    .command("stop")
    .description("stop the server that 'neo4j start' started for NEO4J_URI")
    .action(
      action(async () => {
        const { stopLocalServer } = await localServer();
        const config = neo4jConfig();
        const stopped = await stopLocalServer({ config });
        console.log(stopped ? `Stopped the local Neo4j at ${config.uri}.` : `No Neo4j started by actorgraph runs for ${config.uri}.`);
      }),
    );
  cmd
    .command("build")
    .description("fetch the Neo4j jars with Maven (start does this when needed)")
    .action(action(async () => (await localServer()).ensureBuilt((l) => console.error(l))));
}
