/**
 * Writes article graphs into Neo4j: one transaction per batch of articles (a failed batch is
 * retried one article per transaction, so an article is in the graph whole or not at all),
 * UNWIND + MERGE on ids, and provenance kept so that a changed article replaces only its own facts.
 */
import type { Driver, ManagedTransaction, QueryResult } from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { planWrites, type Props, type WritePlan } from "./plan.js";
import { MARK_MONTHS, MONTHS_OF_DOCUMENTS, monthsOfPlan } from "./activity.js";
import { SYMMETRIC_TYPES } from "../model/plover.js";
import { nodeKey } from "../model/keys.js";
import { lookupLabelsOf, type NodeLabel } from "../model/labels.js";
import { PROVENANCE } from "../model/relationships.js";
import { keyOfNode, ownLabel } from "./cypher.js";
import { ADD_URLS, DETACH_URLS, documentUrls, findExisting, rowsOf, type Existing } from "./documentUrls.js";

/** Bumped when extraction changes, so that re-ingesting an unchanged article re-extracts it once. */
export const EXTRACTOR_VERSION = "2";

export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
}

export interface ArticleOutcome {
  document: string;
  /** `syndicated`: a text already stored, from a new URL, which was added to its Document. */
  status: "written" | "unchanged" | "replaced" | "syndicated";
}

export interface WriteOptions {
  database: string;
  /** Tests only: throw after this many statements inside the transaction. */
  failAfterStatements?: number;
}

const zero = (): WriteCounts => ({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });

export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesUpdated: a.nodesUpdated + b.nodesUpdated,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    relationshipsUpdated: a.relationshipsUpdated + b.relationshipsUpdated,
  };
}

const q = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A node's MERGE sets `_tx` when it creates the node and removes it in the same statement, so the
 * mark never reaches the store: it only tells the statement which rows it created. A relationship
 * with a created end is new for sure and is CREATEd, skipping MERGE's search of the existing ones.
 * Another transaction that MERGEs the same node waits on its lock until this one commits, so it
 * never sees the node half-made and takes the MERGE path.
 */
const MARK = "_tx";

const EVENT_NEW = q(`n.type = row.props.type, n.mode = row.props.mode, n.label = row.props.label, n.name = row.props.name,
  n.status = row.props.status, n.date = row.props.date, n.dateText = row.props.dateText, n.quantity = row.props.quantity,
  n.quantityText = row.props.quantityText, n.confidence = row.props.confidence, n.dyads = row.props.dyads,
  n.reports = row.docs, n.firstReported = row.first, n.lastReported = row.last, n.${MARK} = true`);
const EVENT_SEEN = q(`n.mode = coalesce(n.mode, row.props.mode), n.label = coalesce(n.label, row.props.label),
  n.name = coalesce(n.name, row.props.name), n.status = coalesce(n.status, row.props.status),
  n.date = CASE WHEN row.props.date IS NOT NULL AND (n.date IS NULL OR size(row.props.date) > size(n.date)) THEN row.props.date ELSE n.date END,
  n.dateText = CASE WHEN n.dateText IS NULL THEN row.props.dateText ELSE n.dateText END,
  n.quantity = CASE WHEN row.props.quantity IS NOT NULL AND (n.quantity IS NULL OR row.props.quantity > n.quantity) THEN row.props.quantity ELSE n.quantity END,
  n.quantityText = coalesce(n.quantityText, row.props.quantityText),
  n.confidence = CASE WHEN n.confidence IS NULL OR row.props.confidence > n.confidence THEN row.props.confidence ELSE n.confidence END,
  n.dyads = CASE WHEN row.props.dyads IS NULL THEN n.dyads ELSE coalesce(n.dyads, []) + [x IN row.props.dyads WHERE NOT x IN coalesce(n.dyads, [])] END,
  n.reports = coalesce(n.reports, 0) + row.docs,
  n.firstReported = CASE WHEN n.firstReported IS NULL OR row.first < n.firstReported THEN row.first ELSE n.firstReported END,
  n.lastReported = CASE WHEN n.lastReported IS NULL OR row.last > n.lastReported THEN row.last ELSE n.lastReported END`);
const ENTITY_NEW = q(`n += row.props, n.aliases = coalesce(row.props.aliases, []), n.mentions = row.mentions, n.documents = row.docs,
  n.firstSeen = row.first, n.lastSeen = row.last, n.${MARK} = true`);
