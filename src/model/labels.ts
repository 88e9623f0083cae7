/**
 * The node labels of the graph model (GRAPH_MODEL.md). Every node has one of NODE_LABELS as its
 * own; in Neo4j, actors and entities also carry the look-up labels, which let one index serve
 * "any actor with this id" and are never a node's own label.
 */

export const ACTOR_LABELS = ["Person", "State", "Organization"] as const;
export const ENTITY_LABELS = [...ACTOR_LABELS, "Place", "Agreement"] as const;
export const NODE_LABELS = [...ENTITY_LABELS, "Event", "Document", "Sentence"] as const;
export const LOOKUP_LABELS = ["Actor", "Entity"] as const;

export type ActorLabel = (typeof ACTOR_LABELS)[number];
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type NodeLabel = (typeof NODE_LABELS)[number];
export type LookupLabel = (typeof LOOKUP_LABELS)[number];

const actors: ReadonlySet<string> = new Set(ACTOR_LABELS);
const entities: ReadonlySet<string> = new Set(ENTITY_LABELS);
const nodes: ReadonlySet<string> = new Set(NODE_LABELS);

export const isActorLabel = (label: string): label is ActorLabel => actors.has(label);
export const isEntityLabel = (label: string): label is EntityLabel => entities.has(label);
export const isNodeLabel = (label: string): label is NodeLabel => nodes.has(label);

/** The look-up labels a node of this label carries in Neo4j: Person is also Actor and Entity, Place only Entity. */
export function lookupLabelsOf(label: string): LookupLabel[] {
  return isActorLabel(label) ? ["Actor", "Entity"] : isEntityLabel(label) ? ["Entity"] : [];
}

/** A stored node's labels with its own label first, as the model's JSON writes them. */
export function primaryFirst(labels: readonly string[]): string[] {
  const main = labels.find(isNodeLabel) ?? labels[0];
  return main ? [main, ...labels.filter((l) => l !== main)] : [...labels];
}
