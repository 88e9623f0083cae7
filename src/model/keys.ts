/**
 * How nodes and relationships are named: a node's key is `<Label>:<id>` (the JSON export's keys,
 * the viewer's, and the writer's look-ups), a relationship's `<TYPE>:<source key>-><target key>`.
 */
import type { EntityLabel } from "./labels.js";

/** An entity by its label and id: what extraction refers to and the key is made of. */
export interface EntityRef {
  label: EntityLabel;
  id: string;
}

export const nodeKey = (label: string, id: string): string => `${label}:${id}`;

/** The node key of an entity. */
export const keyOf = (ref: { label: string; id: string }): string => `${ref.label}:${ref.id}`;

/** Is the entity among these (by label and id, not by object)? */
export const includesRef = (refs: readonly { label: string; id: string }[], ref: { label: string; id: string }): boolean => refs.some((x) => keyOf(x) === keyOf(ref));

/** A node key's label: what comes before the first colon, since ids may hold colons (a sentence's is `<document>:<index>`). */
export function labelOfKey(key: string): string {
  const colon = key.indexOf(":");
  return colon < 0 ? key : key.slice(0, colon);
}

export function idOfKey(key: string): string {
  const colon = key.indexOf(":");
  return colon < 0 ? "" : key.slice(colon + 1);
}

export const edgeKey = (type: string, source: string, target: string): string => `${type}:${source}->${target}`;
