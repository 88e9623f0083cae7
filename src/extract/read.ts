/**
 * Articles from files: .txt/.md (optional YAML front matter), .html (readability), .jsonl (one
 * article per line). Every problem becomes one InputError naming the file (and line); the
 * other articles of a batch still come through.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parse as parseYaml } from "yaml";
import type { Article } from "./types.js";
import { decodeText, type Decoded } from "./encoding.js";

export interface InputError {
  source: string;
  message: string;
}

export interface ReadResult {
  articles: Article[];
  errors: InputError[];
  /** Read all the same, but the user should know (a file that was not UTF-8). */
  warnings: InputError[];
}

export const MAX_BYTES = 10 * 1024 * 1024;
export const EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"];

function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new Error("empty file");
  if (bytes.subarray(0, 8192).includes(0)) throw new Error("binary file (NUL bytes), not text");
  return decodeText(bytes);
}

const isoDate = (x: unknown): string | undefined => {
  if (x === undefined || x === null || x === "") return undefined;
  const d = x instanceof Date ? x : new Date(String(x));
  if (Number.isNaN(d.getTime())) throw new Error(`'published' is not a date: ${JSON.stringify(x)}`);
  return d.toISOString().slice(0, 10);
};

function fromMeta(source: string, meta: Record<string, unknown>, text: string): Article {
  if (!text.trim()) throw new Error("no article text");
  const str = (k: string) => (meta[k] === undefined || meta[k] === null ? undefined : String(meta[k]));
  return { source, text, title: str("title"), url: str("url"), publisher: str("publisher"), language: str("language"), published: isoDate(meta.published) };
}

export function parseText(source: string, raw: string): Article {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!fm) {
    if (raw.startsWith("---\n")) throw new Error("front matter opened with '---' but never closed");
    return fromMeta(source, {}, raw);
  }
  let meta: unknown;
  try {
    meta = parseYaml(fm[1]!);
  } catch (err) {
    meta = flatKeyValues(fm[1]!);
    if (!meta) throw new Error(`malformed front matter: ${(err as Error).message.split("\n")[0]}`);
  }
  if (meta !== null && (typeof meta !== "object" || Array.isArray(meta))) throw new Error("malformed front matter: not a key: value map");
  return fromMeta(source, (meta ?? {}) as Record<string, unknown>, raw.slice(fm[0].length));
}

/**
 * Hand-written front matter often has a title with a colon in it ("title: Modi state visit: US and
 * India..."), which YAML refuses. When every line is a plain "key: value", the line says what was
 * meant: the key ends at the first colon, the value is the rest.
 */
