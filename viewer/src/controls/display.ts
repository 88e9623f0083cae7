/** Display settings: events drawn as nodes or as labelled edges, documents and sentences shown or not, node size by degree or reports. */
import { byId } from "../dom";
import type { Store } from "../store";

export function mountDisplaySettings(store: Store): void {
  const edges = byId<HTMLInputElement>("events-as-edges");
  const docs = byId<HTMLInputElement>("show-documents");
  const size = byId<HTMLSelectElement>("size-by");
  edges.checked = store.state.eventsAsEdges;
  docs.checked = store.state.documents;
  size.value = store.state.sizeBy;
  edges.addEventListener("change", () => store.set({ eventsAsEdges: edges.checked }));
  docs.addEventListener("change", () => store.set({ documents: docs.checked }));
  size.addEventListener("change", () => store.set({ sizeBy: size.value === "reports" ? "reports" : "degree" }));
}
