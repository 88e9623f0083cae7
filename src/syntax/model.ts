/**
 * One language's syntax model: tagger, morphology, lemmatizer and parser with their lexicons, read
 * from and written to one file in data/models/. `analyse` runs the four over the words of a
 * sentence, in that order, each reading what the ones before it decided.
 */
import { atomsOf, formAtoms } from "./atoms.js";
import type { LinearModel } from "./linear.js";
import { BlobReader, BlobWriter, type LinearMeta } from "./modelFile.js";
import { Lemmatizer, type LemmaLexicon } from "./lemmatizer.js";
import { Morph, type MorphLexicon } from "./morph.js";
import { verbsAfterModals, type ModalTags } from "./modalVerb.js";
import { promoteMainVerb, promotePastParticipleRoot, promoteReportedClause, promoteOverGerund, type ClauseLabels, type PassiveRootLabels } from "./mainVerb.js";
import { attachPairedPunct } from "./pairedPunct.js";
import { PunctAttacher } from "./punctAttach.js";
import { Parser, parserInputs, type ParserLexicon, type TagIndices } from "./parser.js";
import { Tagger, type TaggerLexicon } from "./tagger.js";
import type { Tokenization } from "./tokenize.js";

const OPENING_QUOTES = ['"', "“", "«", "„"];
const CLOSING_QUOTES = ['"', "”", "»"];

/** A syntactic word as the parser sees it. */
export interface SyntaxWord {
  form: string;
  lemma: string;
  upos: string;
  /** UD features, "Key=Value|..." or "" for none. */
  feats: string;
  /** 1-based index of the head word in the sentence; 0 for the root. */
  head: number;
  deprel: string;
}

export interface ModelInfo {
  language: string;
  /** Free-form provenance: treebanks, commits, settings, scores. */
  training: Record<string, unknown>;
}

export interface SyntaxModelParts {
  info: ModelInfo;
  tagger: { model: LinearModel; lex: TaggerLexicon };
  morph: { model: LinearModel; lex: MorphLexicon };
  lemmatizer: { model: LinearModel; lex: LemmaLexicon };
  parser: { model: LinearModel; lex: ParserLexicon };
  /** The ranker that rehangs unpaired punctuation once the tree is built; models trained before it have none. */
  punct?: LinearModel;
  tokenization: Tokenization;
}

interface Header {
  info: ModelInfo;
  tags: string[];
  ambiguity: [number, number][];
  sure: [number, number][];
  bundles: string[];
  morphByTag: number[][];
  scripts: string[];
  known: [string, number][];
  lemmaByTag: number[][];
  labels: string[];
  tokenization: Tokenization;
  linear: Record<"tagger" | "morph" | "lemmatizer" | "parser", LinearMeta> & { punct?: LinearMeta };
}

export class SyntaxModel {
  readonly tagger: Tagger;
  readonly morph: Morph;
  readonly lemmatizer: Lemmatizer;
  readonly parser: Parser;
  readonly punct: PunctAttacher | undefined;
  private readonly tagIndices: TagIndices;
  private readonly modalTags: ModalTags;
  /** The feature bundle of a modal auxiliary alone (English "must"), or -1 where the treebank has none. */
  private readonly modalBundle: number;
  private quoteReading: Map<string, { opening?: string; closing?: string }> | undefined;
  private repairLabels: (ClauseLabels & PassiveRootLabels) | undefined;
  /** The third person's finite past bundles by number, where the treebank has them. */
  private readonly pastBundles: Map<string, number>;

