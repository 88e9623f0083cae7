/**
 * The JSON the viewer's API answers with, written once for the server that sends it and the
 * viewer that reads it. Types only: the viewer's bundle takes nothing else from here. An endpoint
 * that fails answers `{ error: string }` with an HTTP status instead.
 */

/** A node as graphology serializes it: its `<Label>:<id>` key, `labels` and properties. */
export interface ViewNode {
  key: string;
  attributes: Record<string, unknown>;
}

/** A relationship as graphology serializes it, `type` among its attributes. */
export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

export interface ViewGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** A sentence that mentions a node, with the mention's offsets in the sentence, and its article. */
export interface Evidence {
  sentence: string;
  highlights: [number, number][];
  title?: string;
  published?: string;
  url?: string;
  language?: string;
}

export interface RelatedNode {
  direction: "out" | "in";
  /** The other end's key. */
  other: string;
  name: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface NodeDetails {
  key: string;
  properties: Record<string, unknown>;
  /** By relationship type. */
  relationships: Record<string, RelatedNode[]>;
  evidence: Evidence[];
}

export interface SearchHit {
  key: string;
  name: string;
  label: string;
  /** The name or alias that matched what was typed. */
  matched: string;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** The nodes, relationships and paths among the values, to draw. */
  graph: ViewGraph;
}

export interface Health {
  ok: boolean;
  uri: string;
  nodes: number;
}
