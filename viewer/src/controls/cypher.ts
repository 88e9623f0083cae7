/** The Cypher box: a read-only query's nodes and relationships drawn instead of the graph on screen. */
import type Sigma from "sigma";
import type { Actions } from "../actions";
import { api } from "../api";
import { byId } from "../dom";
import type { LayoutRunner } from "./layout";

export function mountCypher(actions: Actions, layout: LayoutRunner, renderer: Sigma): void {
  const box = byId<HTMLTextAreaElement>("cypher");
  const message = byId("cypher-message");
  byId("cypher-run").addEventListener("click", async () => {
    message.className = "";
    message.textContent = "Running…";
    try {
      const r = await api.cypher(box.value);
      if (r.graph.nodes.length) {
        layout.stop(false);
        actions.show(r.graph, "replace");
        renderer.getCamera().animatedReset({ duration: 300 });
        layout.start({ settleWithinMs: 3000 });
      }
      message.textContent = `${r.rows.length}${r.truncated ? "+" : ""} rows; drew ${r.graph.nodes.length} nodes and ${r.graph.edges.length} relationships.`;
    } catch (err) {
      message.className = "error";
      message.textContent = (err as Error).message;
    }
  });
}
