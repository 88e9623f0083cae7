/**
 * What the viewer does with the API: load a graph into `data`, expand a node, select one that
 * may not be loaded yet, and keep `display` in step with the mode the store holds. Controls call
 * these; everything they change reaches the screen through the store's listeners.
 */
import { api, type ViewGraph } from "./api";
import type { LayoutRunner } from "./controls/layout";
import { mergeInto, rebuildDisplay, resize, type Graphs } from "./graphs";
import { touched, type Store } from "./store";

export interface Actions {
  /** Puts a graph from the API on screen, added to what is loaded or instead of it. */
  show(g: ViewGraph, how: "add" | "replace"): void;
  /** Loads a node's neighbourhood and lays the new nodes out around it. */
  expand(key: string): Promise<void>;
  /** Selects a node, loading it first when it is not on screen (a search hit, a link in the panel). */
  select(key: string): Promise<void>;
  clearSelection(): void;
}

const fail = (store: Store) => (err: unknown) => store.set({ banner: (err as Error).message });

export function createActions(store: Store, graphs: Graphs, layout: LayoutRunner): Actions {
  const rebuild = () => {
    rebuildDisplay(graphs, store.state);
    store.set({ graphVersion: store.state.graphVersion + 1 });
  };

  const actions: Actions = {
    show(g, how) {
      if (how === "replace") graphs.data.clear();
      mergeInto(graphs.data, g);
      rebuild();
    },
    async expand(key) {
      try {
        actions.show(await api.expand(key, store.state.documents), "add");
        layout.start({ settleWithinMs: 2000 });
      } catch (err) {
        fail(store)(err);
      }
    },
    async select(key) {
      if (!graphs.data.hasNode(key)) await actions.expand(key);
      store.set({ selected: key });
    },
    clearSelection() {
      store.set({ selected: undefined });
    },
  };

  // The drawing modes: events as edges or nodes and documents shown or not redraw the graph
  // (documents are loaded first), the size metric only resizes it.
  store.on((s, changed) => {
    if (touched(changed, "eventsAsEdges")) {
      layout.stop(false);
      rebuild();
    }
    if (touched(changed, "documents")) {
      const loaded = s.documents ? api.graph(300, true).then((g) => mergeInto(graphs.data, g)) : Promise.resolve();
      loaded.then(rebuild, fail(store));
    }
    // Sigma redraws on its own when node attributes change.
    if (touched(changed, "sizeBy")) resize(graphs.display, s.sizeBy);
  });
  return actions;
}
