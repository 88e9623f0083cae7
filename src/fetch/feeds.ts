/**
 * Feeds to lists of article links: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed through feedsmith;
 * news sitemaps (and sitemap indexes, whose sitemaps are read in turn) through fast-xml-parser.
 * An item is its link (absolute, against the feed's URL), the key it is remembered by (its guid or
 * id, else its link) and the feed's date for it, used when the page gives none.
 */
import { parseFeed } from "feedsmith";
import { XMLParser } from "fast-xml-parser";

export interface FeedItem {
  /** What the item is remembered by between runs: guid / id, else the link. */
  key: string;
  url: string;
  title?: string;
  /** The feed's date for the item, as the feed wrote it (checked when used). */
  published?: string;
}

export type FeedFormat = "rss" | "atom" | "json" | "rdf" | "sitemap" | "sitemapindex";

export interface ParsedFeed {
  format: FeedFormat;
  items: FeedItem[];
  /** A sitemap index's sitemaps, to be read in turn. */
  sitemaps: string[];
}

const absolute = (href: string | undefined, base: string): string | undefined => {
  if (!href?.trim()) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
};

const text = (x: unknown): string | undefined => {
  if (x === undefined || x === null) return undefined;
  if (typeof x === "object") return text((x as { value?: unknown; "#text"?: unknown }).value ?? (x as { "#text"?: unknown })["#text"]);
  const s = String(x).trim();
  return s || undefined;
};

export function parseFeedBody(body: string, feedUrl: string): ParsedFeed {
  const head = body.replace(/^\uFEFF/, "").trimStart().slice(0, 2048);
  if (head.startsWith("<") && /<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]/.test(body.slice(0, 65536))) return parseSitemap(body, feedUrl);
  let parsed;
  try {
    parsed = parseFeed(body);
  } catch (err) {
    throw new Error(`not a feed: ${(err as Error).message} (RSS, Atom, JSON Feed or a news sitemap expected)`);
  }
  const items: FeedItem[] = [];
  const push = (key: string | undefined, link: string | undefined, title: unknown, published: unknown) => {
    const url = absolute(link, feedUrl);
    if (!url) return;
    items.push({ key: key?.trim() || url, url, title: text(title), published: text(published) });
  };
  switch (parsed.format) {
    case "rss":
      for (const it of parsed.feed.items ?? []) {
        const guid = it.guid as { value?: string; isPermaLink?: boolean } | string | undefined;
        const guidValue = typeof guid === "string" ? guid : guid?.value;
        const permalink = typeof guid === "object" && guid?.isPermaLink !== false ? guidValue : undefined;
        push(guidValue, it.link ?? permalink, it.title, it.pubDate ?? it.dc?.dates?.[0] ?? it.dcterms?.created);
      }
      break;
    case "rdf":
      for (const it of parsed.feed.items ?? []) push(undefined, it.link, it.title, it.dc?.dates?.[0]);
      break;
    case "atom":
      for (const e of parsed.feed.entries ?? []) {
        const links = e.links ?? [];
        const link = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
        push(e.id, link?.href, e.title, e.published ?? e.updated);
      }
      break;
    case "json":
      for (const it of parsed.feed.items ?? []) push(it.id, it.url ?? it.external_url, it.title, it.date_published ?? it.date_modified);
      break;
  }
  return { format: parsed.format, items, sitemaps: [] };
}

const xml = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, isArray: (name) => name === "url" || name === "sitemap", processEntities: true, htmlEntities: true });

/** A news sitemap (its news:publication_date, else lastmod) or a sitemap index. */
function parseSitemap(body: string, feedUrl: string): ParsedFeed {
  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(body) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`malformed sitemap: ${(err as Error).message.split("\n")[0]}`);
  }
  type Entry = { loc?: unknown; lastmod?: unknown; news?: { publication_date?: unknown; title?: unknown } };
  if (doc.sitemapindex) {
    const maps = ((doc.sitemapindex as { sitemap?: Entry[] }).sitemap ?? []).map((s) => absolute(text(s.loc), feedUrl)).filter((u): u is string => !!u);
    return { format: "sitemapindex", items: [], sitemaps: maps };
  }
  const urls = ((doc.urlset as { url?: Entry[] } | undefined)?.url ?? []) as Entry[];
  const items: FeedItem[] = [];
  for (const u of urls) {
    const url = absolute(text(u.loc), feedUrl);
    if (url) items.push({ key: url, url, title: text(u.news?.title), published: text(u.news?.publication_date) ?? text(u.lastmod) });
  }
  return { format: "sitemap", items, sitemaps: [] };
}
