/**
 * One event per happening within an article: drafts with the same type, the same actors and
 * compatible dates merge; a definite noun with no actors ("a chamada telefónica") or an event
 * with one actor joins the known event it points back to, or is dropped.
 */
import type { EventDraft } from "./events.js";
import { keyOf, type EntityRef } from "../model/keys.js";
import { SYMMETRIC_TYPES } from "../model/plover.js";
import type { EventRecord } from "./types.js";

/** Types that make sense with a single actor. */
const SOLO = new Set(["MOBILIZE", "RETREAT", "INVESTIGATE", "PROTEST", "COERCE"]);
/**
 * Stances a named actor can take with no other side named ("Spain refused to commit", "asked for
 * more air defence", "threatened to impose tariffs on any country"), sanctions on no one named yet, and
 * concessions ("Hamas is ready to release the hostages"): kept when their
 * verb has a subject and no event of the kind takes them in.
 */
const STANCES = new Set(["REJECT", "DEMAND", "DISAPPROVE", "CONCEDE", "THREATEN", "SANCTION"]);
/** Of those, the acts that are kept alone only when the text does not deny them. */
const ASSERTED_ONLY = new Set(["THREATEN", "SANCTION"]);

/** Acts done to another side, which that side does not report as its own. */
const HOSTILE = new Set(["SANCTION", "COERCE", "ASSAULT"]);

/** A stance its verb states ("o Brasil não aceitará ameaças" is no threat of Brazil's). */
const standsAlone = (d: EventDraft) =>
  (STANCES.has(d.type) && (!d.nominal || d.voiced === true) && !d.anaphoric && !(ASSERTED_ONLY.has(d.type) && d.status === "denied")) ||
  // "Lula saudou a decisão": praise of an act the article tells, whoever did it.
  (d.type === "SUPPORT" && d.praisesUnfound === true && !d.nominal) ||
  // "Egypt will host an Arab summit": a summit its host announces is an event before its guests are named.
  (d.type === "CONSULT" && d.mode === "summit" && !d.nominal && d.sources.length > 0) ||
  // "Biden announced $560 million in financing for the Lobito corridor": a pledge counted is news before its recipient is named.
  (d.type === "AID" && d.quantity !== undefined && !d.nominal && d.sources.length > 0) ||
  // "o Estado Islâmico reivindicou a autoria do massacre": an attack its doer claims, whoever its victims.
  (d.type === "ASSAULT" && d.status === "claimed" && !d.nominal && d.sources.length > 0);

// Every draft is compared with every event, so each actor list's sorted keys are computed once
// (the lists are not changed while coreference runs).
const idCache = new WeakMap<EntityRef[], string[]>();
function ids(rs: EntityRef[]): string[] {
  let out = idCache.get(rs);
  if (!out) idCache.set(rs, (out = rs.length === 1 ? [keyOf(rs[0]!)] : [...new Set(rs.map(keyOf))].sort()));
  return out;
}
const participantCache = new WeakMap<object, string[]>();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function datesCompatible(a?: string, b?: string): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

function participants(e: { sources: EntityRef[]; targets: EntityRef[] }): string[] {
  let out = participantCache.get(e);
  if (!out) participantCache.set(e, (out = [...new Set([...ids(e.sources), ...ids(e.targets)])].sort()));
  return out;
}

/** A plan and the act it plans are different events. */
const samePlanning = (a: { status?: string }, b: { status?: string }) => (a.status === "planned") === (b.status === "planned");

function union(a: EntityRef[], b: EntityRef[]): EntityRef[] {
  const seen = new Set(a.map(keyOf));
  return [...a, ...b.filter((r) => !seen.has(keyOf(r)) && seen.add(keyOf(r)))];
}

function absorb(e: EventRecord, d: EventDraft): void {
  e.mentions.push({ sentence: d.sentence, start: d.trigger.start, end: d.trigger.end, text: d.trigger.text });
  e.at = union(e.at, d.at);
  e.about = union(e.about, d.about);
  e.reportedBy = union(e.reportedBy, d.reportedBy);
  // The most precise date wins; the words that gave it go with it.
  if (d.date && (!e.date || d.date.length > e.date.length)) {
    e.date = d.date;
    e.dateText = d.dateText;
  }
  if (d.quantity !== undefined && (e.quantity === undefined || d.quantity > e.quantity)) {
    e.quantity = d.quantity;
    e.quantityText = d.quantityText;
  }
  if (e.mode === "meeting" && d.mode !== "meeting" && d.type === e.type) e.mode = d.mode;
  if (e.status === "occurred" && d.status === "claimed") e.status = "claimed";
  e.confidence = Math.min(0.95, Math.max(e.confidence, d.confidence) + 0.05);
}

