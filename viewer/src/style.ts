/** How each label and relationship type looks: one place for colours, shapes and the legend. */
import type { NodeLabel } from "../../src/model/labels";
import type { EventType } from "../../src/model/plover";
import type { RelationshipType } from "../../src/model/relationships";

export interface LabelStyle {
  color: string;
  shape: "circle" | "square";
}

// Keyed by any string (the data may hold what the model does not), complete for what it does.
export const LABEL_STYLE: Record<string, LabelStyle> = {
  Person: { color: "#e15759", shape: "circle" },
  State: { color: "#4e79a7", shape: "circle" },
  Organization: { color: "#f28e2b", shape: "circle" },
  Place: { color: "#59a14f", shape: "circle" },
  Agreement: { color: "#b07aa1", shape: "square" },
  Event: { color: "#9c755f", shape: "square" },
  Document: { color: "#76b7b2", shape: "square" },
  Sentence: { color: "#bab0ac", shape: "circle" },
} satisfies Record<NodeLabel, LabelStyle>;

export const EDGE_COLOR: Record<string, string> = {
  SOURCE: "#8a8f99",
  TARGET: "#5b616b",
  AT: "#59a14f",
  ABOUT: "#b07aa1",
  REPORTED_BY: "#c9b037",
  LEADS: "#e15759",
  PART_OF: "#f28e2b",
  LOCATED_IN: "#59a14f",
  PARTY_TO: "#b07aa1",
  MENTIONED_IN: "#d0d4db",
  HAS_SENTENCE: "#d0d4db",
} satisfies Record<RelationshipType, string>;

export const EVENT_COLOR: Record<string, string> = {
  ASSAULT: "#c0392b", COERCE: "#d35400", THREATEN: "#e67e22", SANCTION: "#af7ac5", PROTEST: "#ca6f1e", DISAPPROVE: "#a04000",
  REJECT: "#922b21", DEMAND: "#b9770e", INVESTIGATE: "#7f8c8d", MOBILIZE: "#6e2c00", CRIME: "#641e16", RETREAT: "#5d6d7e",
  CONSULT: "#2e86c1", AGREE: "#17a589", SUPPORT: "#28b463", COOPERATE: "#1e8449", AID: "#229954", CONCEDE: "#48c9b0",
} satisfies Record<EventType, string>;

export const FADED = "#e4e6eb";
export const primaryLabel = (labels: unknown): string => (Array.isArray(labels) ? String(labels[0]) : String(labels ?? "Node"));
