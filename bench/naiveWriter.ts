/** The baseline the ingest benchmark compares against: one auto-commit statement per node and relationship. */
import type { Driver } from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { planWrites } from "../src/neo4j/plan.js";

export async function naiveWrite(driver: Driver, database: string, graphs: SerializedGraph[]): Promise<{ nodes: number; rels: number }> {
  const plan = planWrites(graphs);
  const session = driver.session({ database });
  try {
    for (const [label, rows] of plan.nodes) {
      for (const row of rows) await session.run(`MERGE (n:\`${label}\` {id: $id}) SET n += $props`, row);
    }
    for (const [key, rows] of plan.rels) {
      const [type, from, to] = key.split("|") as [string, string, string];
      for (const row of rows) {
        await session.run(`MATCH (a:\`${from}\` {id: $from}) MATCH (b:\`${to}\` {id: $to}) MERGE (a)-[r:\`${type}\`]->(b) SET r += $props`, row);
      }
    }
  } finally {
    await session.close();
  }
  return { nodes: plan.nodeCount, rels: plan.relCount };
}
