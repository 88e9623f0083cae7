/**
 * Ids that are not given by a gazetteer: a slug for a name, a content hash for a document, a
 * document and index for a sentence, and for an event a hash of what makes it the same happening.
 */
import { createHash } from "node:crypto";
import { keyOf, type EntityRef } from "./keys.js";
import { SYMMETRIC_TYPES } from "./plover.js";
import { fold } from "./text.js";

/** "Coreia do Norte" -> "coreia-do-norte": the id of an entity no gazetteer knows. */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const hash16 = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

/** The same text is the same document, wherever it was read from. */
export function documentId(text: string): string {
  return hash16(text);
}

export function sentenceId(documentId: string, index: number): string {
  return `${documentId}:${index}`;
}

/** What an event's id is made of. */
export interface EventIdentity {
  type: string;
  sources: readonly EntityRef[];
  targets: readonly EntityRef[];
  at: readonly EntityRef[];
  date?: string;
  status: string;
}

/**
 * The same happening in two articles gets the same id: type, actors and month (or the date's own
 * precision when coarser), never the article. `distinct` adds the exact date, status and place, to
 * tell apart two happenings of one article that agree on the rest.
 */
export function eventId(e: EventIdentity, published?: string, distinct = false): string {
  const src = e.sources.map(keyOf).sort();
  const tgt = e.targets.map(keyOf).sort();
  const actors = SYMMETRIC_TYPES.has(e.type) ? [[...src, ...tgt].sort().join(",")] : [src.join(","), tgt.join(",")];
  const when = (e.date ?? published ?? "").slice(0, 7);
  const parts = [e.type, ...actors, when];
  if (distinct) parts.push(e.date ?? "", e.status, e.at.map(keyOf).sort().join(","));
  return hash16(parts.join("|"));
}
