/**
 * The syntax layer: sentences of an article to tokens, syntactic words, tags, features, lemmas and a
 * dependency tree, every word keeping its character span in the article. Models are read from
 * data/models/ the first time a language is asked for, once per process (and per worker thread,
 * which has its own module instance).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../paths.js";
import { SyntaxModel, type SyntaxWord } from "./model.js";
import { Tokenizer, type SyntaxToken } from "./tokenize.js";

export { readConllu, writeConllu, type ConlluSentence } from "./conllu.js";
export { evaluate, evalLine, type Scores } from "./evaluate.js";
export { SyntaxModel, type SyntaxWord } from "./model.js";
export type { SyntaxToken } from "./tokenize.js";

export const SYNTAX_LANGUAGES = ["pt", "en", "es"] as const;
export type SyntaxLanguage = (typeof SYNTAX_LANGUAGES)[number];

export const modelPath = (lang: string): string => join(DATA_DIR, "models", `${lang}.syntax.gz`);

/** A word of a parsed sentence: its analysis, its span in the text and the surface token it is part of. */
export interface ParsedWord extends SyntaxWord {
  start: number;
  end: number;
  /** Index of its surface token in `ParsedSentence.tokens`. */
  token: number;
}

export interface ParsedSentence {
  tokens: SyntaxToken[];
  words: ParsedWord[];
}

interface Loaded {
  model: SyntaxModel;
  tokenizer: Tokenizer;
}

const loaded = new Map<string, Loaded>();

/** The model of a language, read on first use. */
export function syntaxFor(lang: string): Loaded {
  let l = loaded.get(lang);
  if (!l) {
    const path = modelPath(lang);
    if (!existsSync(path)) throw new Error(`no syntax model for '${lang}' (${path} is missing)`);
    const model = SyntaxModel.load(readFileSync(path), path);
    l = { model, tokenizer: new Tokenizer(model.tokenization) };
    loaded.set(lang, l);
  }
  return l;
}

/** Parses one sentence of `text` (its offsets are kept as given by `base`). */
export function parseSentence(text: string, lang: string, base = 0): ParsedSentence {
  const { model, tokenizer } = syntaxFor(lang);
  const tokens = tokenizer.tokenize(text, base);
  const forms: string[] = [];
  for (const t of tokens) for (const w of t.words) forms.push(w.form);
  const analysed = model.analyse(forms);
  const words: ParsedWord[] = new Array<ParsedWord>(analysed.length);
  let i = 0;
  tokens.forEach((t, token) => {
    for (const { start, end } of t.words) {
      const w = analysed[i]!;
      // Spelt out rather than spread: one object of one shape per word.
      words[i++] = { form: w.form, lemma: w.lemma, upos: w.upos, feats: w.feats, head: w.head, deprel: w.deprel, start, end, token };
    }
  });
  return { tokens, words };
}