function flatKeyValues(block: string): Record<string, string> | undefined {
  const meta: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    // A value opening a YAML structure ("[", "{", a quote, a block scalar...) was meant as YAML.
    const m = /^([A-Za-z_][\w-]*):[ \t]+([^\s\[{"'|>&*!%@`].*)$/.exec(line);
    if (!m) return undefined;
    meta[m[1]!] = m[2]!.trim();
  }
  return meta;
}

/** Block elements: each starts a line of the text, as a browser would lay them out. */
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, section, article, header, footer, figcaption, td, th, br, hr";

/**
 * The text of a page's body with its blocks as lines, scripts and styles left out: of the article
 * Readability found, or of the whole body when it found none (a fragment, a short body).
 */
function visibleText(document: { body: Element | null }): string {
  const body = document.body;
  if (!body) return "";
  for (const el of Array.from(body.querySelectorAll("script, style, noscript, template"))) el.remove();
  for (const el of Array.from(body.querySelectorAll(BLOCKS))) el.after("\n");
  return body.textContent ?? "";
}

export function parseHtml(source: string, html: string, meta: Record<string, unknown> = {}): Article {
  // A fragment or plain text (common in JSON Lines) gets the document around it that the parser needs.
  const { document } = parseHTML(/<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const metaContent = (sel: string) => document.querySelector(sel)?.getAttribute("content") ?? undefined;
  const title = metaContent('meta[property="og:title"]') ?? document.querySelector("title")?.textContent?.trim();
  const published = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? metaContent('meta[itemprop="datePublished"]') ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined;
  const url = metaContent('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const publisher = metaContent('meta[property="og:site_name"]');
  const lang = document.documentElement?.getAttribute("lang")?.slice(0, 2);
  const parsed = new Readability(document.cloneNode(true) as unknown as Document).parse();
  // Readability's textContent runs paragraphs together when the page has no whitespace between its
  // tags (minified pages, html in JSON Lines): its article's blocks are read as lines instead.
  const found = visibleText((parsed?.content ? parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document : document) as unknown as { body: Element | null });
  // Readability's text keeps paragraphs as blank-line separated blocks; the sentence splitter wants lines.
  const body = found.split(/\n\s*\n|\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
  const headline = (parsed?.title ?? title)?.trim();
  const text = headline && !body.startsWith(headline) ? `${headline}\n${body}` : body;
  return fromMeta(source, { title: headline, published, url, publisher, language: lang, ...meta }, text);
}

export function parseJsonl(source: string, raw: string): ReadResult {
  const out: ReadResult = { articles: [], errors: [], warnings: [] };
  raw.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    try {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (err) {
        throw new Error(`malformed JSON line (${(err as Error).message})`);
      }
      if (!row || typeof row !== "object" || Array.isArray(row)) throw new Error("a JSON line must be an object");
      const r = row as Record<string, unknown>;
      if (typeof r.html === "string") out.articles.push(parseHtml(where, r.html, pick(r)));
      else if (typeof r.text === "string") out.articles.push(fromMeta(where, r, r.text));
      else throw new Error("needs a 'text' or an 'html' string");
    } catch (err) {
      out.errors.push({ source: where, message: (err as Error).message });
    }
  });
  return out;
}

function pick(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ["title", "url", "published", "publisher", "language"]) if (r[k] !== undefined) out[k] = r[k];
  return out;
}

/** One file: its articles, or the reasons it gave none. */
export function readArticleFile(path: string, maxBytes = MAX_BYTES): ReadResult {
  try {
    const ext = extname(path).toLowerCase();
    if (!EXTENSIONS.includes(ext)) throw new Error(`unknown extension '${ext || "(none)"}' (expected ${EXTENSIONS.join(", ")})`);
    const size = statSync(path).size;
    if (size > maxBytes) throw new Error(`file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one article file`);
    const { text: raw, warning } = decode(readFileSync(path));
    const warnings = warning ? [{ source: path, message: warning }] : [];
    if (!raw.trim()) throw new Error("empty file");
    if (ext === ".jsonl" || ext === ".ndjson") {
      const r = parseJsonl(path, raw);
      return { ...r, warnings: [...warnings, ...r.warnings] };
    }
    if (ext === ".html" || ext === ".htm") return { articles: [parseHtml(path, raw)], errors: [], warnings };
    return { articles: [parseText(path, raw)], errors: [], warnings };
  } catch (err) {
    return { articles: [], errors: [{ source: path, message: (err as Error).message }], warnings: [] };
  }
}

/** JSON Lines from standard input, decoded as a file is. */
export function readStdin(): ReadResult {
  try {
    const { text, warning } = decodeText(readFileSync(0));
    const r = parseJsonl("<stdin>", text);
    return warning ? { ...r, warnings: [{ source: "<stdin>", message: warning }, ...r.warnings] } : r;
  } catch (err) {
    return { articles: [], errors: [{ source: "<stdin>", message: (err as Error).message }], warnings: [] };
  }
}

/** What the command line says of the articles it names, for those that do not say it themselves. */
export interface ArticleDefaults {
  published?: string;
  language?: string;
}

export function withDefaults(a: Article, defaults: ArticleDefaults): Article {
  return { ...a, published: a.published ?? defaults.published, language: a.language ?? defaults.language };
}
