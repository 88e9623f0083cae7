/**
 * What the viewer asks of Neo4j: a starting view, a node's neighbourhood, a node's details with its
 * evidence, name completion, and read-only Cypher turned into drawable nodes and edges.
 */
import neo4j, { type Driver, type Node, type Relationship, type Path } from "neo4j-driver";
import { runReadOnly, toPlain } from "../neo4j/queries.js";
import { keyOfNode, ownLabel } from "../neo4j/cypher.js";
import { edgeKey, idOfKey, labelOfKey, nodeKey } from "../model/keys.js";
import { primaryFirst } from "../model/labels.js";
import { ENTITY_RELATIONS, FACT_TYPES, PROVENANCE } from "../model/relationships.js";
import { fold } from "../model/text.js";
import type { CypherResult, Evidence, NodeDetails, SearchHit, ViewEdge, ViewGraph, ViewNode } from "./api.js";

const ENTITY_RELS = FACT_TYPES.join("|");

function keyOf(n: Node): string {
  const labels = primaryFirst(n.labels);
  const id = n.properties.id;
  return id !== undefined && labels[0] ? nodeKey(labels[0], String(id)) : n.elementId;
}

class Collector {
  nodes = new Map<string, ViewNode>();
  edges = new Map<string, ViewEdge>();
  keys = new Map<string, string>();

  node(n: Node): string {
    const key = keyOf(n);
    this.keys.set(n.elementId, key);
    if (!this.nodes.has(key)) this.nodes.set(key, { key, attributes: { labels: primaryFirst(n.labels), ...(toPlain(n.properties) as object) } });
    return key;
  }

  rel(r: Relationship): void {
    const s = this.keys.get(r.startNodeElementId);
    const t = this.keys.get(r.endNodeElementId);
    if (!s || !t) return;
    const key = edgeKey(r.type, s, t);
    if (!this.edges.has(key)) this.edges.set(key, { key, source: s, target: t, attributes: { type: r.type, ...(toPlain(r.properties) as object) } });
  }

  /** Walks any result value for nodes, relationships and paths. */
  walk(v: unknown, rels: Relationship[]): void {
    if (v instanceof neo4j.types.Node) this.node(v as Node);
    else if (v instanceof neo4j.types.Relationship) rels.push(v as Relationship);
    else if (v instanceof neo4j.types.Path) {
      const p = v as Path;
      for (const seg of p.segments) {
        this.node(seg.start);
        this.node(seg.end);
        rels.push(seg.relationship);
      }
    } else if (Array.isArray(v)) for (const x of v) this.walk(x, rels);
    else if (v && typeof v === "object" && !neo4j.isInt(v)) for (const x of Object.values(v)) this.walk(x, rels);
  }

  graph(): ViewGraph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

async function read(driver: Driver, database: string, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => tx.run(cypher, params), { timeout: 15_000 });
  } finally {
    await session.close();
  }
}

function collect(records: { values(): Iterable<unknown> }[]): ViewGraph {
  const c = new Collector();
  const rels: Relationship[] = [];
  for (const r of records) for (const v of r.values()) c.walk(v, rels);
  for (const r of rels) c.rel(r);
  return c.graph();
}

/** The starting view: the most reported events, their actors, places and agreements, and the facts between those. */
export async function overview(driver: Driver, database: string, events: number, documents: boolean): Promise<ViewGraph> {
  const r = await read(
    driver,
    database,
    `MATCH (e:Event) WITH e ORDER BY coalesce(e.reports, 1) DESC, e.id LIMIT $events
     MATCH (e)-[r:${ENTITY_RELS}]->(x)
     WITH collect(DISTINCT e) + collect(DISTINCT x) AS shown, collect(r) AS eventRels
     CALL (shown) {
       UNWIND shown AS a
       MATCH (a:Entity)-[s:${ENTITY_RELATIONS.join("|")}]->(b:Entity)
       RETURN collect(s) + collect(b) AS structural
     }
     CALL (shown) {
       UNWIND CASE WHEN $documents THEN shown ELSE [] END AS a
       MATCH (a)-[m:MENTIONED_IN]->(s:Sentence)<-[h:HAS_SENTENCE]-(d:Document)
       WITH m, s, h, d LIMIT 2000
       RETURN collect(m) + collect(s) + collect(h) + collect(d) AS provenance
     }
     RETURN shown, eventRels, structural, provenance`,
    { events: neo4j.int(events), documents },
  );
  return collect(r.records);
}

