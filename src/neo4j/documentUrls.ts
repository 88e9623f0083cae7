/**
 * A Document is one text; the URLs it was seen at are its `url` (the first) and, once the same text
 * came from more than one address (a syndicated copy: an agency story on several sites), `urls`, all
 * of them in the order seen, `url` first. Read both as `coalesce(d.urls, [d.url])`. A URL shows one
 * text at a time: when another text arrives at it, the URL leaves the Document it showed until then,
 * and a Document left with no URL at all is replaced (its facts removed) as before.
 *
 * `urls` exists only on syndicated Documents, so "which document lists this URL" is an index scan
 * over those few (document_urls) instead of a scan of every document.
 */
import type { ManagedTransaction } from "neo4j-driver";

export interface IncomingDocument {
  id: string;
  url?: string;
}

/** What the stored documents say about a batch's documents. */
export interface Existing {
  /** Stored already, by the current extractor: nothing to extract or write again. */
  same: Set<string>;
  /** URLs to add to stored documents (syndicated copies), by document id. */
  add: Map<string, string[]>;
  /** URLs that now show another text, to take off documents that keep other URLs, by document id. */
  detach: Map<string, string[]>;
  /** Documents to remove before the batch is written: by an older extractor, or left without a URL. */
  replace: string[];
  /** The URLs of a document written again under the same id (by a newer extractor), to carry over. */
  carried: Map<string, string[]>;
  /** Incoming documents whose URL showed another text until now. */
  displaced: Set<string>;
}

const q = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Per incoming document: the stored document of its id (current or stale, with its URLs), and the
 * other documents that its URL has shown until now, found by first URL (document_url) or among the
 * syndicated URLs (document_urls), each with all its URLs.
 */
const FIND = q(`UNWIND $docs AS doc
  OPTIONAL MATCH (same:Document {id: doc.id})
  CALL (doc) {
    OPTIONAL MATCH (a:Document) WHERE doc.url IS NOT NULL AND a.url = doc.url AND a.id <> doc.id
    RETURN collect(a) AS byFirst
  }
  CALL (doc) {
    OPTIONAL MATCH (b:Document) WHERE doc.url IS NOT NULL AND b.urls IS NOT NULL AND doc.url IN b.urls AND b.id <> doc.id
    RETURN collect(b) AS byOther
  }
  WITH doc, same, byFirst + [b IN byOther WHERE NOT b IN byFirst] AS shown
  RETURN doc.id AS id, same IS NOT NULL AS stored, coalesce(same.extractor = $version, false) AS current,
         [u IN coalesce(same.urls, [same.url]) WHERE u IS NOT NULL] AS storedUrls,
         [d IN shown | {id: d.id, urls: coalesce(d.urls, [d.url])}] AS others`);

export async function findExisting(tx: ManagedTransaction, docs: IncomingDocument[], version: string): Promise<Existing> {
  const r = await tx.run(FIND, { docs: docs.map((d) => ({ id: d.id, url: d.url ?? null })), version });
  const out: Existing = { same: new Set(), add: new Map(), detach: new Map(), replace: [], carried: new Map(), displaced: new Set() };
  const push = (m: Map<string, string[]>, id: string, url: string) => {
    const list = m.get(id) ?? [];
    if (!list.includes(url)) list.push(url);
    m.set(id, list);
  };
  r.records.forEach((rec, i) => {
    const id = rec.get("id") as string;
    const url = docs[i]!.url;
    const storedUrls = rec.get("storedUrls") as string[];
    if (rec.get("current")) {
      out.same.add(id);
      if (url && !storedUrls.includes(url)) push(out.add, id, url);
    } else if (rec.get("stored")) {
      out.replace.push(id);
      out.carried.set(id, storedUrls);
    }
    for (const other of rec.get("others") as { id: string; urls: string[] }[]) {
      out.displaced.add(id);
      if (other.urls.some((u) => u !== url)) push(out.detach, other.id, url!);
      else out.replace.push(other.id);
    }
  });
  out.replace = [...new Set(out.replace)];
  // A document that goes keeps no URL to take off.
  for (const id of out.replace) out.detach.delete(id);
  return out;
}

/** Appends URLs to documents, keeping the first as `url` and writing `urls` only past one. */
export const ADD_URLS = q(`UNWIND $rows AS row
  MATCH (d:Document {id: row.id})
  WITH d, reduce(acc = [u IN coalesce(d.urls, [d.url]) WHERE u IS NOT NULL], u IN row.urls | CASE WHEN u IN acc THEN acc ELSE acc + u END) AS seen
  SET d.url = seen[0], d.urls = CASE WHEN size(seen) > 1 THEN seen ELSE null END`);

/** Takes URLs off documents that keep others; the next one up becomes `url`. */
export const DETACH_URLS = q(`UNWIND $rows AS row
  MATCH (d:Document {id: row.id})
  WITH d, [u IN coalesce(d.urls, [d.url]) WHERE NOT u IN row.urls] AS rest
  SET d.url = rest[0], d.urls = CASE WHEN size(rest) > 1 THEN rest ELSE null END`);

export const rowsOf = (m: Map<string, string[]>) => [...m].map(([id, urls]) => ({ id, urls }));

/** A new Document's url and urls: the URLs it carries over first, then its own. */
export function documentUrls(carried: string[] | undefined, own: string[]): { url?: string; urls?: string[] } {
  const all = [...new Set([...(carried ?? []), ...own])];
  return all.length > 1 ? { url: all[0], urls: all } : all.length ? { url: all[0] } : {};
}
