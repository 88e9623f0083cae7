/** The relationship types of the graph model (GRAPH_MODEL.md), by what they link. */

/** From an Event to who did it, to whom, where, about what, and who told it. */
export const EVENT_ROLES = ["SOURCE", "TARGET", "AT", "ABOUT", "REPORTED_BY"] as const;
/** Between entities: offices, membership, containment, parties to agreements. */
export const ENTITY_RELATIONS = ["LEADS", "PART_OF", "LOCATED_IN", "PARTY_TO"] as const;
/** Where something is said: provenance, not facts. */
export const PROVENANCE = ["MENTIONED_IN", "HAS_SENTENCE"] as const;

export const RELATIONSHIP_TYPES = [...EVENT_ROLES, ...ENTITY_RELATIONS, ...PROVENANCE] as const;

export type EventRole = (typeof EVENT_ROLES)[number];
export type EntityRelation = (typeof ENTITY_RELATIONS)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Facts: every relationship but provenance, the ones a view of the graph draws. */
export const FACT_TYPES = [...EVENT_ROLES, ...ENTITY_RELATIONS] as const;

/**
 * The `role` of a PART_OF from a private person to the state of their nationality ("British aid
 * worker Nazanin Zaghari-Ratcliffe"): they belong to it without serving it, as an official would.
 */
export const NATIONAL_ROLE = "national";
