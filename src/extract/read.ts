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

export interface InputError {
  source: string;
  message: string;
}

export interface ReadResult {
  articles: Article[];
  errors: InputError[];
}

export const MAX_BYTES = 10 * 1024 * 1024;
export const EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"];

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Error("empty file");
  if (bytes.subarray(0, 8192).includes(0)) throw new Error("binary file (NUL bytes), not text");
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new Error("not valid UTF-8 text");
  }
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
    throw new Error(`malformed front matter: ${(err as Error).message.split("\n")[0]}`);
  }
  if (meta !== null && (typeof meta !== "object" || Array.isArray(meta))) throw new Error("malformed front matter: not a key: value map");
  return fromMeta(source, (meta ?? {}) as Record<string, unknown>, raw.slice(fm[0].length));
}

export function parseHtml(source: string, html: string, meta: Record<string, unknown> = {}): Article {
  const { document } = parseHTML(html);
  const metaContent = (sel: string) => document.querySelector(sel)?.getAttribute("content") ?? undefined;
  const title = metaContent('meta[property="og:title"]') ?? document.querySelector("title")?.textContent?.trim();
  const published = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? metaContent('meta[itemprop="datePublished"]') ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined;
  const url = metaContent('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const publisher = metaContent('meta[property="og:site_name"]');
  const lang = document.documentElement?.getAttribute("lang")?.slice(0, 2);
  const parsed = new Readability(document as unknown as Document).parse();
  // Readability's text keeps paragraphs as blank-line separated blocks; the sentence splitter wants lines.
  const body = (parsed?.textContent ?? "").split(/\n\s*\n|\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
  const headline = (parsed?.title ?? title)?.trim();
  const text = headline && !body.startsWith(headline) ? `${headline}\n${body}` : body;
  return fromMeta(source, { title: headline, published, url, publisher, language: lang, ...meta }, text);
}

export function parseJsonl(source: string, raw: string): ReadResult {
  const out: ReadResult = { articles: [], errors: [] };
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
    const raw = decode(readFileSync(path));
    if (!raw.trim()) throw new Error("empty file");
    if (ext === ".jsonl" || ext === ".ndjson") return parseJsonl(path, raw);
    if (ext === ".html" || ext === ".htm") return { articles: [parseHtml(path, raw)], errors: [] };
    return { articles: [parseText(path, raw)], errors: [] };
  } catch (err) {
    return { articles: [], errors: [{ source: path, message: (err as Error).message }] };
  }
}

/** JSON Lines from standard input. */
export function readStdin(): ReadResult {
  const raw = readFileSync(0, "utf8");
  return parseJsonl("<stdin>", raw);
}

/** What the command line says of the articles it names, for those that do not say it themselves. */
export interface ArticleDefaults {
  published?: string;
  language?: string;
}

export function withDefaults(a: Article, defaults: ArticleDefaults): Article {
  return { ...a, published: a.published ?? defaults.published, language: a.language ?? defaults.language };
}
