/**
 * extract(article) -> Extraction: text -> sentences and tokens -> syntax -> mentions -> entities
 * and events -> coreference -> relations. Pure: the same article and options give the same
 * extraction; nothing here reads the clock, so an undated article needs the caller's `today`.
 */
import type { ArticleText, Parsed, Tokenized } from "./articleState.js";
import { draftAgreements, settleAgreements } from "./agreements.js";
import { findDateline } from "./dateline.js";
import { aimEvents, draftEvents, eventRecords } from "./eventStage.js";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.js";
import { detectLanguage, isLanguage } from "./language.js";
import { lexicon } from "./lexicon.js";
import { relationRecords } from "./relations.js";
import { resolveMentions } from "./resolveMentions.js";
import { splitSentences, tokenize } from "./text.js";
import { documentId } from "../model/ids.js";
import { parseSentence, type ParsedSentence } from "../syntax/index.js";
import type { Article, EventRecord, Extraction, Sentence, Token } from "./types.js";

export interface ExtractOptions {
  gazetteer?: Gazetteer;
  /** The day (YYYY-MM-DD) an article without a publication date is read on: "on Monday" resolves against it. */
  today?: string;
}

export function extract(article: Article, opts: ExtractOptions = {}): Extraction {
  const text = readText(article, opts);
  const parsed = parseSentences(tokenizeSentences(text));
  const resolved = resolveMentions(parsed);
  const agreements = draftAgreements(resolved);
  const drafted = draftEvents(resolved);
  const settled = settleAgreements(drafted, agreements);
  const facts = [...resolved.textFacts, ...settled.facts];
  aimEvents(drafted, settled.ids, facts);
  const events = eventRecords(drafted);
  const relations = relationRecords(resolved, facts);
  return {
    document: { id: text.docId, title: text.title, url: article.url, publisher: article.publisher, published: text.published, language: text.language, source: article.source, text: text.text },
    sentences: text.sentences,
    entities: resolved.entities.list(),
    relations,
    events,
  };
}

/** The article's text, language and sentences, and the day its relative dates are read against. */
function readText(article: Article, opts: ExtractOptions): ArticleText {
  const text = article.text.replace(/\r\n?/g, "\n");
  const language = isLanguage(article.language) ? article.language : detectLanguage(text);
  const asOf = article.published ?? opts.today;
  if (!asOf) throw new Error(`${article.source}: no publication date, and no day given to read it on`);
  const firstLine = text.trim().split("\n")[0]?.trim();
  const lex = lexicon(language);
  return {
    article,
    text,
    language,
    lex,
    gaz: opts.gazetteer ?? defaultGazetteer(),
    published: article.published,
    asOf,
    docId: documentId(text),
    title: article.title ?? (firstLine && !/[.!?]$/.test(firstLine) ? firstLine : undefined),
    sentences: splitSentences(text, language, lex.abbreviations),
    dateline: findDateline(text),
  };
}

function tokenizeSentences(doc: ArticleText): Tokenized {
  return { ...doc, tokens: doc.sentences.map((s) => tokenize(s.text, s.start)) };
}

function parseSentences(doc: Tokenized): Parsed {
  return { ...doc, parses: doc.tokens.map((tokens) => parseOf(tokens, doc.text, doc.language, doc.dateline)) };
}

/** The sentence's parse, without the part of the dateline it holds: parsed with it, the city becomes the root. */
function parseOf(tokens: readonly Token[], text: string, language: string, dateline: { start: number; end: number } | undefined): ParsedSentence {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return { tokens: [], words: [] };
  const start = dateline && first.start >= dateline.start && first.start < dateline.end ? Math.min(dateline.end, last.end) : first.start;
  return parseSentence(text.slice(start, last.end), language, start);
}

export type { Extraction, Sentence, EventRecord };
