/**
 * Who the actors of one article are: the offices people hold on the article's date, the leaders
 * the text names, and the states that people and bodies answer for. Filled while mentions are
 * resolved in reading order, so that "o presidente russo" sees the leaders named before it.
 */
import { keyOf, type EntityRef } from "../model/keys.js";
import type { Gazetteer, GazEntry } from "./gazetteer.js";
import type { NewEntity } from "./mentions.js";

export class Actors {
  /** State id -> the person the text names as its leader. */
  readonly leaders = new Map<string, EntityRef>();
  /** Entities the gazetteer lacks, made up from the text. */
  readonly created = new Map<string, NewEntity>();
  private officeHolders: Map<string, EntityRef> | undefined;

  /** `date` is the day the article is read at: its publication date, or the day given for an undated one. */
  constructor(readonly gaz: Gazetteer, readonly date: string) {}

  /** The offices the gazetteer says a person held on the article's date. */
  activeOffices(e: GazEntry) {
    const d = this.date;
    return (e.offices ?? []).filter((o) => (!o.from || o.from <= d) && (!o.to || d < o.to));
  }

  /** The leader the text named for a state, else who the gazetteer says led it on the article's date. */
  leaderOf(state: string): EntityRef | undefined {
    const named = this.leaders.get(state);
    if (named) return named;
    // Built on first need instead of scanning every entry for each "o presidente russo".
    if (!this.officeHolders) {
      this.officeHolders = new Map();
      for (const e of this.gaz.entries.values()) {
        if (e.ref.label !== "Person") continue;
        for (const o of this.activeOffices(e)) if (o.leads && !this.officeHolders.has(o.leads)) this.officeHolders.set(o.leads, e.ref);
      }
    }
    return this.officeHolders.get(state);
  }

  /** The state a person stands for: the one the text names them leading, else their office in the gazetteer. */
  stateOf(person: EntityRef): string | undefined {
    for (const [state, p] of this.leaders) if (p.id === person.id) return state;
    return this.officeOf(person, "on-date")?.state;
  }

  /** What the gazetteer, or the text that made it up, says an entity is and belongs to. */
  knownAs(r: EntityRef): { kind?: string; state?: string } {
    const g = this.gaz.entries.get(keyOf(r));
    const c = this.created.get(keyOf(r));
    return { kind: g?.kind ?? c?.kind, state: g?.state ?? c?.state };
  }

  /** A person's office in a state as the gazetteer records it: the one held on the date, or the last one it knows. */
  officeOf(p: EntityRef, when: "on-date" | "latest"): { state: string; leads: boolean } | undefined {
    const g = this.gaz.entries.get(keyOf(p));
    if (!g) return undefined;
    const o = when === "latest" ? [...(g.offices ?? [])].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""))[0] : this.activeOffices(g)[0];
    const state = o?.leads ?? o?.partOf;
    return state && this.gaz.entries.has(`State:${state}`) ? { state, leads: !!o!.leads } : undefined;
  }
}