/** What one article says of an entity must not overwrite what others said. */
const ENTITY_SEEN = q(`n.name = coalesce(n.name, row.props.name), n.wikidata = coalesce(n.wikidata, row.props.wikidata),
  n.iso2 = coalesce(n.iso2, row.props.iso2), n.kind = coalesce(n.kind, row.props.kind), n.role = coalesce(n.role, row.props.role),
  n.status = coalesce(row.props.status, n.status), n.date = coalesce(n.date, row.props.date),
  n.confidence = CASE WHEN n.confidence IS NULL OR row.props.confidence > n.confidence THEN row.props.confidence ELSE n.confidence END,
  n.aliases = coalesce(n.aliases, []) + [x IN coalesce(row.props.aliases, []) WHERE NOT x IN coalesce(n.aliases, [])],
  n.mentions = coalesce(n.mentions, 0) + row.mentions, n.documents = coalesce(n.documents, 0) + row.docs,
  n.firstSeen = CASE WHEN n.firstSeen IS NULL OR row.first < n.firstSeen THEN row.first ELSE n.firstSeen END,
  n.lastSeen = CASE WHEN n.lastSeen IS NULL OR row.last > n.lastSeen THEN row.last ELSE n.lastSeen END`);

/** Labels whose nodes are new with each document version (the document is fresh or was removed first). */
const PER_DOCUMENT: ReadonlySet<string> = new Set<NodeLabel>(["Document", "Sentence"]);

/**
 * Statements are prefixed `CYPHER replan=skip`: their plans are index seeks whatever the data, and
 * a fast-growing graph would otherwise have them replanned again and again as its statistics move.
 */
const WRITE = "CYPHER replan=skip ";

/** Each statement returns, per row, the node's id, its element id and whether it was created. */
function nodeStatement(label: string): string {
  if (PER_DOCUMENT.has(label)) return `${WRITE}UNWIND $rows AS row CREATE (n:\`${label}\` {id: row.id}) SET n += row.props RETURN collect([n.id, elementId(n), true]) AS nodes`;
  const [created, seen] = label === "Event" ? [EVENT_NEW, EVENT_SEEN] : [ENTITY_NEW, ENTITY_SEEN];
  // A separate SET reads the values the ON MATCH just wrote.
  // The look-up labels let one index serve "any actor" and "any entity" look-ups.
  const lookup = lookupLabelsOf(label).map((l) => `:${l}`).join("");
  const after = label === "Event" ? " SET n.when = coalesce(n.date, n.firstReported)" : lookup ? ` SET n${lookup}` : "";
  return `${WRITE}UNWIND $rows AS row MERGE (n:\`${label}\` {id: row.id}) ON CREATE SET ${created} ON MATCH SET ${seen}${after}
    WITH n, n.${MARK} IS NOT NULL AS created REMOVE n.${MARK} RETURN collect([n.id, elementId(n), created]) AS nodes`;
}

