/**
 * The typed state one article carries through the extraction stages. Each stage adds what it
 * found and leaves what came before as it was, except the two builders named below.
 */
import type { EntityRef } from "../model/keys.js";
import type { RelationRecord } from "./types.js";
import type { ParsedSentence } from "../syntax/index.js";
import type { Actors } from "./actors.js";
import type { EntityTable } from "./entityTable.js";
import type { EventDraft, SentenceView } from "./events.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Lexicon } from "./lexicon.js";
import type { Article, Language, Sentence, Token } from "./types.js";

/** The article read: its text, language, sentences and the day its dates are read against. */
export interface ArticleText {
  article: Article;
  text: string;
  language: Language;
  lex: Lexicon;
  gaz: Gazetteer;
  published?: string;
  /** The publication date, or for an undated article the day the caller says it is read on. */
  asOf: string;
  docId: string;
  title?: string;
  sentences: Sentence[];
  /** "ANKARA, April 23 (Reuters) -": where and by whom the story was filed. */
  dateline?: { start: number; end: number };
}

export interface Tokenized extends ArticleText {
  /** The tokens of each sentence, by sentence index. */
  tokens: Token[][];
}

export interface Parsed extends Tokenized {
  /** The parse of each sentence, by sentence index, its words at their offsets in the article. */
  parses: ParsedSentence[];
}

/** A structural fact a sentence states: "o Presidente russo, Vladimir Putin". */
export interface TextFact {
  type: RelationRecord["type"];
  from: EntityRef;
  to: EntityRef;
  role?: string;
  sentence: number;
  confidence: number;
}

export interface Resolved extends Parsed {
  views: SentenceView[];
  textFacts: TextFact[];
  /** Builders the later stages add to: who the actors are, and every entity with its mentions. */
  actors: Actors;
  entities: EntityTable;
}

export interface Drafted extends Resolved {
  drafts: EventDraft[];
}