  constructor(readonly parts: SyntaxModelParts) {
    this.tagger = new Tagger(parts.tagger.model, parts.tagger.lex);
    this.morph = new Morph(parts.morph.model, parts.morph.lex);
    this.lemmatizer = new Lemmatizer(parts.lemmatizer.model, parts.lemmatizer.lex);
    this.parser = new Parser(parts.parser.model, parts.parser.lex);
    this.punct = parts.punct && new PunctAttacher(parts.punct, parts.parser.lex.labels);
    const tags = parts.tagger.lex.tags;
    this.tagIndices = { punct: tags.indexOf("PUNCT"), verb: tags.indexOf("VERB"), aux: tags.indexOf("AUX") };
    this.modalTags = { noun: tags.indexOf("NOUN"), verb: tags.indexOf("VERB"), aux: tags.indexOf("AUX"), adv: tags.indexOf("ADV"), det: tags.indexOf("DET"), nominal: ["NOUN", "PROPN", "PRON"].map((t) => tags.indexOf(t)) };
    this.modalBundle = parts.morph.lex.bundles.indexOf("VerbForm=Fin");
    this.pastBundles = new Map(["Sing", "Plur"].map((n) => [n, parts.morph.lex.bundles.indexOf(`Mood=Ind|Number=${n}|Person=3|Tense=Past|VerbForm=Fin`)] as const).filter(([, i]) => i >= 0));
  }

  private labelsForRepairs(): ClauseLabels & PassiveRootLabels {
    const labels = this.parts.parser.lex.labels;
    return { root: labels.indexOf("root"), acl: labels.indexOf("acl"), nsubj: labels.indexOf("nsubj"), cop: labels.indexOf("cop"), ccomp: labels.indexOf("ccomp"), advcl: labels.indexOf("advcl"), parataxis: labels.indexOf("parataxis"), conj: labels.indexOf("conj"), agent: labels.indexOf("obl:agent"), aux: labels.indexOf("aux"), auxPass: labels.indexOf("aux:pass"), mark: labels.indexOf("mark") };
  }

  get info(): ModelInfo {
    return this.parts.info;
  }

  get tokenization(): Tokenization {
    return this.parts.tokenization;
  }

  /**
   * Quotation marks the treebank never wrote are read as ones it did, opening as opening and closing
   * as closing: Bosque writes only « », so a Brazilian article's "terrorista" would otherwise be
   * tagged a proper noun and parsed as one. A straight quote opens and closes by turns.
   */
  private readQuotes(forms: readonly string[]): readonly string[] {
    const reading = (this.quoteReading ??= this.readingOfQuotes());
    let straight = 0;
    let out: string[] | undefined;
    forms.forEach((f, i) => {
      const r = reading.get(f);
      if (!r) return;
      const opening = OPENING_QUOTES.includes(f) && (f !== '"' || straight++ % 2 === 0);
      const as = opening ? r.opening : r.closing;
      if (as) (out ??= [...forms])[i] = as;
    });
    return out ?? forms;
  }

  /** For each quotation mark the tagger never saw, the seen ones it is read as when it opens and when it closes. */
  private readingOfQuotes(): Map<string, { opening?: string; closing?: string }> {
    const seen = (f: string) => this.parts.tagger.lex.ambiguity.has(formAtoms(f).w);
    const reading = new Map<string, { opening?: string; closing?: string }>();
    for (const q of new Set([...OPENING_QUOTES, ...CLOSING_QUOTES])) {
      if (seen(q)) continue;
      reading.set(q, {
        opening: OPENING_QUOTES.includes(q) ? OPENING_QUOTES.find(seen) : undefined,
        closing: CLOSING_QUOTES.includes(q) ? CLOSING_QUOTES.find(seen) : undefined,
      });
    }
    return reading;
  }

  /** Whether the training data saw the word (by its hash) as a verb, or never saw it. */
  private canBeVerb(word: number): boolean {
    const mask = this.parts.tagger.lex.ambiguity.get(word);
    return mask === undefined || ((mask >> this.modalTags.verb) & 1) === 1;
  }

