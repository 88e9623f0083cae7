import { fold } from "../model/text.js";
import type { Abbreviations } from "./lexicon.js";
import type { Sentence, Token, Word } from "./types.js";

const WORD_CACHE = 200_000;

/** The shared word of a surface form. A cleared cache only costs look-ups again: a word is a pure function of its text. */
function wordOf(surface: string): Word {
  let w = words.get(surface);
  if (w === undefined) {
    if (words.size >= WORD_CACHE) words.clear();
    words.set(surface, (w = { norm: fold(surface), candidates: [] }));
  }
  return w;
}
const words = new Map<string, Word>();

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*|-\p{N}[\p{L}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

/** Words, numbers and single punctuation marks, with offsets relative to `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const whole = m[0];
    // English possessive: "Thailand's" is "Thailand" + "'s", so the name matches the gazetteer.
    const poss = /^(.+)(['’]s)$/u.exec(whole);
    const parts = poss ? [[poss[1]!, 0], [poss[2]!, poss[1]!.length]] as const : [[whole, 0]] as const;
    for (const [t, off] of parts) {
      pushToken(out, t, base + (m.index ?? 0) + off);
    }
  }
  return out;
}

function pushToken(out: Token[], t: string, start: number): void {
  {
    const first = t[0] ?? "";
    const word = wordOf(t);
    out.push({
      text: t,
      norm: word.norm,
      word,
      start,
      end: start + t.length,
      upper: first !== first.toLowerCase(),
      punct: !/[\p{L}\p{N}]/u.test(first),
    });
  }
}

/**
 * Sentences with document offsets. A line without final punctuation (a title or a heading) is a
 * sentence of its own; Intl.Segmenter splits the rest.
 */
const segmenters = new Map<string, Intl.Segmenter>();

const NO_ABBREVIATIONS: Abbreviations = { always: new Set(), beforeNumbers: new Set() };

/** Does the fragment end with an abbreviation whose full stop ends no sentence before what follows? */
function abbreviated(fragment: string, next: string, abbr: Abbreviations): boolean {
  const m = /(?:^|[\s(])([\p{L}º]+)\.$/u.exec(fragment);
  if (!m) return false;
  const word = fold(m[1]!);
  return abbr.always.has(word) || (abbr.beforeNumbers.has(word) && /^\d/.test(next));
}

export function splitSentences(text: string, language: string, abbr: Abbreviations = NO_ABBREVIATIONS): Sentence[] {
  let seg = segmenters.get(language);
  if (!seg) segmenters.set(language, (seg = new Intl.Segmenter(language, { granularity: "sentence" })));
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const base = lineStart;
    lineStart += line.length + 1;
    if (!line.trim()) continue;
    for (const s of seg.segment(line)) {
      const raw = s.segment;
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const prev = out[out.length - 1];
      // Intl splits after abbreviations such as "EUA." or "Sr."; glue a fragment that starts lower-case
      // back on, and whatever follows dotted initials ("U.S. Secretary of State") or a name's middle
      // initial ("George W. Bush"), and what follows a title or a month cut short ("Sen. John McCain",
      // "on Sept. 21").
      if (prev && prev.end === base + s.index + lead - 1 && (/^\p{Ll}/u.test(body) || abbreviated(prev.text, body, abbr) || /(^|\s)(\p{Lu}\.){2,}$/u.test(prev.text) || /(^|\s)\p{Lu}\p{Ll}+(\s\p{Lu}\.)+$/u.test(prev.text))) {
        prev.text = text.slice(prev.start, base + s.index + lead + body.length);
        prev.end = prev.start + prev.text.length;
        continue;
      }
      const start = base + s.index + lead;
      out.push({ index: out.length, text: body, start, end: start + body.length });
    }
  }
  return out;
}

/** Quotation marks of every kind, straight and curly, opening and closing. */
export const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "„", "«", "»", "‘", "’"]);
const OPENING_QUOTES = new Set(["«", "“", "„"]);
const CLOSING_QUOTES = new Set(["»", "”"]);

/** Is token k inside a quotation of its sentence (straight quotes counted in pairs)? */
export function insideQuotation(tokens: readonly Token[], k: number): boolean {
  let depth = 0;
  let straight = 0;
  for (let j = 0; j < k; j++) {
    const x = tokens[j]!.text;
    if (OPENING_QUOTES.has(x)) depth++;
    else if (CLOSING_QUOTES.has(x)) depth = Math.max(0, depth - 1);
    else if (x === '"') straight ^= 1;
  }
  return depth > 0 || straight === 1;
}

/** The first mark at or after `from` that can close a quotation, or -1. */
export function quotationEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (CLOSING_QUOTES.has(tokens[k]!.text) || tokens[k]!.text === '"') return k;
  return -1;
}