/** A node and everything one step away (an Event's actors come with it), for exploring from a starting point. */
export async function neighbourhood(driver: Driver, database: string, key: string, documents: boolean): Promise<ViewGraph> {
  const [label, id] = [labelOfKey(key), idOfKey(key)];
  const types = (documents ? [...FACT_TYPES, ...PROVENANCE] : FACT_TYPES).join("|");
  const r = await read(
    driver,
    database,
    `MATCH (n:\`${label!.replace(/`/g, "")}\` {id: $id})
     OPTIONAL MATCH (n)-[r:${types}]-(m)
     WITH n, r, m LIMIT 500
     OPTIONAL MATCH (m:Event)-[r2:SOURCE|TARGET]->(a)
     RETURN n, r, m, collect(r2) AS r2, collect(a) AS a`,
    { id },
  );
  return collect(r.records);
}

/** Properties, relationships grouped by type, and the sentences that mention it with the mention marked. */
export async function details(driver: Driver, database: string, key: string): Promise<NodeDetails | null> {
  const [label, id] = [labelOfKey(key), idOfKey(key)];
  const r = await read(
    driver,
    database,
    `MATCH (n:\`${label!.replace(/`/g, "")}\` {id: $id})
     CALL (n) {
       OPTIONAL MATCH (n)-[r]-(m) WHERE NOT type(r) IN ['MENTIONED_IN', 'HAS_SENTENCE', 'ACTIVE']
       WITH r, m LIMIT 300
       RETURN collect({type: type(r), out: startNode(r) = n, other: ${keyOfNode("m")},
                       name: coalesce(m.name, m.label, m.id), label: ${ownLabel("m")}, props: properties(r)}) AS rels
     }
     CALL (n) {
       OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
       WITH m, s, d ORDER BY d.published DESC, s.index LIMIT 50
       RETURN collect({text: s.text, start: s.start, spans: coalesce(m.spans, [m.start, m.end]), title: d.title, published: d.published, url: d.url, language: d.language}) AS ev
     }
     RETURN properties(n) AS props, rels, ev`,
    { id },
  );
  const rec = r.records[0];
  if (!rec) return null;
  const relationships: NodeDetails["relationships"] = {};
  for (const x of toPlain(rec.get("rels")) as { type: string | null; out: boolean; other: string; name: string; label: string; props: Record<string, unknown> }[]) {
    if (!x.type) continue;
    (relationships[x.type] ??= []).push({ direction: x.out ? "out" : "in", other: x.other, name: x.name, label: x.label, properties: x.props });
  }
  const evidence: Evidence[] = (toPlain(rec.get("ev")) as { text: string | null; start: number; spans: number[] | null; title?: string; published?: string; url?: string; language?: string }[])
    .filter((e) => e.text)
    .map((e) => {
      const spans = e.spans ?? [];
      const highlights: [number, number][] = [];
      for (let i = 0; i + 1 < spans.length; i += 2) highlights.push([spans[i]! - e.start, spans[i + 1]! - e.start]);
      return { sentence: e.text!, highlights, title: e.title, published: e.published, url: e.url, language: e.language };
    });
  return { key, properties: toPlain(rec.get("props")) as Record<string, unknown>, relationships, evidence };
}

/** Completion over names and aliases in any language: every word a prefix, accents and case ignored. */
export async function search(driver: Driver, database: string, text: string): Promise<SearchHit[]> {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return [];
  const lucene = words.map((w) => `${w}*`).join(" AND ");
  const r = await read(
    driver,
    database,
    `CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 20}) YIELD node, score
     RETURN ${keyOfNode("node")} AS key, node.name AS name,
            ${ownLabel("node")} AS label, node.aliases AS aliases, score
     ORDER BY score DESC, coalesce(node.mentions, 0) DESC LIMIT 10`,
    { q: lucene },
  );
  const q = fold(text).trim();
  return r.records.map((x) => {
    const names = [x.get("name") as string, ...((x.get("aliases") as string[] | null) ?? [])];
    const matched = names.find((n) => fold(n).startsWith(q)) ?? names.find((n) => fold(n).includes(words[0]!)) ?? names[0]!;
    return { key: x.get("key"), name: x.get("name"), label: x.get("label"), matched };
  });
}

/** Read-only Cypher from the viewer's box: refused unless read-only, capped and timed out, drawn as a graph. */
export async function cypher(driver: Driver, database: string, query: string, params: Record<string, unknown>, maxRows = 2000): Promise<CypherResult> {
  const result = await runReadOnly(driver, query, params, { database, timeoutMs: 10_000, maxRows });
  return { columns: result.columns, rows: result.rows.slice(0, 200), truncated: result.truncated, graph: collect(result.records) };
}