  /** Tags, features, lemmas and the dependency tree of one sentence's syntactic words. */
  analyse(forms: readonly string[]): SyntaxWord[] {
    if (forms.length === 0) return [];
    const read = this.readQuotes(forms);
    const atoms = atomsOf(read);
    const tags = this.tagger.tag(atoms);
    let bundles = this.morph.analyse(atoms, tags);
    if (verbsAfterModals(tags, this.modalTags, (i) => bundles[i] === this.modalBundle, (i) => this.canBeVerb(atoms.w[i]!))) bundles = this.morph.analyse(atoms, tags);
    const lemmas = this.lemmatizer.lemmatize(atoms, tags, bundles);
    const { head, label } = this.parser.parse(parserInputs(atoms, tags, bundles, this.tagIndices));
    const tagNames = this.parts.tagger.lex.tags;
    const bundleNames = this.parts.morph.lex.bundles;
    const labels = this.parts.parser.lex.labels;
    const upos = Array.from(tags, (t) => tagNames[t]!);
    const repairLabels = (this.repairLabels ??= this.labelsForRepairs());
    const feats = (k: number) => bundleNames[bundles[k - 1]!]!;
    const finite = (k: number) => !/Gender=/.test(feats(k));
    const first =
      promoteMainVerb(upos, head, label, repairLabels, finite) ||
      promoteReportedClause(upos, head, label, repairLabels, finite, (k) => /VerbForm=Fin/.test(feats(k))) ||
      promoteOverGerund(upos, head, label, repairLabels, finite, (k) => /VerbForm=Ger|Tense=Pres\|VerbForm=Part/.test(feats(k)));
    // A root with an agent, whether parsed so or just promoted from a noun, is a participle.
    const verb = promotePastParticipleRoot(upos, head, label, repairLabels) || first;
    // The promoted verb is a past tense, not a participle, where the treebank has that bundle.
    if (verb && /VerbForm=Part/.test(bundleNames[bundles[verb - 1]!]!)) {
      let subjectWord = 0;
      for (let k = 1; k <= forms.length && !subjectWord; k++) if (head[k] === verb && label[k] === repairLabels.nsubj) subjectWord = k;
      const subject = subjectWord ? bundleNames[bundles[subjectWord - 1]!]! : "";
      const past = this.pastBundles.get(/Number=(Plur|Ptan)/.test(subject) ? "Plur" : "Sing");
      if (past !== undefined) bundles[verb - 1] = past;
    }
    attachPairedPunct(read, tags, this.tagIndices.punct, head);
    this.punct?.attach(atoms, tags, head, label, this.tagIndices.punct);
    return forms.map((form, i) => ({
      form,
      lemma: read[i] === form ? lemmas[i]! : form,
      upos: tagNames[tags[i]!]!,
      feats: bundleNames[bundles[i]!] === "_" ? "" : bundleNames[bundles[i]!]!,
      head: head[i + 1]!,
      deprel: labels[label[i + 1]!]!,
    }));
  }

  save(): Buffer {
    const p = this.parts;
    const w = new BlobWriter();
    const header: Header = {
      info: p.info,
      tags: p.tagger.lex.tags,
      ambiguity: [...p.tagger.lex.ambiguity],
      sure: [...p.tagger.lex.sure],
      bundles: p.morph.lex.bundles,
      morphByTag: p.morph.lex.byTag,
      scripts: p.lemmatizer.lex.scripts,
      known: [...p.lemmatizer.lex.known],
      lemmaByTag: p.lemmatizer.lex.byTag,
      labels: p.parser.lex.labels,
      tokenization: p.tokenization,
      linear: {
        tagger: w.linear("tagger", p.tagger.model),
        morph: w.linear("morph", p.morph.model),
        lemmatizer: w.linear("lemmatizer", p.lemmatizer.model),
        parser: w.linear("parser", p.parser.model),
        ...(p.punct && { punct: w.linear("punct", p.punct) }),
      },
    };
    return w.write(header);
  }

  static load(file: Buffer, source: string): SyntaxModel {
    const r = new BlobReader(file, source);
    const h = r.header as Header;
    return new SyntaxModel({
      info: h.info,
      tagger: { model: r.linear("tagger", h.linear.tagger), lex: { tags: h.tags, ambiguity: new Map(h.ambiguity), sure: new Map(h.sure) } },
      morph: { model: r.linear("morph", h.linear.morph), lex: { bundles: h.bundles, byTag: h.morphByTag } },
      lemmatizer: { model: r.linear("lemmatizer", h.linear.lemmatizer), lex: { scripts: h.scripts, known: new Map(h.known), byTag: h.lemmaByTag } },
      parser: { model: r.linear("parser", h.linear.parser), lex: { labels: h.labels } },
      punct: h.linear.punct && r.linear("punct", h.linear.punct),
      tokenization: h.tokenization,
    });
  }
}
