/**
 * The relations stage: the structural facts the text states, then what the gazetteer knows of the
 * entities the article names (a ministry's state, a president's office on the article's date).
 */
import { keyOf, type EntityRef } from "../model/keys.js";
import type { Resolved, TextFact } from "./articleState.js";
import type { RelationRecord } from "./types.js";

export function relationRecords(doc: Resolved, facts: readonly TextFact[]): RelationRecord[] {
  const { entities, actors, gaz, sentences, dateline } = doc;
  // A city named only in the dateline ("BRUSSELS, Feb. 20 -") brings in no state the story does not name.
  const filedOnly = (rec: { mentions: readonly { start: number; end: number }[] }) => !!dateline && rec.mentions.every((m) => m.start < dateline.end && m.end > dateline.start);
  const relations = new Map<string, RelationRecord>();
  const relate = (type: RelationRecord["type"], from: EntityRef, to: EntityRef, sentence: number, confidence: number, basis: RelationRecord["basis"], role?: string) => {
    if (keyOf(from) === keyOf(to)) return;
    const key = `${type}|${keyOf(from)}|${keyOf(to)}`;
    const r = relations.get(key);
    if (r) {
      if (!r.evidence.includes(sentence)) r.evidence.push(sentence);
      r.confidence = Math.max(r.confidence, confidence);
      if (basis === "text") r.basis = "text";
      r.role ??= role;
      return;
    }
    relations.set(key, { type, from, to, role, evidence: [sentence], confidence, basis });
  };
  for (const f of facts) {
    if (!entities.has(f.from) && f.type !== "PARTY_TO") continue;
    const at = { sentence: f.sentence, start: sentences[f.sentence]!.start, end: sentences[f.sentence]!.start, text: "" };
    entities.ensure(f.to, at);
    entities.ensure(f.from, at);
    relate(f.type, f.from, f.to, f.sentence, f.confidence, "text", f.role);
  }
  for (const rec of entities.values()) {
    const g = gaz.entries.get(keyOf(rec));
    const first = rec.mentions[0]!.sentence;
    const { state: container, kind } = actors.knownAs(rec);
    // An armed group, a party's committee or a charity the gazetteer places in a state ("other":
    // Phoenix's FARC is Colombian rebels) is no organ of it, as its forces or ministries are.
    const to: EntityRef | undefined = container ? (gaz.entries.has(`State:${container}`) ? { label: "State", id: container } : { label: "Organization", id: container }) : undefined;
    if (to && (rec.label === "Place" || (rec.label === "Organization" && kind !== "other")) && !(rec.label === "Place" && filedOnly(rec) && !entities.has(to))) {
      entities.ensure(to, rec.mentions[0]!);
      relate(rec.label === "Place" ? "LOCATED_IN" : "PART_OF", rec, to, first, 0.7, "gazetteer");
    }
    if (g && rec.label === "Person") {
      for (const o of actors.activeOffices(g)) {
        const target = o.leads ?? o.partOf;
        if (!target) continue;
        const to: EntityRef = gaz.entries.has(`State:${target}`) ? { label: "State", id: target } : { label: "Organization", id: target };
        if ([...relations.values()].some((r) => r.from.id === rec.id && (r.type === "LEADS" || r.type === "PART_OF") && r.to.id === to.id)) continue;
        entities.ensure(to, rec.mentions[0]!);
        relate(o.leads ? "LEADS" : "PART_OF", rec, to, first, 0.7, "gazetteer", o.role);
        rec.role ??= o.role;
      }
    }
  }
  // A person's role reads with the state they lead: "President of Russia".
  for (const r of relations.values()) {
    if (r.type === "LEADS" && r.role) {
      const p = entities.get(r.from);
      const st = entities.get(r.to);
      if (p && !p.role) p.role = st ? `${r.role} of ${st.name}` : r.role;
    }
  }
  const key = (r: RelationRecord) => `${r.type}|${keyOf(r.from)}|${keyOf(r.to)}`;
  return [...relations.values()].sort((a, b) => key(a).localeCompare(key(b)));
}