function fromDraft(d: EventDraft): EventRecord {
  return {
    type: d.type,
    mode: d.mode,
    label: "",
    sources: d.sources,
    targets: d.targets,
    at: d.at,
    about: d.about,
    reportedBy: d.reportedBy,
    status: d.status,
    date: d.date,
    dateText: d.dateText,
    quantity: d.quantity,
    quantityText: d.quantityText,
    mentions: [{ sentence: d.sentence, start: d.trigger.start, end: d.trigger.end, text: d.trigger.text }],
    confidence: d.confidence,
  };
}

/** Events with the same key have the same type and the same sides (in either order where the type is symmetric). */
function actorKey(x: { type: string; sources: EntityRef[]; targets: EntityRef[] }): string {
  return SYMMETRIC_TYPES.has(x.type) ? `${x.type}|${participants(x).join(",")}` : `${x.type}|${ids(x.sources).join(",")}>${ids(x.targets).join(",")}`;
}

export function coreferEvents(drafts: EventDraft[]): EventRecord[] {
  const events: EventRecord[] = [];
  // A dense article has a hundred events or more; each draft looks only at those of its type and sides.
  const byActors = new Map<string, EventRecord[]>();
  const byType = new Map<string, EventRecord[]>();
  const add = (e: EventRecord) => {
    events.push(e);
    const k = actorKey(e);
    const bucket = byActors.get(k);
    if (bucket) bucket.push(e);
    else byActors.set(k, [e]);
    const ofType = byType.get(e.type);
    if (ofType) ofType.push(e);
    else byType.set(e.type, [e]);
  };
  const partial: EventDraft[] = [];
  for (const d of drafts) {
    const n = participants(d).length;
    // A mediator alone is news ("the exchange was mediated by the UAE"); other talks need two sides.
    // A body of many members agrees with itself: "NATO leaders agreed to raise defence spending".
    const collective = d.type === "AGREE" && n === 1 && d.sources.length === 1 && d.sources[0]!.label === "Organization";
    // A visit needs its visitor: two places visited are no talks between them.
    // An act its frame aims at no one ("annulled the election") is whole with its doer alone.
    const complete = d.mode === "visit" && !d.sources.length ? false : SOLO.has(d.type) || d.mode === "mediate" || collective || d.aimless ? n >= 1 : n >= 2;
    if (!complete) {
      partial.push(d);
      continue;
    }
    const hit = byActors.get(actorKey(d))?.find((e) => datesCompatible(e.date, d.date) && samePlanning(e, d));
    if (hit) absorb(hit, d);
    else add(fromDraft(d));
  }
  for (const d of partial) {
    const mine = participants(d);
    const before = (e: EventRecord) => e.mentions[0]!.sentence <= d.sentence;
    // A plan is not the act it plans: "expected to ratify the accord" is not its signing (a bare
    // anaphor, "um destacamento", takes whichever event it points back to).
    const candidates = (byType.get(d.type) ?? []).filter((e) => (d.anaphoric || samePlanning(e, d)) && (d.mode === e.mode || !mine.length ? d.mode === e.mode || !d.anaphoric : true) && (mine.length ? mine.every((k) => participants(e).includes(k)) : before(e)));
    // The closest one before it, else the first after it.
    const hit = d.anaphoric || !mine.length
      ? candidates.filter(before).sort((a, b) => b.mentions[0]!.sentence - a.mentions[0]!.sentence)[0]
      : candidates.filter(before).at(-1) ?? candidates[0];
    // "Trump raised tariffs on China, and China retaliated": an act in kind by the one it was done to
    // answers it; it is aimed back at the first actor, not a report of the same act. So is a hostile
    // act of another kind ("Honduras broke off relations with Taiwan ... Taiwan recalled its ambassador");
    // words of agreement or praise, by contrast, often name the other side first when they come back to an act.
    const answered = hit && (d.answers || (HOSTILE.has(d.type) && d.mode !== hit.mode)) && !d.targets.length && !SYMMETRIC_TYPES.has(d.type) && mine.every((k) => ids(hit.targets).includes(k) && !ids(hit.sources).includes(k));
    if (answered) add(fromDraft({ ...d, targets: hit.sources }));
    else if (hit && (mine.length || d.anaphoric)) absorb(hit, d);
    // "China supported the ceasefire": one actor, but about a known agreement.
    else if (d.sources.length && (d.about.length || standsAlone(d))) add(fromDraft(d));
  }
  for (const e of events) e.mentions.sort((a, b) => a.start - b.start);
  return events.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
