/** Reads the whole graph (or a query's nodes and relationships) from Neo4j into graphology. */
import type { Driver } from "neo4j-driver";
import { MultiDirectedGraph } from "graphology";
import { edgeKey, nodeKey } from "../model/keys.js";
import { primaryFirst } from "../model/labels.js";

export type StoredGraph = MultiDirectedGraph;

/** A stored node's key in the model's form; a node without an id (none the model writes) keeps its element id. */
const keyOf = (labels: string[], props: Record<string, unknown>, elementId: string) =>
  props.id !== undefined && labels[0] ? nodeKey(labels[0], String(props.id)) : elementId;

export async function readGraph(driver: Driver, database: string): Promise<StoredGraph> {
  const g = new MultiDirectedGraph();
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const keys = new Map<string, string>();
    const nodes = await session.run("MATCH (n) WHERE NOT n:ActivityMonth RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props ORDER BY labels[0], n.id");
    for (const r of nodes.records) {
      const props = r.get("props") as Record<string, unknown>;
      const labels = primaryFirst(r.get("labels") as string[]);
      const key = keyOf(labels, props, r.get("eid"));
      keys.set(r.get("eid"), key);
      g.mergeNode(key, { labels, ...props });
    }
    const rels = await session.run(
      "MATCH (x)-[r]->(y) WHERE NOT x:ActivityMonth RETURN elementId(x) AS a, elementId(y) AS b, type(r) AS type, properties(r) AS props ORDER BY type, x.id, y.id",
    );
    for (const r of rels.records) {
      const a = keys.get(r.get("a"))!;
      const b = keys.get(r.get("b"))!;
      const type = r.get("type") as string;
      g.addEdgeWithKey(edgeKey(type, a, b), a, b, { type, ...(r.get("props") as object) });
    }
  } finally {
    await session.close();
  }
  return g;
}
