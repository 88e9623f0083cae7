/**
 * The viewer, laid out as sigma.js's own demo is: one store of state, the loaded and the drawn
 * graph, sigma's view of them, and a module per control around them (search, details panel,
 * filters, layout, display settings, Cypher box, export). This file puts them together and loads
 * the first view.
 */
import { createActions } from "./actions";
import { api } from "./api";
import { mountBanner } from "./controls/banner";
import { mountCypher } from "./controls/cypher";
import { mountDetails } from "./controls/details";
import { mountDisplaySettings } from "./controls/display";
import { mountExport } from "./controls/export";
import { mountFilters } from "./controls/filters";
import { mountLayoutControls } from "./controls/layout";
import { mountSearch } from "./controls/search";
import { byId } from "./dom";
import { createGraphs } from "./graphs";
import { inspect } from "./inspect";
import { Store, touched } from "./store";
import { readState, URL_KEYS, writeState } from "./urlState";
import { createGraphView } from "./view";

/** The first layout's time limit: it stops sooner, once settled. */
const FIRST_LAYOUT_MS = 15_000;
/** Events in the starting view: the most reported ones, with their actors. */
const FIRST_EVENTS = 300;

async function main(): Promise<void> {
  // A node the URL selects is selected once the graph is loaded, as if it had been clicked.
  const { selected, ...fromUrl } = readState();
  const store = new Store({ ...fromUrl, graphVersion: 0 });
  store.on((s, changed) => {
    if (touched(changed, ...URL_KEYS)) writeState(s);
  });
  const graphs = createGraphs();
  const renderer = createGraphView(byId("graph"), store, graphs, (key) => void actions.expand(key));
  const layout = mountLayoutControls(store, graphs, renderer);
  const actions = createActions(store, graphs, layout);
  mountBanner(store);
  mountFilters(store, graphs);
  mountDisplaySettings(store);
  mountSearch(store, actions);
  mountDetails(store, actions);
  mountCypher(actions, layout, renderer);
  mountExport(graphs, renderer);
  inspect(store, graphs, renderer, layout);

  try {
    await api.health();
    actions.show(await api.graph(FIRST_EVENTS, store.state.documents), "add");
    // Readable without a click: the layout runs until it settles, unless the URL brought its own camera.
    if (!store.state.camera) layout.start({ settleWithinMs: FIRST_LAYOUT_MS });
    if (selected) await actions.select(selected);
  } catch (err) {
    store.set({ banner: `Cannot load the graph: ${(err as Error).message}` });
  }
}

void main();