/** A property name as Cypher reads it, whatever characters it holds. */
const prop = (k: string) => "`" + k.replace(/`/g, "``") + "`";

/** Properties a MERGEd relationship reads on match, so they always have a column. */
const MERGED_KEYS = ["evidence", "confidence", "role", "basis"];

/**
 * Relationship rows are lists, `[from, to, ...values]`, one column per property name of the group:
 * the names are written once, in the statement, instead of in every row. Ends are found by element
 * id, which the node statements of the same transaction returned (`$p` is their common prefix): a
 * direct record read instead of two locking index seeks per row. A null value sets nothing.
 */
function relStatement(type: string, keys: string[], merge: boolean): string {
  const match = `${WRITE}UNWIND $rows AS row MATCH (a) WHERE elementId(a) = $p + row[0] MATCH (b) WHERE elementId(b) = $p + row[1]`;
  const col = (k: string) => `row[${keys.indexOf(k) + 2}]`;
  if (!merge) return `${match} CREATE (a)-[r:${prop(type)} {${keys.map((k) => `${prop(k)}: ${col(k)}`).join(", ")}}]->(b) RETURN count(*) AS rows`;
  return q(`${match}
    MERGE (a)-[r:${prop(type)}]->(b)
    ON CREATE SET ${keys.map((k) => `r.${prop(k)} = ${col(k)}`).join(", ")}
    ON MATCH SET r.evidence = coalesce(r.evidence, []) + [x IN coalesce(${col("evidence")}, []) WHERE NOT x IN coalesce(r.evidence, [])],
      r.confidence = CASE WHEN ${col("confidence")} > r.confidence OR r.confidence IS NULL THEN ${col("confidence")} ELSE r.confidence END,
      r.role = coalesce(r.role, ${col("role")}), r.basis = CASE WHEN ${col("basis")} = 'text' THEN 'text' ELSE r.basis END
    RETURN count(*) AS rows`);
}

/** The property names of a group of rows, in a stable order, with those a MERGE reads. */
function columns(rows: Props[], merge: boolean): string[] {
  const keys = new Set<string>(merge ? MERGED_KEYS : []);
  for (const props of rows) for (const k in props) keys.add(k);
  return [...keys].sort();
}

/** The longest prefix the strings share. */
function commonPrefix(xs: string[]): string {
  let p: string | undefined;
  for (const x of xs) {
    if (p === undefined) p = x;
    else while (!x.startsWith(p)) p = p.slice(0, -1);
    if (!p) return "";
  }
  return p ?? "";
}

/** Relationships new with each document version (their end is a sentence): CREATE is enough. */
const ALWAYS_FRESH: ReadonlySet<string> = new Set(PROVENANCE);

interface Written {
  eid: string;
  created: boolean;
}

interface Statement {
  query: string;
  params: Record<string, unknown>;
  rows: number;
}

/**
 * The statements that write a plan's relationships, given what the node statements returned for
 * every `Label:id`: per type, one CREATE for rows with an end created in this transaction and one
 * MERGE for the others.
 */
function relationshipStatements(plan: WritePlan, nodes: Map<string, Written>): Statement[] {
  // Element ids are opaque strings; only the prefix they share is sent once instead of per row.
  const p = commonPrefix(Array.from(nodes.values(), (n) => n.eid));
  const out: Statement[] = [];
  for (const [key, rows] of plan.rels) {
    const [type, from, to] = key.split("|") as [string, string, string];
    const groups = { create: [] as [Written, Written, Props][], merge: [] as [Written, Written, Props][] };
    for (const row of rows) {
      const a = nodes.get(nodeKey(from, row.from));
      const b = nodes.get(nodeKey(to, row.to));
      if (!a || !b) throw new Error(`${type} relationship from ${from}:${row.from} to ${to}:${row.to} has an end that is not a node of its graph`);
      groups[ALWAYS_FRESH.has(type) || a.created || b.created ? "create" : "merge"].push([a, b, row.props]);
    }
    for (const merge of [false, true]) {
      const group = merge ? groups.merge : groups.create;
      if (!group.length) continue;
      const keys = columns(group.map(([, , props]) => props), merge);
      const values = group.map(([a, b, props]) => [a.eid.slice(p.length), b.eid.slice(p.length), ...keys.map((k) => props[k] ?? null)]);
      out.push({ query: relStatement(type, keys, merge), params: { rows: values, p }, rows: group.length });
    }
  }
  return out;
}

/**
 * Removes what documents contributed: their sentences and mentions, their ids in the evidence of
 * every relationship, relationships and events left without evidence, entities left with nothing.
 */
const REMOVE_DOCUMENTS = q(`
  UNWIND $docs AS docId
  MATCH (d:Document {id: docId})
  OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
  OPTIONAL MATCH (s)<-[:MENTIONED_IN]-(n)
  WITH docId, d, collect(DISTINCT s) AS sentences, collect(DISTINCT n) AS touched
  CALL (docId, touched) {
    UNWIND touched AS n
    MATCH (n)-[r]-()
    WHERE r.evidence IS NOT NULL AND any(x IN r.evidence WHERE x STARTS WITH docId + ':')
    WITH DISTINCT r, [x IN r.evidence WHERE NOT x STARTS WITH docId + ':'] AS rest
    FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
    FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET r.evidence = rest)
  }
  FOREACH (s IN sentences | DETACH DELETE s)
  DETACH DELETE d
  WITH touched
  UNWIND touched AS n
  WITH DISTINCT n
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
  WITH n, count(m) AS mentions
  WITH n, mentions = 0 AND (n:Event OR NOT EXISTS { (n)-[r]-() WHERE type(r) <> 'ACTIVE' }) AS gone
  FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DETACH DELETE n)
  WITH n, gone WHERE NOT gone
  RETURN ${ownLabel("n")} AS label, n.id AS id`);

/** An event's pairs, rebuilt from its SOURCE and TARGET relationships ($symmetric: SYMMETRIC_TYPES). */
export const EVENT_DYADS = q(`WITH n CALL (n) {
      OPTIONAL MATCH (n)-[side:SOURCE|TARGET]->(a:Actor)
      WITH type(side) AS side, ${keyOfNode("a")} AS k
      WITH collect(CASE side WHEN 'SOURCE' THEN k END) AS ss, collect(CASE side WHEN 'TARGET' THEN k END) AS ts
      UNWIND ss AS a
      UNWIND ts + CASE WHEN n.type IN $symmetric THEN ss ELSE [] END AS b
      WITH DISTINCT a, b, ts WHERE a <> b AND (b IN ts OR a < b)
      WITH a + '>' + b AS d ORDER BY d
      RETURN collect(d) AS dyads
    } SET n.dyads = CASE WHEN size(dyads) = 0 THEN null ELSE dyads END`);

/**
 * Aliases, mention and report counts, first and last seen, recomputed from the mentions that remain:
 * needed only after a document was removed (writes keep them up to date incrementally).
 */
function refreshStatement(label: string): string {
  const counts = label === "Event" ? "n.reports = docs, n.firstReported = first, n.lastReported = last" : "n.mentions = c, n.documents = docs, n.firstSeen = first, n.lastSeen = last";
  const aliases = label === "Event" ? "" : ", n.aliases = reduce(acc = [], x IN reduce(f = [], l IN ss | f + l) | CASE WHEN x IN acc THEN acc ELSE acc + x END)";
  return q(`UNWIND $ids AS id MATCH (n:\`${label}\` {id: id})
    OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(d:Document)
    WITH n, collect(CASE WHEN m.surfaces IS NOT NULL THEN m.surfaces WHEN m.surface IS NOT NULL THEN [m.surface] ELSE [] END) AS ss, sum(coalesce(m.count, 0)) AS c, count(DISTINCT d) AS docs, min(d.published) AS first, max(d.published) AS last
    SET ${counts}${aliases}${label === "Event" ? " " + EVENT_DYADS : ""}`);
}

/**
 * Each article's outcome, in batch order. A text seen a second time (stored, or earlier in the batch)
 * is a syndicated copy when it brings a URL its Document lacked, and unchanged otherwise.
 */
function outcomesOf(docs: { id: string; url?: string }[], found: Existing): ArticleOutcome[] {
  const urls = new Map<string, Set<string>>();
  return docs.map((d) => {
    const known = urls.get(d.id);
    const url = d.url ?? "";
    let status: ArticleOutcome["status"];
    if (found.same.has(d.id)) status = d.url && found.add.get(d.id)?.includes(d.url) && !known?.has(url) ? "syndicated" : "unchanged";
    else if (known) status = d.url && !known.has(url) ? "syndicated" : "unchanged";
    else status = found.carried.has(d.id) || found.displaced.has(d.id) ? "replaced" : "written";
    urls.set(d.id, (known ?? new Set(found.carried.get(d.id))).add(url));
    return { document: d.id, status };
  });
}

function counted(r: QueryResult, rows: number, created: "nodes" | "rels"): WriteCounts {
  const c = r.summary.counters.updates();
  const n = created === "nodes" ? c.nodesCreated : c.relationshipsCreated;
  return created === "nodes"
    ? { ...zero(), nodesCreated: n, nodesUpdated: rows - n }
    : { ...zero(), relationshipsCreated: n, relationshipsUpdated: rows - n };
}

/** Writes one batch of article graphs in one transaction. */
async function writeBatch(driver: Driver, graphs: SerializedGraph[], opts: WriteOptions): Promise<{ counts: WriteCounts; outcomes: ArticleOutcome[] }> {
  const session = driver.session({ database: opts.database });
  try {
    return await session.executeWrite(async (tx) => {
      let statements = 0;
      const run = (query: string, params: Record<string, unknown>) => {
        if (opts.failAfterStatements !== undefined && statements >= opts.failAfterStatements) return Promise.reject(new Error("injected failure"));
        statements++;
        return tx.run(query, params) as unknown as Promise<QueryResult>;
      };
      const docs = graphs.map((g) => {
        const d = g.nodes.find((n) => (n.attributes?.labels as string[] | undefined)?.[0] === "Document")!;
        return { id: String(d.attributes!.id), url: d.attributes!.url as string | undefined };
      });
      const found = await findExisting(tx, docs, EXTRACTOR_VERSION);
      const { same, replace } = found;
      const fresh = graphs.filter((_, i) => !same.has(docs[i]!.id));
      const outcomes = outcomesOf(docs, found);
      let counts = zero();
      if (found.detach.size) await run(DETACH_URLS, { rows: rowsOf(found.detach) });
      if (found.add.size) await run(ADD_URLS, { rows: rowsOf(found.add) });
      const months = new Set<string>();
      if (replace.length) {
        const before = await run(MONTHS_OF_DOCUMENTS, { docs: replace });
        for (const m of (before.records[0]?.get("months") as string[] | undefined) ?? []) months.add(m);
        const removed = await run(REMOVE_DOCUMENTS, { docs: replace });
        const byLabel = new Map<string, string[]>();
        for (const r of removed.records) byLabel.set(r.get("label"), [...(byLabel.get(r.get("label")) ?? []), r.get("id")]);
        for (const [label, ids] of byLabel) if (label !== "Sentence" && label !== "Document") await run(refreshStatement(label), { ids, symmetric: [...SYMMETRIC_TYPES] });
      }
      if (!fresh.length) {
        if (months.size) await run(MARK_MONTHS, { months: [...months].sort() });
        return { counts, outcomes };
      }
      const plan: WritePlan = planWrites(fresh);
      for (const row of plan.nodes.get("Document") ?? []) {
        row.props.extractor = EXTRACTOR_VERSION;
        const own = (row.props.urls as string[] | undefined) ?? (row.props.url ? [String(row.props.url)] : []);
        delete row.props.url;
        delete row.props.urls;
        Object.assign(row.props, documentUrls(found.carried.get(row.id), own));
      }
      // Statements are sent without waiting for each other: the driver pipelines them in order on
      // one transaction, so the nodes cost one round trip and the relationships another.
      const nodes = new Map<string, Written>();
      const written = await Promise.all(
        [...plan.nodes].map(([label, rows]) =>
          run(nodeStatement(label), { rows }).then((r) => {
            for (const [id, eid, created] of (r.records[0]?.get("nodes") ?? []) as [string, string, boolean][]) nodes.set(nodeKey(label, id), { eid, created });
            return counted(r, rows.length, "nodes");
          }),
        ),
      );
      for (const c of written) counts = addCounts(counts, c);
      const pending = relationshipStatements(plan, nodes).map((st) => run(st.query, st.params).then((r) => counted(r, st.rows, "rels")));
      for (const c of await Promise.all(pending)) counts = addCounts(counts, c);
      for (const m of monthsOfPlan(plan)) months.add(m);
      await run(MARK_MONTHS, { months: [...months].sort() });
      return { counts, outcomes };
    });
  } finally {
    await session.close();
  }
}

export interface IngestResult {
  counts: WriteCounts;
  outcomes: ArticleOutcome[];
  failures: { document: string; error: string }[];
}

/**
 * Writes graphs in batches; when a batch fails, each of its articles is tried alone so that one bad
 * article costs only itself.
 */
export async function writeGraphs(driver: Driver, graphs: SerializedGraph[], opts: WriteOptions & { batchSize?: number; concurrency?: number }): Promise<IngestResult> {
  const result: IngestResult = { counts: zero(), outcomes: [], failures: [] };
  const size = Math.max(1, opts.batchSize ?? 1);
  const batches: SerializedGraph[][] = [];
  for (let i = 0; i < graphs.length; i += size) batches.push(graphs.slice(i, i + size));
  // Batches of different articles may run side by side: MERGE on unique ids keeps entities single,
  // and a deadlock between two of them is a transient error that executeWrite retries.
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await one(batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker));
  return result;

  async function one(batch: SerializedGraph[]): Promise<void> {
    try {
      const r = await writeBatch(driver, batch, opts);
      result.counts = addCounts(result.counts, r.counts);
      result.outcomes.push(...r.outcomes);
    } catch (err) {
      if (batch.length === 1) {
        const d = batch[0]!.nodes.find((n) => (n.attributes?.labels as string[] | undefined)?.[0] === "Document");
        result.failures.push({ document: String(d?.attributes?.id ?? "?"), error: (err as Error).message.split("\n")[0]! });
        return;
      }
      const r = await writeGraphs(driver, batch, { ...opts, batchSize: 1, concurrency: 1 });
      result.counts = addCounts(result.counts, r.counts);
      result.outcomes.push(...r.outcomes);
      result.failures.push(...r.failures);
    }
  }
}

/**
 * Empties the database, 10,000 nodes per managed transaction that the driver retries (a cluster or
 * Aura may switch leaders in between): `CALL { } IN TRANSACTIONS` would need an auto-commit one.
 */
export async function resetDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (;;) {
      const r = await session.executeWrite((tx) => tx.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted"));
      if (Number(r.records[0]?.get("deleted") ?? 0) === 0) return;
    }
  } finally {
    await session.close();
  }
}
