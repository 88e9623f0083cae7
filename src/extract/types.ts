/** The values that flow through extraction: text -> sentences -> mentions -> entities/events. */
import type { EntityRef } from "../model/keys.js";
import type { EntityLabel } from "../model/labels.js";
import type { EventStatus } from "../model/plover.js";
import type { EntityRelation } from "../model/relationships.js";

export type Language = "pt" | "en" | "es";
export const LANGUAGES: readonly Language[] = ["pt", "en", "es"];

export interface Article {
  /** Where it came from, for error messages and provenance (file path, with ":line" for JSONL). */
  source: string;
  text: string;
  title?: string;
  url?: string;
  published?: string;
  publisher?: string;
  language?: string;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/**
 * One folded word, shared by every token that folds to it. Pattern lists are matched at every token,
 * and a word's candidate patterns per list are the same wherever it occurs, so they are kept here,
 * by list number, instead of in a map per list keyed by the word.
 */
export interface Word {
  readonly norm: string;
  readonly candidates: (readonly number[] | undefined)[];
}

export interface Token {
  /** Surface form. */
  text: string;
  /** Lower-cased, accents folded: what lexicons match against. */
  norm: string;
  /** The interned word of `norm`, where pattern look-ups keep what they found for it. */
  word: Word;
  start: number;
  end: number;
  upper: boolean;
  punct: boolean;
}

/** A stretch of a sentence that names or describes something. */
export interface Mention {
  sentence: number;
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  text: string;
  /** Character offsets into the document. */
  start: number;
  end: number;
  kind: "entity" | "role" | "agreement" | "location";
  entity?: EntityRef;
  /** For role mentions: the role noun and the state it qualifies. */
  role?: string;
  roleState?: string;
  /** The surface form to keep as an alias of the entity ("" for none: "o seu governo" is no name). */
  alias?: string;
  /** For "both countries", "the three governments": how many sides the words stand for. */
  sides?: number;
  /** A state named by an adjective (demonym) rather than a noun. */
  viaDemonym?: boolean;
  /** A state named by its capital ("Moscow said"). */
  viaMetonym?: boolean;
  /** For agreements: the name the text calls it by ("Tratado de Itaipu", "Paris Agreement"). */
  name?: string;
  confidence: number;
}

export interface EntityRecord {
  label: EntityLabel;
  id: string;
  name: string;
  aliases: string[];
  wikidata?: string;
  iso2?: string;
  kind?: string;
  role?: string;
  status?: string;
  date?: string;
  /** A State that no longer exists: when it ceased to, and the States that took its place. */
  dissolved?: string;
  successors?: string[];
  confidence: number;
  /** Sentence indexes and document offsets of every mention. */
  mentions: { sentence: number; start: number; end: number; text: string }[];
}

export interface RelationRecord {
  type: EntityRelation;
  from: EntityRef;
  to: EntityRef;
  role?: string;
  evidence: number[];
  confidence: number;
  /** "text" when a sentence states it, "gazetteer" when the gazetteer supplied it for a mentioned entity. */
  basis: "text" | "gazetteer";
}

export interface EventRecord {
  type: string;
  mode?: string;
  label: string;
  sources: EntityRef[];
  targets: EntityRef[];
  at: EntityRef[];
  about: EntityRef[];
  reportedBy: EntityRef[];
  status: EventStatus;
  date?: string;
  dateText?: string;
  quantity?: number;
  quantityText?: string;
  /** Trigger word offsets per sentence, for MENTIONED_IN. */
  mentions: { sentence: number; start: number; end: number; text: string }[];
  confidence: number;
}

export interface Extraction {
  document: {
    id: string;
    title?: string;
    url?: string;
    publisher?: string;
    published?: string;
    language: Language;
    source: string;
    text: string;
  };
  sentences: Sentence[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  events: EventRecord[];
}
