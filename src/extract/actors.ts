/**
 * Who the actors of one article are: the offices people hold on the article's date, the leaders
 * the text names, and the states that people and bodies answer for. Filled while mentions are
 * resolved in reading order, so that "o presidente russo" sees the leaders named before it.
 */
import { keyOf, type EntityRef } from "../model/keys.js";
import type { Gazetteer, GazEntry } from "./gazetteer.js";
import type { NewEntity } from "./mentions.js";
import { fold } from "../model/text.js";

/** An office's title without its state: "Prime Minister of Spain" -> "Prime Minister". */
const titleOf = (role: string) => role.replace(/ of (the )?[A-Z].*$/, "");

/** Titles that say someone leads a state without saying which office ("the Russian leader", Phoenix's "Head of state or government"). */
const GENERIC_HEADS = new Set(["Leader", "Head of State", "Head of state or government", "Supreme Leader"]);

/**
 * Whether the office a text asks for ("the Spanish prime minister") can be one a person holds: the
 * same title ("Acting President" is a President), or either side not saying which office. A king is
 * never the prime minister.
 */
function sameOffice(asked: string, held: string): boolean {
  const a = titleOf(asked);
  const h = titleOf(held);
  return GENERIC_HEADS.has(a) || GENERIC_HEADS.has(h) || h === a || h.endsWith(` ${a}`);
}

export class Actors {
  /** Entities the gazetteer lacks, made up from the text. */
  readonly created = new Map<string, NewEntity>();
  /** Who the text names leading which state and with what title, in reading order. */
  private readonly named: { state: string; person: EntityRef; role?: string }[] = [];
  private officeHolders: Map<string, { person: EntityRef; role: string }[]> | undefined;
  /** Leaders on the date by folded surname; null where two share one. */
  private bySurname: Map<string, EntityRef | null> | undefined;

  /** `date` is the day the article is read at: its publication date, or the day given for an undated one. */
  constructor(readonly gaz: Gazetteer, readonly date: string) {}

  /** The offices the gazetteer says a person held on the article's date. */
  activeOffices(e: GazEntry) {
    const d = this.date;
    return (e.offices ?? []).filter((o) => (!o.from || o.from <= d) && (!o.to || d < o.to)).map((o) => ({ ...o, leads: this.dated(o.leads), partOf: this.dated(o.partOf) }));
  }

  /** The text says `person` leads `state`, as `role` where it names the office. */
  nameLeader(state: string, person: EntityRef, role?: string): void {
    this.named.push({ state, person, role });
  }

  /** The person the text last named leading a state, whatever the office. */
  namedLeader(state: string): EntityRef | undefined {
    return this.lastNamed(state, () => true);
  }

  private lastNamed(state: string, fits: (role?: string) => boolean): EntityRef | undefined {
    for (let i = this.named.length - 1; i >= 0; i--) {
      const x = this.named[i]!;
      if (x.state === state && fits(x.role)) return x.person;
    }
    return undefined;
  }

  /**
   * The leader of a state, holding `role` where one is asked for: the last the text named in it, else
   * who the gazetteer says held it on the article's date. Where a state's head and its government's
   * differ, "the Spanish prime minister" is not the king.
   */
  leaderOf(state: string, role?: string): EntityRef | undefined {
    const fits = (held?: string) => !role || !held || sameOffice(role, held);
    const named = this.lastNamed(state, fits);
    if (named) return named;
    const holders = this.holders().get(state) ?? [];
    const exact = role ? holders.find((h) => titleOf(h.role) === titleOf(role)) : undefined;
    return (exact ?? holders.find((h) => fits(h.role)))?.person;
  }

  /** Who the gazetteer says led each state on the article's date. Built on first need instead of scanning every entry for each "o presidente russo". */
  private holders(): Map<string, { person: EntityRef; role: string }[]> {
    if (!this.officeHolders) {
      this.officeHolders = new Map();
      for (const e of this.gaz.entries.values()) {
        if (e.ref.label !== "Person") continue;
        for (const o of this.activeOffices(e)) {
          if (!o.leads) continue;
          const list = this.officeHolders.get(o.leads) ?? [];
          if (!list.some((h) => h.person.id === e.ref.id)) list.push({ person: e.ref, role: o.role ?? "" });
          this.officeHolders.set(o.leads, list);
        }
      }
    }
    return this.officeHolders;
  }

  /**
   * The one person the gazetteer says led a sovereign state on the article's date under a name ending
   * in `surname` (folded): "the Reagan administration" in 1981. None where two would fit.
   */
  leaderBySurname(surname: string): EntityRef | undefined {
    if (!this.bySurname) {
      this.bySurname = new Map();
      for (const [state, holders] of this.holders()) {
        if (!this.gaz.entries.has(`State:${state}`)) continue;
        for (const h of holders) {
          const name = this.gaz.entries.get(keyOf(h.person))?.name ?? "";
          const last = fold(name.split(/\s+/).at(-1) ?? "");
          const had = this.bySurname.get(last);
          this.bySurname.set(last, had === undefined || had?.id === h.person.id ? h.person : null);
        }
      }
    }
    return this.bySurname.get(surname) ?? undefined;
  }

  /** The state a person stands for: the one the text names them leading, else their office in the gazetteer. */
  stateOf(person: EntityRef): string | undefined {
    // The states in the order the text first named a leader for them, as the article tells it.
    for (const state of new Set(this.named.map((x) => x.state))) if (this.namedLeader(state)?.id === person.id) return state;
    return this.officeOf(person, "on-date")?.state;
  }

  /**
   * The state that held a present-day state's land on the article's date: Moscow in 1986 is the
   * Soviet Union's, Belgrade in 1996 Yugoslavia's, Kinshasa in 1990 Zaire's. Where two states held
   * it (West and East Germany) the one the present-day state continues.
   */
  era(state: string): string {
    const held = (this.gaz.predecessors.get(state) ?? []).filter((p) => p.from <= this.date && this.date < p.until);
    return (held.length === 1 ? held[0] : held.find((p) => p.continued))?.id ?? state;
  }

  /** A state's id read on the article's date; any other id (an organization's) as it is. */
  private dated<T extends string | undefined>(id: T): T {
    return (id && this.gaz.entries.has(`State:${id}`) ? this.era(id) : id) as T;
  }

  /** What the gazetteer, or the text that made it up, says an entity is and belongs to (on the article's date). */
  knownAs(r: EntityRef): { kind?: string; state?: string } {
    const g = this.gaz.entries.get(keyOf(r));
    const c = this.created.get(keyOf(r));
    return { kind: g?.kind ?? c?.kind, state: this.dated(g?.state ?? c?.state) };
  }

  /**
   * A person's office in a state as the gazetteer records it: the one held on the date, or the last
   * one begun by then, else the last it knows (Pérez de Cuéllar in 1988 is the UN's, not yet Peru's
   * prime minister; someone the records know only from later office still serves that state).
   */
  officeOf(p: EntityRef, when: "on-date" | "latest"): { state: string; leads: boolean } | undefined {
    const g = this.gaz.entries.get(keyOf(p));
    if (!g) return undefined;
    const begun = (g.offices ?? []).filter((o) => !o.from || o.from <= this.date);
    const o = when === "latest" ? [...(begun.length ? begun : g.offices ?? [])].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""))[0] : this.activeOffices(g)[0];
    const state = o?.leads ?? o?.partOf;
    return state && this.gaz.entries.has(`State:${state}`) ? { state: this.era(state), leads: !!o!.leads } : undefined;
  }
}
