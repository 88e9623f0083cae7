/**
 * The entities of one article, each with its names and every place it is mentioned. Mentions,
 * agreements, events and relations each add the entities they name; the table gives them back
 * sorted by key, so the order they were met in does not show in the output.
 */
import { keyOf, type EntityRef } from "../model/keys.js";
import type { Gazetteer } from "./gazetteer.js";
import type { NewEntity } from "./mentions.js";
import type { EntityRecord } from "./types.js";

export type MentionSpan = EntityRecord["mentions"][number];

export class EntityTable {
  private readonly records = new Map<string, EntityRecord>();
  private readonly seenSpans = new Set<string>();

  constructor(private readonly gaz: Gazetteer, private readonly created: ReadonlyMap<string, NewEntity>) {}

  /** Records a mention of an entity, creating its record on the first one. */
  touch(ref: EntityRef, m: MentionSpan, confidence: number): EntityRecord {
    const key = keyOf(ref);
    let rec = this.records.get(key);
    if (!rec) {
      const g = this.gaz.entries.get(key);
      const c = this.created.get(key);
      rec = {
        label: ref.label,
        id: ref.id,
        // A converted dictionary writes names in ASCII, sometimes misspelt: the article's full name wins.
        name: g?.converted && m.text.includes(" ") ? m.text : (g?.name ?? c?.name ?? m.text),
        aliases: [],
        wikidata: g?.wikidata,
        iso2: g?.iso2,
        kind: g?.kind ?? c?.kind,
        ...(g?.successors ? { dissolved: g.dissolved, successors: g.successors } : {}),
        confidence,
        mentions: [],
      };
      this.records.set(key, rec);
    }
    rec.confidence = Math.max(rec.confidence, confidence);
    if (m.text && !rec.aliases.includes(m.text)) rec.aliases.push(m.text);
    const at = `${key}@${m.start}:${m.end}`;
    if (!this.seenSpans.has(at)) {
      this.seenSpans.add(at);
      rec.mentions.push(m);
    }
    return rec;
  }

  /** An entity only implied where it is used (a leader's state, an event's target): a record with no alias. */
  ensure(ref: EntityRef, m: MentionSpan): void {
    if (!this.records.has(keyOf(ref))) this.touch(ref, { ...m, text: "" }, 0.6);
  }

  get(ref: EntityRef): EntityRecord | undefined {
    return this.records.get(keyOf(ref));
  }

  has(ref: EntityRef): boolean {
    return this.records.has(keyOf(ref));
  }

  values(): EntityRecord[] {
    return [...this.records.values()];
  }

  /** Sorted by key; empty aliases come from entities only implied, so only real surface forms are kept. */
  list(): EntityRecord[] {
    return this.values()
      .sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
      .map((e) => ({ ...e, aliases: e.aliases.filter(Boolean) }));
  }
}
