/**
 * The viewer's state in one place: what the URL keeps (selection, filters, mode, camera) and what
 * it does not (the hovered node, the running layout, the banner). Controls change it with set()
 * and redraw from it in their listeners, so no part holds state that another part reads.
 */
import type { ViewState } from "./urlState";

export interface ViewerState extends ViewState {
  hovered?: string;
  /** The running layout, drawn by sigma or as a 2D preview; undefined when none runs. */
  layout?: "sigma" | "preview";
  /** Bumped whenever the loaded graph changes: what filters count and date ranges read. */
  graphVersion: number;
  /** A message for the banner: what failed, in words the user can act on. */
  banner?: string;
}

export type StateKey = keyof ViewerState;
type Listener = (state: Readonly<ViewerState>, changed: ReadonlySet<StateKey>) => void;

export class Store {
  #state: ViewerState;
  readonly #listeners = new Set<Listener>();

  constructor(initial: ViewerState) {
    this.#state = initial;
  }

  get state(): Readonly<ViewerState> {
    return this.#state;
  }

  /** Replaces the given keys (arrays and objects are values: pass new ones) and tells the listeners which changed. */
  set(patch: Partial<ViewerState>): void {
    const changed = new Set<StateKey>();
    for (const k of Object.keys(patch) as StateKey[]) if (!Object.is(patch[k], this.#state[k])) changed.add(k);
    if (!changed.size) return;
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state, changed);
  }

  /** Calls `listener` after every change; returns what stops it. */
  on(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Does any of `keys` appear among the changed ones? */
export const touched = (changed: ReadonlySet<StateKey>, ...keys: StateKey[]): boolean => keys.some((k) => changed.has(k));
