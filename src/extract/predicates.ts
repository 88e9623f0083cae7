/**
 * Events from predicate–argument structure. A trigger (a lexicon pattern, or a verb or event noun of
 * the event dictionaries, by lemma) is a word of the dependency parse; its sides come from the
 * relations around that word rather than from the words next to it: its subject (nsubj; the agent
 * of a passive), its object and its obliques by their case marker, the controller of an
 * infinitive (xcomp), the subject shared by coordinated verbs (conj), the antecedent of a relative
 * clause (acl:relcl), the possessor, demonym or "of"/"by" phrase of an event noun, and the subject
 * of the light or reporting verb that takes the noun as its object. Status, date and place come
 * from the predicate's own auxiliaries, modifiers and obliques.
 *
 * The drafts are the same shape as the token finder's (events.ts), so coreference, reactions and
 * agreements downstream do not care which finder made them.
 */
import type { ParsedSentence, ParsedWord } from "../syntax/index.js";
import type { DateHit } from "./dates.js";
import type { EventDraft, ResolvedMention, SentenceView, TriggerHit } from "./events.js";
import { PLACE_IS_TARGET, placeIsTarget, stateOfPlace, closesSentence, findEvents, findReporters, findTriggers, tellersOf, typeForDoers } from "./events.js";
import { includesRef, keyOf, type EntityRef } from "../model/keys.js";
import { SYMMETRIC_TYPES, type EventStatus } from "../model/plover.js";
import { prepositionOf, type Lexicon, type PrepositionRole, type TriggerPattern, isConjunction } from "./lexicon.js";
import { matchAny, matchEndingAt, occursIn } from "./patterns.js";
import { REACTIONS } from "./reactions.js";
import type { DictEntry, EventDictionary, LemmaEntries } from "./eventDictionary.js";
import type { Token } from "./types.js";

const ACTOR = new Set(["Person", "State", "Organization"]);
const isActor = (m: ResolvedMention) => m.kind === "entity" && m.refs.length > 0 && m.refs.every((r) => ACTOR.has(r.label));
const isPlace = (m: ResolvedMention) => m.kind === "location" || (m.kind === "entity" && m.refs[0]?.label === "Place");
const isPerson = (m: ResolvedMention) => m.kind === "entity" && m.refs[0]?.label === "Person";
/** A place one can take: one named as such, or a capital that stands for its state ("captured Phnom Penh"). */
const takenPlace = (m: ResolvedMention) => isPlace(m) || !!m.viaMetonym;
const base = (rel: string) => {
  const i = rel.indexOf(":");
  return i < 0 ? rel : rel.slice(0, i);
};
const foldLemma = (s: string) => (/[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/\p{M}/gu, "") : s).toLowerCase();

/** The parse of a sentence laid over its tokens and mentions. */
interface Tree {
  words: ParsedWord[];
  /** Each word's relation without its subtype ("obl" for "obl:agent"), and its lemma folded. */
  baseRel: string[];
  lemma: string[];
  /** Dictionary frames found so far, by word (null: none). */
  frames: Map<number, DictEntry | null>;
  /** Children of each word (0-based word indices). */
  kids: number[][];
  /** The token each word starts in. */
  token: Int32Array;
  /** Mentions by the word that heads them. */
  heads: Map<number, ResolvedMention[]>;
  /** The mention each word is part of, if any. */
  within: (ResolvedMention | undefined)[];
}

const parent = (t: Tree, w: number): number => t.words[w]!.head - 1;
const rel = (t: Tree, w: number): string => t.words[w]!.deprel;
function kidsBy(t: Tree, w: number, ...rels: string[]): number[] {
  const out: number[] = [];
  for (const k of t.kids[w]!) if (rels.includes(t.words[k]!.deprel) || rels.includes(t.baseRel[k]!)) out.push(k);
  return out;
}

/** The words and those the parse joins to each ("Kirkuk and its oilfields"). */
const withConjuncts = (t: Tree, ws: readonly number[]): number[] => ws.flatMap((w) => [w, ...kidsBy(t, w, "conj")]);

function feat(t: Tree, w: number, name: string): string | undefined {
  for (const f of t.words[w]!.feats.split("|")) if (f.startsWith(name) && f.charAt(name.length) === "=") return f.slice(name.length + 1);
  return undefined;
}

/**
 * "froze", "withheld": a verb form the lemmatizer left as it stands or turned into no verb the
 * dictionaries know takes the lemma the dictionaries list it under.
 */
function irregularLemmas(t: Tree, dict: EventDictionary): void {
  const forms = dict.forms ?? {};
  t.words.forEach((w, i) => {
    if (w.upos !== "VERB") return;
    const form = foldLemma(w.form);
    const listed = Object.hasOwn(forms, form) ? forms[form] : undefined;
    const lemma = t.lemma[i]!;
    if (listed && listed !== lemma && (lemma === form || !dict.verbs[lemma])) t.lemma[i] = listed;
  });
}

function buildTree(p: ParsedSentence, tokens: readonly Token[], mentions: readonly ResolvedMention[]): Tree {
  // A copy: listsOfActors mends the parse for this finder alone.
  const words = [...p.words];
  const kids: number[][] = words.map(() => []);
  words.forEach((w, i) => {
    if (w.head > 0) kids[w.head - 1]!.push(i);
  });
  const token = new Int32Array(words.length);
  let k = 0;
  words.forEach((w, i) => {
    while (k + 1 < tokens.length && tokens[k]!.end <= w.start) k++;
    token[i] = k;
  });
  const t: Tree = { words, baseRel: words.map((w) => base(w.deprel)), lemma: words.map((w) => foldLemma(w.lemma)), frames: new Map(), kids, token, heads: new Map(), within: new Array(words.length) };
  // Words are in text order: the words of a mention are the run whose starts fall inside it.
  for (const m of mentions) {
    const inside: number[] = [];
    for (let i = 0; i < words.length && words[i]!.start < m.end; i++) if (words[i]!.start >= m.start) inside.push(i);
    if (!inside.length) continue;
    for (const i of inside) t.within[i] ??= m;
    const h = headOf(t, inside);
    t.heads.set(h, [...(t.heads.get(h) ?? []), m]);
  }
  listsOfActors(t);
  return t;
}

/**
 * "la ayuda de España, el Reino Unido, Catar y los Emiratos": the parse may hang the second actor of
 * a list from the noun the first one modifies, as its apposition. An actor cannot rename a thing
 * that is no actor, so it and the actors joined to it are the first one's conjuncts.
 */
function listsOfActors(t: Tree): void {
  const actorAt = (w: number) => (t.heads.get(w) ?? []).some(isActor);
  t.words.forEach((w, i) => {
    if (w.deprel !== "appos" || !actorAt(i)) return;
    const h = parent(t, i);
    if (h < 0 || actorAt(h) || t.within[h] || t.words[h]!.upos !== "NOUN") return;
    const first = t.kids[h]!.filter((k) => k < i && t.baseRel[k] === "nmod" && actorAt(k)).pop();
    const comma = t.words[i - 1]?.form === "," || t.kids[i]!.some((k) => k < i && t.words[k]!.form === ",");
    if (first === undefined || !comma) return;
    // "El secretario general de la ONU, António Guterres": a person after a body is the office's holder.
    const person = (k: number) => (t.heads.get(k) ?? []).some((m) => m.refs[0]?.label === "Person");
    if (person(i) && !person(first)) return;
    t.words[i] = { ...w, head: first + 1, deprel: "conj" };
    t.baseRel[i] = "conj";
    t.kids[h] = t.kids[h]!.filter((k) => k !== i);
    t.kids[first]!.push(i);
    t.kids[first]!.sort((a, b) => a - b);
  });
}

/** Of some words, the one whose head lies outside them (the highest, where several do). */
function headOf(t: Tree, inside: number[]): number {
  const set = new Set(inside);
  const depth = (w: number) => {
    let d = 0;
    for (let x = w; x >= 0 && d < 200; x = parent(t, x)) d++;
    return d;
  };
  const tops = inside.filter((i) => !set.has(parent(t, i)));
  // "The International Monetary Fund's board": where the parse splits a name, its noun heads it, not its adjective.
  const nominal = (w: number) => (["NOUN", "PROPN"].includes(t.words[w]!.upos) ? 0 : 1);
  // "Burkina Faso's President Blaise Compaore resigned": a possessor the parse hung from the verb is
  // no head of the name it is part of.
  const modifier = (w: number) => (["nmod:poss", "nmod:desc", "compound", "amod", "det"].includes(t.words[w]!.deprel) ? 1 : 0);
  return tops.sort((a, b) => depth(a) - depth(b) || modifier(a) - modifier(b) || nominal(a) - nominal(b))[0] ?? inside[0]!;
}

/** Relations that head a clause of their own. */
const CLAUSES = new Set(["root", "ccomp", "acl", "advcl", "xcomp", "csubj", "parataxis"]);

/**
 * The tokens of the subordinate clause the noun at w is part of ("que a saída abra caminho a outras
 * retiradas"), where that clause's subject names no actor: the noun's doer, if any, is inside it.
 */
function ownClause(ctx: Ctx, w: number): { from: number; to: number } | undefined {
  const t = ctx.t;
  if (w < 0 || !["NOUN", "PROPN"].includes(t.words[w]!.upos)) return undefined;
  // The head of the clause the noun is in: a verb, or the noun or adjective a copula predicates ("were not an effective way").
  let v = parent(t, w);
  while (v >= 0 && !CLAUSES.has(t.baseRel[v]!)) v = parent(t, v);
  if (v < 0 || !["acl", "ccomp"].includes(t.baseRel[v]!)) return undefined;
  // "China's envoy said sanctions were not an effective way": the noun may be the subject of what a
  // reported clause says it is, "that" left out. Of a verb ("said sanctions will be imposed"), it is
  // the speaker's act still.
  const subject = kidsBy(t, v, "nsubj")[0];
  if (subject === w && t.words[v]!.upos === "VERB") return undefined;
  if (!kidsBy(t, v, "mark").length && !(t.baseRel[v] === "ccomp" && subject === w)) return undefined;
  return subject !== undefined && !t.heads.get(subject)?.length && !t.within[subject] ? subtreeSpan(t, v) : undefined;
}

/** The word a token range stands for in the parse. */
function wordOfTokens(t: Tree, from: number, to: number): number {
  const inside: number[] = [];
  t.token.forEach((k, i) => {
    if (k >= from && k < to) inside.push(i);
  });
  return inside.length ? headOf(t, inside) : -1;
}

interface Ctx {
  s: SentenceView;
  lex: Lexicon;
  dict?: EventDictionary;
  t: Tree;
  reporters: Set<ResolvedMention>;
  published?: string;
  /** Who the sentence before was about (its main verb's subject), for a verb with no subject of its own in a null-subject language. */
  carried: readonly ResolvedMention[];
}

/** The role of a word's case marker ("de", "with", "according to"), if it has one. */
function caseRole(ctx: Ctx, w: number): PrepositionRole | undefined {
  // "with South Korean President Moon Jae-in": the parse may hang the marker from the first word of
  // a name whose last word heads it.
  const first = kidsBy(ctx.t, w, "compound", "flat").filter((k) => k < w)[0];
  for (const k of [...kidsBy(ctx.t, w, "case"), ...(first === undefined ? [] : kidsBy(ctx.t, first, "case"))]) {
    const role = ctx.lex.prepositions.get(ctx.t.words[k]!.form.toLowerCase()) ?? ctx.lex.prepositions.get(ctx.t.words[k]!.lemma.toLowerCase());
    if (role) return role;
  }
  return undefined;
}

/**
 * The actors a word names: the mention it heads, else one inside its phrase that says who it is or
 * whose it is (a name in apposition, a demonym, a possessor, "the government of X"), and the
 * actors coordinated with it.
 */
function actorsAt(ctx: Ctx, w: number, depth = 0): ResolvedMention[] {
  if (w < 0 || depth > 3) return [];
  const t = ctx.t;
  const own = (t.heads.get(w) ?? []).filter((m) => isActor(m) && !ctx.reporters.has(m));
  let out = own;
  // "el presidente del Soviet Supremo de Bielorrusia, Stanislav Shushkévich": the name in apposition
  // says who holds the office, over whom the office alone would be; "Los presidentes de Rusia, Borís
  // Yeltsin, y de Ucrania, Leonid Kravchuk": an office in the plural is each of those it names.
  if (own.length && own.every((m) => m.role !== undefined && m.refs.every((r) => r.label === "Person"))) {
    const named = kidsBy(t, w, "appos").flatMap((k) => (t.heads.get(k) ?? []).filter((m) => isActor(m) && m.refs.some((r) => r.label === "Person")));
    if (named.length) out = feat(t, w, "Number") === "Plur" ? [...own.filter((m) => !named.some((x) => x.refs.some((r) => includesRef(m.refs, r)))), ...named] : named.slice(0, 1);
  }
  if (!out.length && !t.heads.get(w)?.some(isPlace)) {
    // "then-presidents Barack Obama and ...": a name hung from a title noun with no case marker stands beside it.
    const bare = kidsBy(t, w, "nmod").filter((k) => !kidsBy(t, k, "case").length);
    for (const k of [...kidsBy(t, w, "appos", "flat", "compound", "nmod:poss"), ...bare]) {
      out = actorsAt(ctx, k, depth + 1);
      if (out.length) break;
    }
    if (!out.length) {
      // "tropas norte-coreanas", "Russian officials": a demonym says whose they are; "Russian and
      // Ukrainian delegations", each of the demonyms joined to it.
      // A name the parse hung as a modifier ("An Islamic State suicide bomber", "Islamic" an adjective) is whose it is too.
      for (const k of kidsBy(t, w, "amod")) {
        const ms = joinedDemonyms(t, k);
        if (!ms.length) ms.push(...(t.heads.get(k) ?? []).filter((m) => isActor(m) && !ctx.reporters.has(m) && m.to - m.from > 1));
        if (ms.length) {
          out = ms;
          break;
        }
      }
    }
    // "o governo da Rússia", "the leaders of both countries", "prosecutors at the ICC": the people or
    // bodies of an actor act for it.
    if (!out.length && speaksForWord(ctx, w)) {
      for (const k of kidsBy(t, w, "nmod")) {
        if (caseRole(ctx, k) === "of" || (caseRole(ctx, k) === "in" && servesThere(ctx, w))) out = actorsAt(ctx, k, depth + 1);
        if (out.length) break;
      }
      // "bribes to officials in Djibouti, China, ...": the parse may hang the place from the noun
      // above; right after the officials it is still where they serve.
      const next = w + 1;
      if (!out.length && next < t.words.length && rel(t, next) === "case" && servesThere(ctx, w)) {
        const k = parent(t, next);
        if (k > next && k !== w && caseRole(ctx, k) === "in" && kidsBy(t, k, "case")[0] === next) out = actorsAt(ctx, k, depth + 1);
      }
    }
  }
  // "a 50% tariff on imports from Brazil", "aranceles a las importaciones de México": goods are the
  // state's they come from.
  if (!out.length && matchAny(ctx.s.tokens, t.token[w]!, ctx.lex.goods)) {
    for (const k of kidsBy(t, w, "nmod")) {
      const role = caseRole(ctx, k);
      if (role === "from" || role === "of") out = actorsAt(ctx, k, depth + 1);
      if (out.length) break;
    }
  }
  if (!out.length) return [];
  // "Russian and Ukrainian delegations": the token finder made one of the demonyms the noun's
  // mention; the others joined to it are sides too.
  if (own.length) {
    const named = new Set(out.flatMap((x) => x.refs.map(keyOf)));
    const joined = kidsBy(t, w, "amod", "compound").flatMap((k) => joinedDemonyms(t, k)).filter((m) => !m.refs.some((r) => named.has(keyOf(r))));
    out = [...out, ...joined];
  }
  const more = kidsBy(t, w, "conj").flatMap((k) => actorsAt(ctx, k, depth + 1));
  return [...out, ...more.filter((m) => !out.includes(m))];
}

/** The demonym a modifier is, and those joined to it ("Russian and Ukrainian"): one mention each. */
function joinedDemonyms(t: Tree, k: number): ResolvedMention[] {
  return [k, ...kidsBy(t, k, "conj")].flatMap((j) => (t.heads.get(j) ?? []).filter((x) => isActor(x) && x.viaDemonym).slice(0, 1));
}

/**
 * Officials and agents "in" or "at" a place or body work there for it ("bribes to officials in
 * Malaysia", "leaders at an Arab League summit"); troops and crowds in a place may be anyone's.
 */
function servesThere(ctx: Ctx, w: number): boolean {
  const k = ctx.t.token[w]!;
  return !!(matchAny(ctx.s.tokens, k, ctx.lex.agentsOf) ?? matchAny(ctx.s.tokens, k, ctx.lex.government));
}

/** Does the word name an actor's people, forces or government ("governo", "forces", "miles")? */
function speaksForWord(ctx: Ctx, w: number): boolean {
  const k = ctx.t.token[w]!;
  const tokens = ctx.s.tokens;
  return !!(matchAny(tokens, k, ctx.lex.government) ?? matchAny(tokens, k, ctx.lex.forces) ?? matchAny(tokens, k, ctx.lex.agentsOf) ?? matchAny(tokens, k, ctx.lex.crowds) ?? matchAny(tokens, k, ctx.lex.weapons));
}

/** A passive: its own passive marks, or a participle on a noun ("the diplomats expelled"), unless a perfect auxiliary makes it active ("por haber llamado"). */
const isPassive = (t: Tree, p: number) =>
  kidsBy(t, p, "aux:pass", "nsubj:pass", "expl:pass").length > 0 || (rel(t, p) === "acl" && feat(t, p, "VerbForm") === "Part" && !kidsBy(t, p, "aux").length);

/** First-person speech: a verb whose subject is "we" or "I", or that has none and is in the first person. */
function firstPerson(t: Tree, p: number): boolean {
  const subj = kidsBy(t, p, "nsubj")[0];
  if (subj !== undefined) return feat(t, subj, "Person") === "1" && t.words[subj]!.upos === "PRON";
  return feat(t, p, "Person") === "1";
}

/** The reporting verb above a clause, if its speech is reported ("dijo Sheinbaum", "Putin said that ..."). */
function reportingVerbAbove(ctx: Ctx, p: number): number | undefined {
  const t = ctx.t;
  let x = p;
  for (let guard = 0; guard < 6 && x >= 0; guard++) {
    const r = base(rel(t, x));
    const h = parent(t, x);
    // "Sostuvimos una buena conversación ..., dijo Sheinbaum": the reporting verb may hang from the quote.
    for (const k of t.kids[x]!) if (["parataxis", "ccomp"].includes(base(rel(t, k))) && reportsAt(ctx, k)) return k;
    if (h < 0 || !["ccomp", "parataxis", "xcomp", "conj", "advcl"].includes(r)) return undefined;
    if (reportsAt(ctx, h)) return h;
    x = h;
  }
  return undefined;
}

const reportsAt = (ctx: Ctx, w: number) => !!matchAny(ctx.s.tokens, ctx.t.token[w]!, ctx.lex.reportingVerbs);

/**
 * "Hackers working for China stole", "an attack claimed by Islamic State killed": doers named by
 * no actor act for the one the phrase between them and the verb says they work for or answer to.
 */
function agentOfSubject(ctx: Ctx, from: number, verb: number): ResolvedMention[] {
  const { tokens, mentions } = ctx.s;
  const agent = mentions.find((m) => {
    if (m.from <= from || m.to > verb || !isActor(m)) return false;
    // "on behalf of the Revolutionary Guards": past the article.
    const last = ctx.lex.determiners.has(tokens[m.from - 1]?.norm ?? "") ? m.from - 2 : m.from - 1;
    return matchEndingAt(tokens, last, 4, ctx.lex.agentPhrases) !== undefined;
  });
  return agent ? [agent] : [];
}

/**
 * "Putin llegó a Estambul desde Damasco. El martes se había reunido allí con el presidente sirio":
 * in Portuguese and Spanish a main verb in the third person with no subject of its own (nor an
 * impersonal "se") goes on telling of whom the sentence before was about, if the number agrees.
 */
function carriedSubject(ctx: Ctx, p: number): ResolvedMention[] {
  const t = ctx.t;
  if (!ctx.lex.nullSubjects || !ctx.carried.length || t.words[p]!.upos !== "VERB") return [];
  if (kidsBy(t, p, "expl:impers", "expl:pass").length) return [];
  const finite = [p, ...kidsBy(t, p, "aux")].find((w) => feat(t, w, "VerbForm") === "Fin");
  if (finite === undefined || feat(t, finite, "Person") !== "3") return [];
  const plural = feat(t, finite, "Number") === "Plur";
  const many = ctx.carried.length > 1 || ctx.carried.some((m) => m.sides !== undefined && m.sides > 1);
  return plural === many ? [...ctx.carried] : [];
}

/**
 * "a day after Vladimir Putin recognised two regions": a finite verb with no subject or conjunction
 * of its own, right after a noun that a preposition of time opens, is that noun's act; the parse
 * took the noun for the preposition's object and the verb for a conjunct of the main one.
 */
function clauseAfterTime(ctx: Ctx, p: number): ResolvedMention[] {
  const t = ctx.t;
  if (p === 0 || feat(t, p, "VerbForm") !== "Fin" || kidsBy(t, p, "cc", "mark").length) return [];
  for (let q = p - 1; q >= 0 && q < p && subtreeSpan(t, q).to === t.token[p]; q = parent(t, q)) {
    if (kidsBy(t, q, "case").some((k) => ctx.lex.timeCases.has(t.words[k]!.lemma.toLowerCase()))) return ["NOUN", "PROPN", "PRON"].includes(t.words[q]!.upos) ? actorsAt(ctx, q) : [];
  }
  return [];
}

/** Who does what the predicate says: its subject, or the subject the structure lends it. */
function subjectOf(ctx: Ctx, p: number, depth = 0): ResolvedMention[] {
  const t = ctx.t;
  if (p < 0 || depth > 4) return [];
  if (firstPerson(t, p)) {
    const v = reportingVerbAbove(ctx, p);
    if (v !== undefined) return subjectOf(ctx, v, depth + 1);
  }
  // "El martes se había reunido": a day the parse took for the subject is none.
  const subj = kidsBy(t, p, "nsubj", "csubj").filter((k) => feat(t, k, "AdvType") !== "Tim");
  if (subj.length) {
    const named = subj.flatMap((k) => actorsAt(ctx, k));
    return named.length ? named : agentOfSubject(ctx, t.token[subj[0]!]!, t.token[p]!);
  }
  const misread = clauseAfterTime(ctx, p);
  if (misread.length) return misread;
  const r = rel(t, p);
  const h = parent(t, p);
  if (h < 0) return carriedSubject(ctx, p);
  // "prometió desplegar", "agreed to send": an infinitive takes its governor's subject; "invited X to
  // visit" and "pidió a X que" its object.
  if (base(r) === "xcomp") {
    const obj = kidsBy(t, h, "obj", "iobj");
    const k = ctx.t.token[h]!;
    if (obj.length && (matchAny(ctx.s.tokens, k, ctx.lex.inviting) ?? matchAny(ctx.s.tokens, k - 1, ctx.lex.inviting))) return obj.flatMap((o) => actorsAt(ctx, o));
    return subjectOf(ctx, h, depth + 1);
  }
  // "Hackers linked to Russia's intelligence service broke into ...": the parse may make the phrase
  // that says whom the doers work for the main verb, and the act hang from it; they act for whom it names.
  if ((base(r) === "conj" || base(r) === "advcl") && t.words[h]!.upos === "VERB" && h < p && matchAny(ctx.s.tokens, t.token[h]!, ctx.lex.agentPhrases)) {
    const agents = kidsBy(t, h, "obl").flatMap((k) => actorsAt(ctx, k));
    if (agents.length) return agents;
  }
  // "Zelensky met Trump and asked for more": coordinated verbs share a subject.
  if (base(r) === "conj" && t.words[h]!.upos === "VERB") return isPassive(t, h) ? [] : subjectOf(ctx, h, depth + 1);
  // The subject of the verb the noun this clause hangs from hangs from.
  const aboveNoun = () => {
    const g = parent(t, h);
    return g >= 0 && t.words[g]!.upos === "VERB" ? subjectOf(ctx, g, depth + 1) : [];
  };
  // "an interview in which he called ...": a relative on an oblique is where or when, not who; with
  // no subject of its own the clause is told of the subject of the verb its antecedent hangs from.
  const relative = (k: number) => feat(t, k, "PronType")?.includes("Rel") || ctx.lex.relativePronouns.has(t.words[k]!.form.toLowerCase());
  if ((r === "acl:relcl" || (r === "acl" && feat(t, p, "VerbForm") === "Fin")) && kidsBy(t, p, "obl").some(relative)) return aboveNoun();
  // "the Russian forces, which attacked ...": a relative clause's antecedent.
  if (r === "acl:relcl") {
    const relObj = kidsBy(t, p, "obj").some((k) => feat(t, k, "PronType")?.includes("Rel"));
    return relObj ? [] : actorsAt(ctx, h);
  }
  // "pidió disculpas por haber llamado...", "apologized for calling...": an infinitive of reason on
  // the object of a verb is that verb's subject's act.
  if (base(r) === "acl" && feat(t, p, "VerbForm") !== "Fin" && kidsBy(t, p, "mark").some((k) => ctx.lex.reasonMarks.has(t.words[k]!.lemma.toLowerCase()))) {
    const above = aboveNoun();
    if (above.length) return above;
  }
  // "reuniéndose con", "after meeting": a gerund or infinitive adjunct is its governor subject's act.
  // English tags the gerund a present participle: "after speaking with Scholz" is told of the
  // governor's subject. Not after other markers, whose doer may be the object ("barred inspectors from
  // monitoring", "to punish Saddam for obstructing"), nor bare ("..., cutting off aid" may be the
  // act's effect), nor a past participle, which is passive ("accused of spying, he ...").
  const form = feat(t, p, "VerbForm");
  const gerund = form === "Part" && feat(t, p, "Tense") === "Pres" && kidsBy(t, p, "mark").some((k) => ctx.lex.timeCases.has(t.words[k]!.lemma.toLowerCase()));
  if (base(r) === "advcl" && (form === "Ger" || form === "Inf" || gerund)) return subjectOf(ctx, h, depth + 1);
  return [];
}

interface Args {
  sources: ResolvedMention[];
  targets: ResolvedMention[];
  places: ResolvedMention[];
  destinations: ResolvedMention[];
  about: ResolvedMention[];
  /** An event noun whose light verb has a subject who does it ("expressed deep concern"). */
  voiced?: boolean;
  /** An attack whose targets are whom a passive verb says it befell ("was killed in a drone strike"). */
  victims?: boolean;
  /** The doers an event noun's possessor names ("Israel's strikes"). */
  possessors?: ResolvedMention[];
}

/** The noun that counts or spans w, where w is its "of" phrase ("a large number of troops", "three days of drills"). */
function countOf(ctx: Ctx, w: number): number | undefined {
  const head = parent(ctx.t, w);
  return head >= 0 && base(rel(ctx.t, w)) === "nmod" && caseRole(ctx, w) === "of" && ctx.lex.quantityNouns.has(ctx.t.lemma[head]!) ? head : undefined;
}

/** The obliques (or a noun's nmods) of a word, each with its case role. */
function obliques(ctx: Ctx, w: number): { word: number; role: PrepositionRole | undefined }[] {
  return kidsBy(ctx.t, w, "obl", "nmod", "advcl").filter((k) => rel(ctx.t, k) !== "nmod:poss").map((k) => ({ word: k, role: caseRole(ctx, k) }));
}

/**
 * The words of a predicate's phrase whose obliques are the predicate's: the verb, and the object a
 * phrase trigger names with it ("cut diplomatic ties with Qatar", "impôs sanções à Rússia").
 */
function phraseWords(ctx: Ctx, p: number, span?: { from: number; to: number }): number[] {
  if (!span) return [p];
  return [p, ...kidsBy(ctx.t, p, "obj").filter((k) => ctx.t.token[k]! >= span.from && ctx.t.token[k]! < span.to)];
}

function argsOfVerb(ctx: Ctx, p: number, trig: TriggerPattern, span?: { from: number; to: number }): Args {
  const t = ctx.t;
  const out: Args = { sources: [], targets: [], places: [], destinations: [], about: [] };
  const passive = isPassive(t, p);
  const inPhrase = phraseWords(ctx, p, span);
  const obl = inPhrase.flatMap((w) => obliques(ctx, w));
  if (passive && ctx.lex.feelingVerbs.has(lemmaAt(t, p))) {
    // "Biden was disappointed by OPEC's decision": who feels it acts; what they feel it about is aimed at.
    out.sources = kidsBy(t, p, "nsubj:pass", "nsubj").flatMap((k) => actorsAt(ctx, k));
    out.targets = obl.filter((o) => o.role === "by" || rel(t, o.word) === "obl:agent").flatMap((o) => actorsAt(ctx, o.word));
  } else if (passive) {
    // "was mediated by the UAE", "fueron expulsados por el Gobierno": the agent does it, the subject undergoes it.
    out.sources = obl.filter((o) => o.role === "by" || rel(t, o.word) === "obl:agent").flatMap((o) => actorsAt(ctx, o.word));
    out.targets = kidsBy(t, p, "nsubj:pass", "nsubj").flatMap((k) => actorsAt(ctx, k));
    if (rel(t, p) === "acl") out.targets = actorsAt(ctx, parent(t, p));
  } else {
    out.sources = subjectOf(ctx, p);
    out.targets = kidsBy(t, p, "obj", "iobj").filter((k) => !inPhrase.includes(k)).flatMap((k) => actorsAt(ctx, k));
  }
  // "pediu que a França ajude", "demanded that Israel withdraw": who is asked is the subject of what is asked.
  if (trig.type === "DEMAND" && !out.targets.length) {
    out.targets = kidsBy(t, p, "ccomp").flatMap((k) => kidsBy(t, k, "nsubj", "nsubj:pass").flatMap((x) => actorsAt(ctx, x)));
  }
  for (const o of obl) {
    if (rel(t, o.word) === "obl:agent" || (passive && o.role === "by")) continue;
    const heads = t.heads.get(o.word) ?? [];
    if (heads.some(isPlace) || (o.role === "in" && heads.some((m) => m.refs[0]?.label === "State"))) {
      (o.role === "to" ? out.destinations : out.places).push(...heads);
      // "atacou em território ucraniano", "arrived in Baghdad": where an attack or a visit happens is also whom it concerns.
      if (!(trig.type === "ASSAULT" || PLACE_IS_TARGET.has(trig.mode))) continue;
    }
    const actors = actorsAt(ctx, o.word);
    if (!actors.length) continue;
    if (o.role === "between") out.targets.push(...actors);
    else if (o.role === "against" || o.role === "to" || o.role === "with" || (o.role === "from" && trig.type === "RETREAT")) {
      if (!out.targets.length || o.role === "with") out.targets.push(...actors);
    } else if (o.role === "about") out.about.push(...actors);
    else if (o.role === "in" && (trig.type === "ASSAULT" || PLACE_IS_TARGET.has(trig.mode)) && !out.targets.length) out.targets.push(...actors);
  }
  return out;
}

/** Whose act an event noun is, and to whom: its possessor or demonym, its "of"/"by"/"from", its "against"/"with"/"to". */
/** The actor a possessive pronoun at w stands for: the nearest one before it of a kind it can be ("its": a state or a body). */
function possessor(ctx: Ctx, w: number): ResolvedMention[] {
  const lex = ctx.lex;
  const form = ctx.t.words[w]!.form.toLowerCase();
  // "their", "su", "seu" may stand for several or for either kind: left alone.
  const neuter = lex.neuterPossessives.has(form);
  if (!neuter && !lex.personalPossessives.has(form)) return [];
  const fits = (m: ResolvedMention) => isActor(m) && !ctx.reporters.has(m) && m.refs.every((r) => (r.label === "Person") !== neuter);
  const at = ctx.t.token[w]!;
  const before = ctx.s.mentions.filter((m) => m.to <= at && fits(m));
  return before.length ? [before.at(-1)!] : [];
}

function argsOfNoun(ctx: Ctx, p: number, trig: TriggerPattern): Args {
  const t = ctx.t;
  const out: Args = { sources: [], targets: [], places: [], destinations: [], about: [] };
  const poss = kidsBy(t, p, "nmod:poss", "det:poss").flatMap((k) => actorsAt(ctx, k));
  // "punished Moscow for its invasion of Afghanistan": a possessive pronoun is the nearest actor
  // before it that it can stand for.
  if (!poss.length) poss.push(...kidsBy(t, p, "nmod:poss", "det:poss").flatMap((k) => possessor(ctx, k)).slice(0, 1));
  const demonym = kidsBy(t, p, "amod", "compound").flatMap((k) => (t.heads.get(k) ?? []).filter((m) => isActor(m) && (m.viaDemonym || rel(t, k) === "compound")));
  out.sources.push(...poss, ...demonym);
  // "North Korean hackers were behind the theft": whom a copula puts behind the act did it.
  if (kidsBy(t, p, "cop").length && kidsBy(t, p, "case").some((k) => ctx.lex.doerCases.has(foldLemma(t.words[k]!.form)))) out.sources.push(...subjectOf(ctx, p));
  // Marked as possessors ("Russia's", "its"): the parse may hang a far noun as one.
  const marked = kidsBy(t, p, "nmod:poss", "det:poss").filter((k) => rel(t, k) === "det:poss" || kidsBy(t, k, "case").length > 0).flatMap((k) => actorsAt(ctx, k));
  if (marked.length) out.possessors = marked;
  for (const o of obliques(ctx, p)) {
    const heads = t.heads.get(o.word) ?? [];
    if (heads.some(isPlace)) {
      (o.role === "to" ? out.destinations : out.places).push(...heads);
      continue;
    }
    const actors = actorsAt(ctx, o.word);
    if (!actors.length) continue;
    if (o.role === "by" || (o.role === "from" && trig.type === "AID")) out.sources.push(...actors);
    else if (o.role === "of") (out.sources.length || matchAny(ctx.s.tokens, t.token[p]!, ctx.lex.patientNouns) ? out.targets : out.sources).push(...actors);
    else if (o.role === "between") out.sources.push(...actors);
    else if (o.role === "against" || o.role === "to" || o.role === "with" || (o.role === "from" && trig.type === "CRIME")) out.targets.push(...actors);
    else if (o.role === "in" && (trig.type === "ASSAULT" || PLACE_IS_TARGET.has(trig.mode))) out.targets.push(...actors);
    else if (o.role === "about") out.about.push(...actors);
  }
  // A noun a verb takes as its object ("launched an offensive", "anunció la suspensión", "impuso
  // sanciones a Rusia") is the verb subject's act, and the verb's obliques are the noun's too.
  // "began three days of combat drills", "held a round of talks": what counts the act or spans it stands in for it.
  const q = countOf(ctx, p) ?? p;
  const h = parent(t, q);
  const light = h >= 0 && !!(matchAny(ctx.s.tokens, t.token[h]!, ctx.lex.lightVerbs) ?? matchAny(ctx.s.tokens, t.token[h]!, ctx.lex.reportingVerbs));
  // A noun after its light verb that the parse hung as a clause (a tagger that read "mandado" as
  // "sent") is its object all the same.
  // So is one hung as an oblique with no preposition ("approved a four-year, $17.5 billion loan",
  // where the parse took the figure for the object).
  const object = ["obj", "nsubj:pass"].includes(rel(t, q)) || (q > h && ["advcl", "xcomp"].includes(base(rel(t, q)))) || (q > h && base(rel(t, q)) === "obl" && !kidsBy(t, q, "case").length);
  if (light && object && t.words[h]!.upos === "VERB") {
    if (!out.sources.length) {
      out.sources = subjectOf(ctx, h);
      out.voiced = out.sources.length > 0;
    }
    if (!out.targets.length) {
      const v = argsOfVerb(ctx, h, trig);
      out.targets = v.targets.filter((m) => !out.sources.includes(m));
      if (!out.places.length) out.places = v.places;
    }
  }
  // "Saleh al-Arouri was killed in an Israeli drone strike": whom a passive verb says the attack it
  // happened in befell is whom the attack was aimed at, before any place it struck.
  if (trig.type === "ASSAULT" && h >= 0 && base(rel(t, p)) === "obl" && caseRole(ctx, p) === "in" && isPassive(t, h)) {
    const victims = kidsBy(t, h, "nsubj:pass").flatMap((k) => actorsAt(ctx, k)).filter((m) => !out.sources.includes(m));
    if (victims.length) {
      out.targets = victims;
      out.victims = true;
    }
  }
  // "tras una llamada telefónica con Trump, Sheinbaum anunció": a meeting the clause's subject had.
  if (!out.sources.length && SYMMETRIC_TYPES.has(trig.type) && out.targets.length && h >= 0 && ["obl", "advcl", "nmod"].includes(base(rel(t, p)))) {
    out.sources = subjectOf(ctx, h).filter((m) => !out.targets.includes(m));
  }
  // "In a phone call, Wang Yi told his Indian counterpart, Jaishankar, that...", "en la reunión,
  // Lula dijo a Macron": a conversation with no sides of its own, where one tells the other something.
  if (!out.sources.length && !out.targets.length && SYMMETRIC_TYPES.has(trig.type) && h >= 0 && base(rel(t, p)) === "obl" && matchAny(ctx.s.tokens, t.token[h]!, ctx.lex.reportingVerbs)) {
    const told = kidsBy(t, h, "iobj", "obj").flatMap((k) => actorsAt(ctx, k));
    // The teller is the reporter of what is told, and a side of the conversation all the same.
    const own = kidsBy(t, h, "nsubj").flatMap((k) => (t.heads.get(k) ?? []).filter(isActor));
    const teller = (own.length ? own : subjectOf(ctx, h)).filter((m) => !told.includes(m));
    if (told.length && teller.length) {
      out.sources = teller;
      out.targets = told;
    }
  }
  return out;
}

/** Acts a side does by itself, which need no one they are done to. */
const ALONE = new Set(["MOBILIZE", "PROTEST", "RETREAT", "INVESTIGATE"]);

/** Acts that sides joined in one subject do with each other. */
const JOINT = new Set(["AGREE", "CONSULT"]);

/** Drafts dated by the verb they are joined to. */
const sharedDate = new WeakSet<EventDraft>();
/** Drafts whose trigger only the event dictionary knew. */
const fromDictionary = new WeakSet<EventDraft>();
/**
 * A frame written by hand that says who does it or both what and where to ("Chinese warships sailed
 * through", "fired missiles into the sea", "awarded the Nobel Peace Prize"), or that gives the type
 * its object makes of the verb outright, with no CAMEO code ("sent Jiang a letter" is no aid sent):
 * it reads the verb more closely than a trigger word does.
 */
const closeReading = (e: DictEntry | undefined): boolean => !!e && e.from === "hand" && !!e.type && (!!e.subj || !!e.by || (!!e.obj && (!!e.obl?.length || !!e.advmod || !e.cameo)));

/** Drafts whose dictionary frame names what the predicate says of its object ("called X a terrorist"), or reads it as closely. */
const fromPredicative = new WeakSet<EventDraft>();
/** Attacks whose targets a passive verb names ("was killed in an Israeli drone strike"). */
const befell = new WeakSet<EventDraft>();
/** Verbs whose subject joins several actors ("El Salvador's government and the guerrillas of the FMLN"). */
const jointSubjects = new WeakSet<EventDraft>();
/** The doers event nouns' possessors name. */
const possessed = new WeakMap<EventDraft, EntityRef[]>();

/** What the predicate's own words say of its status: negation, modality, tense, the verb above it. */
function statusOf(ctx: Ctx, p: number, trig: TriggerPattern, claimed: boolean, date?: string): EventStatus {
  const t = ctx.t;
  const tokens = ctx.s.tokens;
  const cue = (w: number, ps: Parameters<typeof occursIn>[3]) => occursIn(tokens, t.token[w]!, t.token[w]! + 1, ps);
  // "will not hold direct negotiations": a noun its verb takes as object has the verb's negation and tense.
  const verb = trig.nominal && base(rel(t, p)) === "obj" && parent(t, p) >= 0 && t.words[parent(t, p)]!.upos === "VERB" ? parent(t, p) : -1;
  const own = [...kidsBy(t, p, "advmod", "aux", "aux:pass", "mark", "cop"), ...(verb >= 0 ? kidsBy(t, verb, "advmod", "aux", "mark") : [])];
  if (own.some((k) => cue(k, ctx.lex.negations))) return "denied";
  // "would send no officials", "no enviará ningún ministro": an object none of which is sent.
  if (!trig.nominal && kidsBy(t, p, "obj").some((o) => kidsBy(t, o, "det").some((d) => feat(t, d, "PronType") === "Neg"))) return "denied";
  if (own.some((k) => cue(k, ctx.lex.hypothetical))) return "hypothetical";
  if (own.some((k) => cue(k, ctx.lex.planned)) || feat(t, p, "Tense") === "Fut" || kidsBy(t, p, "aux").some((k) => feat(t, k, "Tense") === "Fut")) return "planned";
  // "plans to send", "decidiu enviar", "ameaçou bombardear": the verb above says it lies ahead.
  const h = parent(t, p);
  // "failed to reach an agreement": the parse may hang the infinitive as an adverbial clause.
  if (h >= 0 && ["xcomp", "advcl", "acl"].includes(base(rel(t, p))) && cue(h, ctx.lex.failed)) return "denied";
  if (h >= 0 && base(rel(t, p)) === "xcomp") {
    const governing = [h, ...kidsBy(t, h, "aux", "mark")];
    // "would not have hesitated to drop atomic bombs": what someone would have done is hypothetical.
    if (governing.some((k) => cue(k, ctx.lex.hypothetical))) return "hypothetical";
    if (governing.some((k) => cue(k, ctx.lex.negations))) return "denied";
    if (occursIn(tokens, t.token[h]!, t.token[p]!, ctx.lex.planned) || governing.some((k) => cue(k, ctx.lex.planned))) return "planned";
  }
  if (!trig.nominal && feat(t, p, "Mood") === "Cnd") return "planned";
  if (date && ctx.published && date.slice(0, 10) > ctx.published) return "planned";
  return claimed ? "claimed" : "occurred";
}

/**
 * Acts a passive's subject undergoes ("was arrested", "were sanctioned"); not those it does though
 * the verb is passive ("was readmitted to the African Union", "troops were placed on alert"); nor
 * help, where the subject may be what is sent ("troops have been sent to Russia").
 */
const UNDERGONE = new Set(["ASSAULT", "COERCE", "SANCTION", "INVESTIGATE", "DISAPPROVE", "DEMAND", "THREATEN", "REJECT", "SUPPORT", "CONCEDE"]);

/** Acts whose refusal in advance is a rejection. */
const REFUSABLE = new Set(["CONSULT", "AGREE", "COOPERATE", "AID"]);

/**
 * "Iran will not hold direct negotiations with the United States", "Irán no negociará": talks, deals
 * or help refused ahead of time, and recognition withheld at any time, are a refusal (REJECT), not
 * talks that did not happen. Read off the trigger's own tense and the words just before it,
 * whichever finder made the draft.
 */
function refusals(drafts: EventDraft[], s: SentenceView, parse: ParsedSentence, lex: Lexicon): void {
  for (const d of drafts) {
    if (d.status !== "denied" || (!REFUSABLE.has(d.type) && d.mode !== "recognize")) continue;
    const from = s.tokens[d.trigger.from]!.start;
    const words = parse.words.filter((w) => w.start >= from && w.start < d.trigger.end);
    const future = words.some((w) => /Tense=Fut|Mood=Cnd/.test(w.feats)) || occursIn(s.tokens, d.trigger.from - 4, d.trigger.from, lex.planned);
    // Recognition withheld is a rejection now: "Alemania no reconoce la declaración".
    const recognition = d.mode === "recognize";
    if (!future && !recognition) continue;
    // Only an outcome of a state's vote or rule ("su victoria", "o resultado daquela eleição") is the
    // act of the state the story is about; a declaration or a court's jurisdiction is someone else's.
    if (recognition && !d.targets.length && !occursIn(s.tokens, d.trigger.to, d.trigger.to + 4, lex.electoralOutcomes)) d.doerUnknown = true;
    d.type = "REJECT";
    d.mode = "";
    d.status = "occurred";
  }
}

/** Hostile acts whose promise on a condition is a threat of them. */
const THREATENABLE = new Set(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE"]);

/**
 * "Yemen's Houthis will resume their attacks on Israeli shipping if Israel does not lift its
 * blockade", "Turkey could cut ties with Israel if...": a hostile act that lies ahead, in a clause
 * with a condition of its own, is a threat of it (PLOVER THREATEN), made now, to the same side.
 */
function conditionalThreats(drafts: EventDraft[], s: SentenceView, t: Tree, lex: Lexicon): void {
  if (!lex.conditionals.size) return;
  const condition = (c: number) => kidsBy(t, c, "mark").some((m) => lex.conditionals.has(t.words[m]!.form.toLowerCase()));
  const conditional = (i: number) => kidsBy(t, i, "advcl").some(condition);
  const tensed = (w: number) => feat(t, w, "Tense") === "Fut" || feat(t, w, "Mood") === "Cnd";
  // The act lies ahead by the verb's tense or auxiliary ("will", "could"), not by a word of duty
  // ("são obrigados a prender Putin caso ele pise em seu território" is no threat).
  const ahead = (i: number) => tensed(i) || kidsBy(t, i, "aux").some((a) => tensed(a) || occursIn(s.tokens, t.token[a]!, t.token[a]! + 1, lex.planned) || occursIn(s.tokens, t.token[a]!, t.token[a]! + 1, lex.hypothetical));
  for (const d of drafts) {
    // A threat is made to someone: an act with no one it is aimed at stays what it was.
    if (!THREATENABLE.has(d.type) || d.status === "denied" || !d.targets.length) continue;
    let i = t.token.findIndex((k) => k >= d.trigger.from && k < d.trigger.to);
    // The clause the act is told in: the verb of a noun it names ("resume their attacks"), and the
    // verbs above an infinitive ("could go as far as cutting").
    let future = false;
    for (let guard = 0; i >= 0 && guard < 3 && !conditional(i); guard++) {
      future ||= ahead(i);
      // An act in the condition itself ("if it launched a major invasion") is what is feared, not threatened.
      if (!["obj", "xcomp", "advcl", "obl", "nmod"].includes(base(rel(t, i))) || parent(t, i) < 0 || condition(i)) i = -1;
      else i = parent(t, i);
    }
    if (i < 0 || !conditional(i)) continue;
    // "could go as far as cutting ties ... if": the verbs above the conditioned one may say it lies ahead.
    for (let k = i, guard = 0; !future && k >= 0 && guard < 3; guard++, k = parent(t, k)) future = ahead(k);
    if (!future) continue;
    d.type = "THREATEN";
    d.mode = "threaten";
    d.status = "occurred";
  }
}

const refsOf = (ms: ResolvedMention[]): EntityRef[] => [...new Map(ms.flatMap((m) => m.refs).map((r) => [keyOf(r), r])).values()];

/** A predicate found in the sentence: the word, what it is, and the tokens that named it. */
interface Predicate {
  word: number;
  trig: TriggerPattern;
  from: number;
  to: number;
  /** The dictionary frame that made it, with its slots for the target and source. */
  entry?: DictEntry;
}

/**
 * The predicates of a sentence: lexicon triggers, each placed on the word of the parse that heads
 * it, then the verbs and nouns the event dictionary has a frame for. A dictionary frame of no type
 * ("called off the strike") takes the word out, whichever source found it.
 */
function predicates(ctx: Ctx, noEvents: readonly NoEvent[]): Predicate[] {
  const s = ctx.s;
  const covered = new Set<number>();
  for (const m of s.mentions) if (m.kind !== "location") for (let k = m.from; k < m.to; k++) covered.add(k);
  const out: Predicate[] = [];
  const taken = new Set<number>();
  const blocked = new Set<number>(noEvents.map((n) => n.word));
  if (ctx.dict) {
    ctx.t.words.forEach((w, i) => {
      const e = frameOf(ctx, i);
      if (e && e.type === null && constraints(e) > 0) blocked.add(i);
    });
  }
  /** The words of a trigger's tokens: the dictionary does not read them again. */
  const take = (from: number, to: number) => ctx.t.token.forEach((tk, i) => tk >= from && tk < to && taken.add(i));
  for (const hit of findTriggers(s.tokens, ctx.lex, (i) => covered.has(i))) {
    if (!hit.trig.type) {
      take(hit.from, hit.to);
      continue;
    }
    const word = wordOfTokens(ctx.t, hit.from, hit.to);
    if (word < 0 || blocked.has(word)) continue;
    // "llamó a Lula corrupto", "fired missiles into the sea": what the verb calls its object, or a
    // frame that reads who does it or what and where to, says more than the word alone.
    const named = ctx.dict ? frameOf(ctx, word) : undefined;
    if ((named?.pred || closeReading(named)) && named?.type) {
      out.push({ word, trig: { type: named.type, mode: named.mode ?? "", nominal: false, pattern: { words: [], source: ctx.t.words[word]!.lemma } }, from: hit.from, to: hit.to, entry: named });
      take(hit.from, hit.to);
      continue;
    }
    // The parse says whether the word is a verb or a noun; "ataque" and "attack" are both.
    const upos = ctx.t.words[word]!.upos;
    // A noun phrase of several words ("mandado de prisão") is a noun whatever the tagger made of its head.
    const nominal = (hit.trig.nominal && hit.to - hit.from >= 2) || upos === "NOUN" || upos === "PROPN" ? true : upos === "VERB" ? false : hit.trig.nominal;
    out.push({ word, trig: nominal === hit.trig.nominal ? hit.trig : { ...hit.trig, nominal }, from: hit.from, to: hit.to });
    take(hit.from, hit.to);
  }
  if (!ctx.dict) return out;
  ctx.t.words.forEach((w, i) => {
    if (taken.has(i) || blocked.has(i) || ctx.t.within[i]) return;
    // "invitó a Sánchez a visitar": the invitation is the visit's, not an act of its own.
    if (matchAny(s.tokens, ctx.t.token[i]!, ctx.lex.inviting)) return;
    const e = frameOf(ctx, i);
    if (!e || !e.type) return;
    const k = ctx.t.token[i]!;
    out.push({ word: i, trig: { type: e.type, mode: e.mode ?? "", nominal: w.upos !== "VERB", pattern: { words: [], source: w.lemma } }, from: k, to: k + 1, entry: e });
  });
  return out.sort((a, b) => a.from - b.from);
}

/** A word of the parse that names no event, and whether it names a meeting called off. */
interface NoEvent {
  word: number;
  calledOff: boolean;
}

/**
 * The objects of verbs whose frames say they name no event: "called off a strike" (a frame of no
 * type), or a meeting that never took place: "cancelled a visit to London" (CAMEO 125, a hand
 * frame: refusing the meeting).
 */
function unhappened(ctx: Ctx): NoEvent[] {
  if (!ctx.dict) return [];
  return ctx.t.words.flatMap((_, i) => {
    const e = frameOf(ctx, i);
    if (!e?.obj) return [];
    const calledOff = e.cameo === "125" && e.from === "hand";
    return e.type === null || calledOff ? kidsBy(ctx.t, i, "obj").map((word) => ({ word, calledOff })) : [];
  });
}

const lemmaAt = (t: Tree, w: number) => t.lemma[w]!;

/** The entry of the dictionary that fits the word and its dependents best, if any does. */
function frameOf(ctx: Ctx, w: number): DictEntry | undefined {
  const cached = ctx.t.frames.get(w);
  if (cached !== undefined) return cached ?? undefined;
  const found = findFrame(ctx, w);
  ctx.t.frames.set(w, found ?? null);
  return found;
}

function findFrame(ctx: Ctx, w: number): DictEntry | undefined {
  const d = ctx.dict!;
  const word = ctx.t.words[w]!;
  const part = word.upos === "VERB" ? d.verbs : word.upos === "NOUN" ? d.nouns : undefined;
  const lemmas: LemmaEntries | undefined = part && Object.hasOwn(part, lemmaAt(ctx.t, w)) ? part[lemmaAt(ctx.t, w)] : undefined;
  if (!lemmas) return undefined;
  const deps = dependents(ctx, w);
  for (const e of candidatesOf(d, lemmas)) if (holds(ctx, deps, e)) return e;
  return undefined;
}

const ordered = new WeakMap<LemmaEntries, DictEntry[]>();

/**
 * A lemma's frames, its own and its blocks', best first: the one that asks most, then hand-written
 * before converted, then in the order written. The first that holds is the frame; sorted once per
 * lemma, since a verb of the converted dictionaries can have hundreds.
 */
function candidatesOf(d: EventDictionary, lemmas: LemmaEntries): DictEntry[] {
  let out = ordered.get(lemmas);
  if (out) return out;
  const ranked = [
    ...lemmas.entries.map((e, i) => ({ e, rank: (e.from === "hand" ? 0 : 1000) + i })),
    ...(lemmas.blocks ?? []).flatMap((b) => (d.blocks[b] ?? []).map((e, i) => ({ e, rank: (e.from === "hand" ? 0 : 1000) + 500 + i }))),
  ].map((c) => ({ ...c, n: constraints(c.e) }));
  out = ranked.sort((a, b) => b.n - a.n || a.rank - b.rank).map((c) => c.e);
  ordered.set(lemmas, out);
  return out;
}

/**
 * How much a frame asks of a word. What the object is called weighs as three: a pejorative word says
 * more of the verb than any pair of case markers ("llamó «cobarde» a Sánchez" in a clause "en la que"
 * also fits the "* A + EN" appeal of the Spanish dictionary).
 */
const constraints = (e: DictEntry) =>
  (e.prt ? 1 : 0) + (e.subj ? 1 : 0) + (e.obj ? 1 : 0) + (e.objMods ? 1 : 0) + (e.obl?.length ?? 0) + (e.xcomp ? 1 : 0) + (e.purpose ? 1 : 0) + (e.pred ? 3 : 0) + (e.said ? 3 : 0) + (e.done ? 3 : 0) + (e.advmod ? 1 : 0) + (e.mods ? 1 : 0) + (e.se ? 1 : 0);

/** A lemma list compiled once: its one-word lemmas, and its multi-word ones by their head word. */
interface CompiledList {
  single: Set<string>;
  multi: Map<string, string[][]>;
  /** Every multi-word item under each of its words: a name's parse may hang it from any of them ("Nobel Peace Prize" from "Peace"). */
  named: Map<string, string[][]>;
}
const compiled = new WeakMap<readonly string[], CompiledList>();

function compileList(ctx: Ctx, list: readonly string[]): CompiledList {
  let c = compiled.get(list);
  if (c) return c;
  c = { single: new Set(), multi: new Map(), named: new Map() };
  const english = ctx.lex.language === "en";
  for (const item of list) {
    for (const it of item.startsWith("&") ? ctx.dict!.classes[item.slice(1)] ?? [] : [item]) {
      const parts = it.split(" ");
      if (parts.length === 1) {
        c.single.add(it);
        continue;
      }
      const head = english ? parts.at(-1)! : parts[0]!;
      c.multi.set(head, [...(c.multi.get(head) ?? []), parts.filter((x) => x !== head)]);
      for (const p of new Set(parts)) c.named.set(p, [...(c.named.get(p) ?? []), parts]);
    }
  }
  compiled.set(list, c);
  return c;
}

/**
 * The places a word names: its own ("captured Goma"), or, for a town noun, the place or state it
 * is put beside ("captured the capital Kigali", "overran the capital of the Central African Republic").
 */
function placesNamedBy(ctx: Ctx, w: number): ResolvedMention[] {
  const own = (ctx.t.heads.get(w) ?? []).filter(takenPlace);
  if (own.length || !ctx.lex.cityHeads.has(lemmaAt(ctx.t, w))) return own;
  return ctx.t.kids[w]!.filter((k) => ["appos", "flat", "nmod"].includes(base(rel(ctx.t, k)))).flatMap((k) => (ctx.t.heads.get(k) ?? []).filter((m) => takenPlace(m) || m.refs[0]?.label === "State"));
}

/** Does the word's lemma stand in the list (a "&class" stands for the lemmas of that class)? Multi-word items match by their head word and need the rest among its dependents. */
function inList(ctx: Ctx, w: number, list: readonly string[]): boolean {
  const c = compileList(ctx, list);
  const lemma = lemmaAt(ctx.t, w);
  if (c.single.has(lemma)) return true;
  if (c.single.has("@place") && placesNamedBy(ctx, w).length) return true;
  if (c.single.has("@person") && (ctx.t.heads.get(w) ?? []).some(isPerson)) return true;
  const rest = c.multi.get(lemma);
  if (rest) {
    const deps = new Set(ctx.t.kids[w]!.map((k) => lemmaAt(ctx.t, k)));
    if (rest.some((others) => others.every((x) => deps.has(x)))) return true;
  }
  // A proper name's words hang from its first: "Nobel Peace Prize" is "Peace" with "Nobel" and "Prize".
  if (ctx.t.words[w]!.upos !== "PROPN") return false;
  const name = new Set([lemma, ...ctx.t.kids[w]!.filter((k) => ["flat", "compound"].includes(rel(ctx.t, k))).map((k) => lemmaAt(ctx.t, k))]);
  return (c.named.get(lemma) ?? []).some((parts) => parts.every((x) => name.has(x)));
}

/** The case marker of an oblique, a fixed expression whole ("on behalf of"). */
function caseOf(ctx: Ctx, w: number): string | undefined {
  const c = kidsBy(ctx.t, w, "case")[0];
  if (c === undefined) return undefined;
  return [c, ...kidsBy(ctx.t, c, "fixed")].map((k) => lemmaAt(ctx.t, k)).join(" ");
}

/** A word's dependents as the dictionary's constraints read them, gathered once per word. */
interface Dependents {
  prt: Set<string>;
  subj: number[];
  obj: number[];
  /** Obliques (a noun's nmods) with their case marker. */
  obl: { word: number; case: string | undefined }[];
  xcomp: Set<string>;
  /** The lemmas of the infinitives that say what the act is for ("to hunt down the rebels"). */
  purpose: Set<string>;
  /** What the object is called: xcomps, obliques with "as"/"como"/"de", and the object's own "de"/"como" phrases and adjectives. */
  pred: number[];
  /** The word itself: what a reported clause says is read only where a frame asks ("said"). */
  word: number;
  advmod: Set<string>;
  mods: Set<string>;
  se: boolean;
}

/** Phrases of a verb the parse may hang from its object. */
const HUNG_CASES = ["from", "over", "at"];

/** The infinitives with a marker that hang from a verb as adverbial clauses: what it is done for ("to hunt down"). */
function purposes(t: Tree, p: number): number[] {
  return kidsBy(t, p, "advcl").filter((k) => feat(t, k, "VerbForm") === "Inf" && kidsBy(t, k, "mark").length > 0);
}

/**
 * "approved an $8 billion loan programme": the parse heads an amount by its currency sign, with what
 * it pays for beside it; "prometeu 100 milhões de dólares", by its number, with its unit and currency under it.
 */
function measured(t: Tree, w: number): number[] {
  const upos = t.words[w]!.upos;
  return upos === "SYM" ? kidsBy(t, w, "appos") : upos === "NUM" ? kidsBy(t, w, "flat", "nmod") : [];
}

function dependents(ctx: Ctx, p: number): Dependents {
  const t = ctx.t;
  const d: Dependents = { prt: new Set(), subj: [], obj: [], obl: [], xcomp: new Set(), purpose: new Set(purposes(t, p).map((k) => t.lemma[k]!)), pred: [], word: p, advmod: new Set(), mods: new Set(), se: false };
  for (const k of t.kids[p]!) {
    const r = t.words[k]!.deprel;
    const b = t.baseRel[k]!;
    const lemma = t.lemma[k]!;
    if (r === "compound:prt") d.prt.add(lemma);
    if (b === "nsubj") d.subj.push(k);
    else if (b === "obj") d.obj.push(k);
    else if ((b === "obl" || b === "nmod") && r !== "nmod:poss") d.obl.push({ word: k, case: caseOf(ctx, k) });
    else if (b === "xcomp") {
      d.xcomp.add(lemma);
      d.pred.push(k);
    }
    else if (b === "advmod") d.advmod.add(lemma);
    // "ordered the country's 1,300 troops home": the parse may hang the verb's adverb from its object.
    if (b === "obj") for (const a of kidsBy(t, k, "advmod")) if (a > k) d.advmod.add(t.lemma[a]!);
    if (b === "amod" || b === "compound") d.mods.add(lemma);
    if (lemma === "se" || t.words[k]!.form.toLowerCase() === "se") d.se = true;
  }
  // "seized Kirkuk and its oilfields from Kurdish Peshmerga fighters", "fired a ballistic missile over
  // Japan": the parse may hang the verb's "from" or "over" phrase from its object.
  for (const c of HUNG_CASES) {
    const hung = withConjuncts(t, d.obj).flatMap((x) => kidsBy(t, x, "nmod")).find((k) => caseOf(ctx, k) === c);
    if (hung !== undefined && !d.obl.some((x) => x.case === c)) d.obl.push({ word: hung, case: c });
  }
  for (const x of d.obl) if (x.case && PREDICATIVE_CASES.has(x.case)) d.pred.push(x.word);
  // "massed a large number of troops", "enviou milhares de soldados": the count stands for what it counts.
  for (const o of [...d.obj]) for (const k of kidsBy(t, o, "nmod")) if (countOf(ctx, k) === o) d.obj.push(k);
  d.obj.push(...d.obj.flatMap((o) => measured(t, o)));
  // "llamó a Lula corrupto": the parse may hang what the object is called from the object itself.
  for (const o of d.obj) for (const k of kidsBy(t, o, "nmod", "amod", "xcomp")) if (t.baseRel[k] !== "nmod" || PREDICATIVE_CASES.has(caseOf(ctx, k) ?? "")) d.pred.push(k);
  // "called the pledges the right decision": a second object is what the first is called; "called
  // Kim 'very open' and 'very honourable'": so is an adjective the parse joins to the verb.
  if (d.obj.length > 1) d.pred.push(...d.obj.slice(1));
  for (const k of kidsBy(t, p, "conj")) if (t.words[k]!.upos === "ADJ") d.pred.push(k);
  // "llamó corrupta a Begoña Gómez", "llamó «cobarde» a Sánchez", "called Sánchez a coward": the
  // parse may take either word for the object; beside an actor, the other is what the actor is called.
  const names = (w: number) => (t.heads.get(w) ?? []).some(isActor);
  const both = [...d.obj, ...kidsBy(t, p, "xcomp")];
  if (both.some(names) || d.obl.some((x) => x.case === "a" && names(x.word))) for (const o of both) if (!names(o) && !d.pred.includes(o)) d.pred.push(o);
  return d;
}

/**
 * The copular clauses a verb reports, unless negated: its clausal complement ("said the launch was a
 * provocative act") or, where the verb is told after the quote, the quote it hangs from ("«Es
 * inaceptable», dijo Bogdánov").
 */
function reportedClauses(ctx: Ctx, p: number): number[] {
  const t = ctx.t;
  const out = t.kids[p]!.filter((k) => base(rel(t, k)) === "ccomp");
  const h = parent(t, p);
  if (h >= 0 && base(rel(t, p)) === "parataxis") out.push(h);
  const negated = (c: number) => kidsBy(t, c, "advmod", "cop", "aux").some((k) => occursIn(ctx.s.tokens, t.token[k]!, t.token[k]! + 1, ctx.lex.negations));
  return out.filter((c) => kidsBy(t, c, "cop").length > 0 && !negated(c));
}

/** The clauses that are no copula a verb reports, unless negated: what it says someone did. */
function reportedDeeds(ctx: Ctx, p: number): number[] {
  const t = ctx.t;
  const negated = (c: number) => kidsBy(t, c, "advmod", "aux").some((k) => occursIn(ctx.s.tokens, t.token[k]!, t.token[k]! + 1, ctx.lex.negations));
  return t.kids[p]!.filter((k) => base(rel(t, k)) === "ccomp" && t.words[k]!.upos === "VERB" && !kidsBy(t, k, "cop").length && !negated(k));
}

/** Is a reported clause's predicate, or an adjective or conjunct of it, in the list? */
function saidIn(ctx: Ctx, clauses: readonly number[], list: readonly string[]): boolean {
  return clauses.some((c) => inList(ctx, c, list) || kidsBy(ctx.t, c, "amod", "conj").some((k) => inList(ctx, k, list)));
}

/**
 * Whom a reported judgement is about: the clause's subject if an actor, else the doer of the act it
 * names, by its agent phrase ("el asesinato de Haniyeh por Israel") or its possessor ("North
 * Korea's launch").
 */
function judgedSubject(ctx: Ctx, c: number): ResolvedMention[] {
  const t = ctx.t;
  return kidsBy(t, c, "nsubj").flatMap((k) => {
    const agent = kidsBy(t, k, "nmod", "acl").flatMap((m) => (caseRole(ctx, m) === "by" ? actorsAt(ctx, m) : []));
    return agent.length ? agent : actorsAt(ctx, k);
  });
}

/**
 * Whom an inquiry looks into: the doers of the act it looks into ("into possible crimes against
 * humanity by Muammar Gaddafi", "whether Russia was behind a fire", "into whether Amazon uses"), else
 * the places where that act happened ("into alleged war crimes in the Palestinian territories").
 * What it looks into is its object, its clause, or a phrase an inquiry mark opens, on the inquiry or
 * on the light verb that tells of it.
 */
function investigated(ctx: Ctx, p: number, light: number): { doers: ResolvedMention[]; places: ResolvedMention[] } {
  const t = ctx.t;
  const marked = (k: number) => kidsBy(t, k, "case", "mark").some((m) => ctx.lex.inquiryMarks.has(foldLemma(t.words[m]!.form)));
  const asked = (w: number) => t.kids[w]!.filter((k) => (base(rel(t, k)) === "ccomp" && k > w) || (["obl", "nmod", "advcl", "acl"].includes(base(rel(t, k))) && marked(k)));
  // "will lead an international inquiry into the killing": the inquiry a verb takes looks into its own matter.
  const objects = t.words[p]!.upos === "VERB" ? kidsBy(t, p, "obj").flatMap((k) => (asked(k).length ? asked(k) : [k])) : [];
  const matters = [...asked(p), ...(light >= 0 ? asked(light) : []), ...objects];
  const clause = (w: number) => t.words[w]!.upos === "VERB" || kidsBy(t, w, "cop").length > 0;
  const agents = (w: number, after = -1) => kidsBy(t, w, "nmod", "obl").filter((k) => k > after && caseRole(ctx, k) === "by").flatMap((k) => actorsAt(ctx, k));
  const inside = (m: number) => {
    const span = subtreeSpan(t, m);
    return t.words.flatMap((_, k) => (k !== m && t.token[k]! >= span.from && t.token[k]! < span.to ? [k] : []));
  };
  // "the killing of a journalist by Saudi agents": the parse may hang the agent anywhere in the phrase;
  // "into possible war crimes committed during Russia's invasion of Ukraine": whose act it names.
  const inPhrase = (m: number) => {
    const words = inside(m);
    const agentsThere = [m, ...words.filter((k) => t.words[k]!.upos !== "VERB")].flatMap((w) => agents(w));
    return [...agentsThere, ...agents(p, m), ...words.filter((k) => rel(t, k) === "nmod:poss").flatMap((k) => actorsAt(ctx, k))];
  };
  const doers = matters.flatMap((m) => (clause(m) ? kidsBy(t, m, "nsubj").flatMap((k) => actorsAt(ctx, k)) : inPhrase(m)));
  // "in the Palestinian territories": where the parse hangs the place from the inquiry, after what it looks into.
  // Not a place a relative clause tells of ("the air strike that destroyed its hospital in Kunduz").
  const within = (w: number, demonyms: boolean) => {
    const span = subtreeSpan(t, w);
    const told = kidsBy(t, w, "acl:relcl").map((k) => subtreeSpan(t, k));
    return ctx.s.mentions.filter((x) => x.from >= span.from && x.to <= span.to && !told.some((c) => x.from >= c.from && x.to <= c.to) && (isPlace(x) || (x.refs[0]?.label === "State" && (demonyms || !x.viaDemonym))));
  };
  const places = matters.flatMap((m) => [...within(m, false), ...kidsBy(t, p, "nmod", "obl").filter((k) => k > m && caseRole(ctx, k) === "in").flatMap((k) => within(k, true))]);
  return { doers, places };
}

function anyIn(ctx: Ctx, words: readonly number[], list: readonly string[]): boolean {
  for (const w of words) if (inList(ctx, w, list)) return true;
  return false;
}

function modifiedBy(t: Tree, w: number, rels: readonly string[] | undefined, lemmas: readonly string[]): boolean {
  for (const m of t.kids[w]!) if ((!rels || rels.includes(t.baseRel[m]!)) && lemmas.includes(t.lemma[m]!)) return true;
  return false;
}

const OBJ_MODS = ["amod", "compound", "nmod"];
/** Case markers of what something is called: "as", "como", "de" ("tildó de traidor"). */
const PREDICATIVE_CASES = new Set(["as", "como", "de"]);
const PRED_MODS = ["amod", "compound", "nmod", "conj", "acl"];

/** Does a predicative word, or one of its modifiers, stand in the list? */
function predicativeIn(ctx: Ctx, words: readonly number[], list: readonly string[]): boolean {
  for (const w of words) {
    if (inList(ctx, w, list)) return true;
    for (const k of ctx.t.kids[w]!) if (PRED_MODS.includes(ctx.t.baseRel[k]!) && inList(ctx, k, list)) return true;
  }
  return false;
}

function holds(ctx: Ctx, d: Dependents, e: DictEntry): boolean {
  const t = ctx.t;
  if (e.prt && !d.prt.has(e.prt)) return false;
  if (e.subj && !anyIn(ctx, d.subj, e.subj)) return false;
  if (e.objMods && !e.obj) return false;
  if (e.obj) {
    let ok = false;
    for (const k of d.obj) if (inList(ctx, k, e.obj) && (!e.objMods || modifiedBy(t, k, OBJ_MODS, e.objMods))) ok = true;
    if (!ok) return false;
  }
  // Each oblique of the frame is a different one of the word's ("* A + A" asks for two "a" phrases).
  const used = new Set<number>();
  for (const o of e.obl ?? []) {
    const x = d.obl.find((x) => !used.has(x.word) && x.case === o.case && (!o.noun || inList(ctx, x.word, o.noun)) && (!o.mods || modifiedBy(t, x.word, undefined, o.mods)));
    if (!x) return false;
    used.add(x.word);
  }
  if (e.xcomp) {
    // Lemmas and classes ("&directive") of one word: an xcomp is one verb.
    const verbs = compileList(ctx, e.xcomp).single;
    if (![...d.xcomp].some((x) => verbs.has(x))) return false;
  }
  if (e.purpose) {
    const verbs = compileList(ctx, e.purpose).single;
    if (![...d.purpose].some((x) => verbs.has(x))) return false;
  }
  if (e.pred && !predicativeIn(ctx, d.pred, e.pred)) return false;
  if (e.said && !saidIn(ctx, reportedClauses(ctx, d.word), e.said)) return false;
  if (e.done && !reportedDeeds(ctx, d.word).some((c) => inList(ctx, c, e.done!))) return false;
  if (e.advmod && !e.advmod.some((x) => d.advmod.has(x))) return false;
  if (e.mods && !e.mods.some((x) => d.mods.has(x))) return false;
  if (e.se && !d.se) return false;
  return true;
}

/**
 * Whose the thing at w is, where w names no actor itself: its possessor, a demonym on it, its "of"
 * phrase, and where asked its compound ("Russia's oil", "la decisión iraní", "the decision of Lula").
 */
function ownersOf(ctx: Ctx, w: number, ...more: string[]): ResolvedMention[] {
  const t = ctx.t;
  if ((t.heads.get(w) ?? []).some(isActor)) return [];
  const mods = kidsBy(t, w, "nmod:poss", "amod", "nmod", ...more).filter((m) => rel(t, m) !== "nmod" || caseRole(ctx, m) === "of");
  return mods.flatMap((m) => (rel(t, m) === "amod" ? (t.heads.get(m) ?? []).filter((x) => isActor(x) && x.viaDemonym) : actorsAt(ctx, m)));
}

/** The actors in a frame's slot: "obj", "obl:on", "obj:poss" (whose the object is), "nmod:poss"... */
function slotActors(ctx: Ctx, p: number, slot: string): ResolvedMention[] {
  const t = ctx.t;
  const [r, c] = slot.split(/:(.*)/) as [string, string | undefined];
  // "a U.N. Security Council draft": the body may be a compound of the thing.
  // "perdoou a maior parte da dívida de Moçambique": whose what the object counts is.
  if (slot === "obj:poss") return kidsBy(t, p, "obj").flatMap((o) => [o, ...kidsBy(t, o, "nmod").filter((k) => countOf(ctx, k) === o)]).flatMap((o) => ownersOf(ctx, o, "compound"));
  if (r === "obl" || r === "nmod") {
    if (c === "poss") return kidsBy(t, p, "nmod:poss").flatMap((k) => actorsAt(ctx, k));
    // The agent of a passive is who acts, in no other slot.
    // "from the European Union and the IMF": each of those joined in the phrase.
    const own = withConjuncts(t, kidsBy(t, p, "obl", "nmod").filter((k) => rel(t, k) !== "nmod:poss" && rel(t, k) !== "obl:agent" && (c === undefined || caseOf(ctx, k) === c))).flatMap((k) => actorsAt(ctx, k));
    if (own.length || r !== "obl" || c === undefined) return own;
    // "paused all military aid to Ukraine": the parse may hang the verb's phrase from its object, and
    // "llamado «corrupta» a Begoña Gómez" from what the object is called.
    // "handed Macau back to China": from the adverb that ends the verb's phrase.
    // "seized Kirkuk and its oilfields from ...": from what is joined to the object, too.
    const hung = withConjuncts(t, kidsBy(t, p, "obj", "xcomp", "advmod")).flatMap((o) => [o, ...measured(t, o)]).flatMap((o) => withConjuncts(t, kidsBy(t, o, "nmod", "obl").filter((k) => caseOf(ctx, k) === c)).flatMap((k) => actorsAt(ctx, k)));
    if (hung.length) return hung;
    // "manifestou profunda tristeza pela decisão de Lula": whose the thing the phrase names is.
    return kidsBy(t, p, "obl").filter((k) => caseOf(ctx, k) === c).flatMap((k) => ownersOf(ctx, k));
  }
  // "crossed into Iraq to hunt down Kurdish rebels": whom the act is for going after.
  if (slot === "purpose:obj") return purposes(t, p).flatMap((k) => kidsBy(t, k, "obj")).flatMap((o) => actorsAt(ctx, o));
  if (slot === "said:subj") return [...reportedClauses(ctx, p), ...reportedDeeds(ctx, p)].flatMap((c) => judgedSubject(ctx, c));
  if (r === "amod") return kidsBy(t, p, "amod").flatMap((k) => (t.heads.get(k) ?? []).filter((x) => isActor(x) && x.viaDemonym));
  return kidsBy(t, p, slot).flatMap((k) => actorsAt(ctx, k));
}

/**
 * The agreements an act is about: one named within a few words after its trigger, or its object
 * however far the parse puts it ("firmaron ayer en una residencia de caza del bosque de ... un acuerdo").
 */
function agreementsAfter(ctx: Ctx, p: number, k: number): EntityRef[] {
  const t = ctx.t;
  const objects = kidsBy(t, p, "obj");
  const found = ctx.s.mentions.filter((m) => m.kind === "agreement" && ((m.from >= k && m.from - k <= 8) || objects.some((o) => (t.heads.get(o) ?? []).includes(m))));
  return found.flatMap((m) => m.refs);
}

/** The first slot of a frame's list that holds an actor. */
function fromSlots(ctx: Ctx, p: number, slots: readonly string[]): ResolvedMention[] | undefined {
  for (const slot of slots) {
    const xs = slotActors(ctx, p, slot);
    if (xs.length) return xs;
  }
  return slots.length ? undefined : [];
}

/** Each date goes to the predicate it modifies in the parse, else to the nearest one. */
function dateOf(ctx: Ctx, preds: Predicate[], d: DateHit): Predicate | undefined {
  const word = wordOfTokens(ctx.t, d.from, d.to);
  const byWord = new Map(preds.map((p) => [p.word, p]));
  for (let x = word, guard = 0; x >= 0 && guard < 6; x = parent(ctx.t, x), guard++) {
    const p = byWord.get(x);
    if (p) return p;
  }
  return undefined;
}

/**
 * Is the noun what a verb of judgement calls its object: its xcomp, its "as"/"como" phrase, or the
 * "de" phrase of a verb whose frame is criticism ("calificó de ataque", "tildó de agresión")? An
 * accusation's "de" phrase is the act the accused is said to have done, and stays.
 */
function judgedAs(ctx: Ctx, w: number): boolean {
  const t = ctx.t;
  const h = parent(t, w);
  if (h < 0 || t.words[h]!.upos !== "VERB") return false;
  const r = base(rel(t, w));
  if (r === "xcomp") return true;
  if (r !== "obl") return false;
  const c = caseOf(ctx, w);
  if (c === "as" || c === "como") return true;
  return c === "de" && frameOf(ctx, h)?.type === "DISAPPROVE" && !matchAny(ctx.s.tokens, t.token[h]!, ctx.lex.accusing);
}

/**
 * The sentence's events from its parse, and the token spans of predicates that are no acts: event
 * nouns a judgement calls something by, and acts whose subject is no one (the token finder's events
 * on those are no acts either).
 */
function eventsFromSyntax(s: SentenceView, parse: ParsedSentence, lex: Lexicon, dict: EventDictionary | undefined, published: string | undefined, carried: readonly ResolvedMention[]): { drafts: EventDraft[]; judged: { from: number; to: number }[]; calledAs: { from: number; to: number }[]; undergo: { from: number; to: number; trigger: number }[]; contents: Content[]; subject: ResolvedMention[]; ctx: Ctx } {
  const t = buildTree(parse, s.tokens, s.mentions);
  if (dict) irregularLemmas(t, dict);
  const { reporters, tellers, claim } = findReporters(s, lex);
  const ctx: Ctx = { s, lex, dict, t, reporters, published, carried };
  const noEvents = unhappened(ctx);
  const preds = predicates(ctx, noEvents);
  const byWord = new Map(preds.map((p) => [p.word, p]));
  const drafts = new Map<Predicate, EventDraft>();
  // A meeting called off is no act the words may find either.
  const judged: { from: number; to: number }[] = noEvents.filter((n) => n.calledOff).map((n) => ({ from: t.token[n.word]!, to: t.token[n.word]! + 1 }));
  for (const pr of preds) {
    const { word: p, trig } = pr;
    // "launched an offensive", "realizaram exercícios": a light verb whose object is an event noun is no event of its own.
    // A frame written for the verb with that object, which says where its doer stands, is the act
    // ("won a loan from the IMF": the lender gives it).
    const ownFrame = pr.entry?.from === "hand" && !!pr.entry.obj && !!pr.entry.source?.length;
    if (!trig.nominal && !ownFrame && kidsBy(t, p, "obj").some((k) => byWord.get(k)?.trig.nominal) && matchAny(s.tokens, t.token[p]!, lex.lightVerbs)) continue;
    // "ha asegurado que la vida de González corría peligro", "confirmed that": a verb the dictionaries
    // give an inspection that takes a clause and no object says something; it inspects nothing.
    if (pr.entry && !pr.entry.said && trig.type === "INVESTIGATE" && !trig.nominal && kidsBy(t, p, "ccomp").length && !kidsBy(t, p, "obj").length) continue;
    // "calificó de ataque a la democracia", "called it an attack on democracy": what a judgement
    // calls something is no act of its own.
    // "nobody is attacking Russia": an act no one does is none.
    if ((trig.nominal && judgedAs(ctx, p)) || kidsBy(t, p, "nsubj", "nsubj:pass").some((k) => ctx.lex.negativeSubjects.has(foldLemma(t.words[k]!.form)))) {
      judged.push({ from: pr.from, to: pr.to });
      continue;
    }
    const a = trig.nominal ? argsOfNoun(ctx, p, trig) : argsOfVerb(ctx, p, trig, pr);
    // A frame says where its source and target stand: "expelled Russian diplomats" targets Russia;
    // "won a loan from the IMF" is done by the lender, to the subject. The source first, so that the
    // subject a frame makes the target is not taken for the doer.
    if (pr.entry?.source) {
      const x = fromSlots(ctx, p, pr.entry.source);
      if (x?.length) a.sources = x;
      // An empty list: no one in the text does it ("won the Nobel Peace Prize"; `by` may say who does).
      else if (!pr.entry.source.length) a.sources = [];
    }
    if (pr.entry?.target) {
      const x = fromSlots(ctx, p, pr.entry.target);
      // The frame's own target slot wins over a source found by default: "a prisão de Battisti" is
      // done to Battisti, though a noun's "de" phrase is its doer where no frame says otherwise.
      if (x) {
        if (!pr.entry.source?.length) a.sources = a.sources.filter((m) => !x.includes(m));
        a.targets = x.filter((m) => !a.sources.includes(m));
      }
      else if (!pr.entry.target.length) a.targets = [];
    }
    // "took Goma": a frame that takes a place as its object has it where the act happens, standing in for its state.
    if (pr.entry?.obj?.includes("@place")) a.places.unshift(...kidsBy(t, p, "obj").flatMap((o) => placesNamedBy(ctx, o).filter((m) => isPlace(m) || m.refs[0]?.label === "State")));
    let sources = refsOf(a.sources);
    if (!sources.length && pr.entry?.by) sources = [{ label: "Organization", id: pr.entry.by }];
    let targets = refsOf(a.targets).filter((r) => !includesRef(sources, r));
    if (trig.reversed && targets.length) [sources, targets] = [targets, sources];
    // An inquiry is aimed at whom it looks into; "by" whom is theirs, not the inquiry's, where the
    // parse hangs it from the inquiry.
    if (trig.type === "INVESTIGATE") {
      const h = trig.nominal ? parent(t, p) : -1;
      // The verb that takes the inquiry as its object ("will lead an inquiry into") tells of it.
      const carrier = h >= 0 && (base(rel(t, p)) === "obj" || !!matchAny(s.tokens, t.token[h]!, lex.lightVerbs));
      const inquiry = investigated(ctx, p, carrier ? h : -1);
      const doers = refsOf(inquiry.doers);
      if (doers.length) {
        sources = sources.filter((r) => !includesRef(doers, r));
        if (!sources.length && carrier) sources = refsOf(subjectOf(ctx, h));
        targets = doers.filter((r) => !includesRef(sources, r));
      } else if (!targets.length) {
        targets = inquiry.places.flatMap((m) => stateOfPlace(m) ?? []).filter((r, i, all) => !includesRef(sources, r) && all.findIndex((y) => keyOf(y) === keyOf(r)) === i);
      }
    }
    // Where a destination or a place stands in for the one the act is aimed at: its state.
    if (!targets.length && placeIsTarget(trig, sources.length)) {
      const owner = stateOfPlace([...a.destinations, ...a.places][0]);
      if (owner && !sources.some((r) => r.id === owner.id)) targets = [owner];
    }
    // "Paul Whelan has been arrested in Moscow", "fue detenido en Caracas": with no agent named, the
    // state where someone is held holds them.
    if (!sources.length && trig.type === "COERCE" && !trig.nominal && isPassive(t, p)) {
      const holder = stateOfPlace(a.places[0]);
      if (holder && !targets.some((r) => r.id === holder.id)) sources = [holder];
    }
    if (trig.mode === "mediate" && !sources.length) continue;
    // The dictionaries' breadth comes with looser verbs ("blocked the package"): an act they alone
    // found stands only with someone it is done to, unless it is one a side does by itself, or a
    // reaction to an act ("calificó la decisión de escandalosa"), aimed later at whoever did it.
    // Any of its objects: the parse may take a date for one ("vetó este viernes ... el proyecto de
    // resolución"); a text put to a vote is aimed later at the body that votes on it.
    // "said the decision was irresponsible": what a reported judgement is about is the clause's subject.
    // A reaction noun's object is the act it is voiced over ("preocupación por los ataques de Israel"),
    // which the parse may hang from the verb that voices it.
    const voicedOver = () => {
      const h = parent(t, p);
      const words = a.voiced && h >= 0 ? [p, h] : [p];
      return words.flatMap((w) => kidsBy(t, w, "nmod", "obl")).filter((k) => lex.reactionCases.has(caseOf(ctx, k) ?? ""));
    };
    const objects = trig.nominal ? (REACTIONS.has(trig.type) ? voicedOver() : []) : pr.entry?.said ? reportedClauses(ctx, p).flatMap((c) => kidsBy(t, c, "nsubj")) : kidsBy(t, p, "obj");
    const object = REACTIONS.has(trig.type) ? objects.find((o) => !!(matchAny(s.tokens, t.token[o]!, lex.reactionObjects) ?? matchAny(s.tokens, t.token[o]!, lex.resolutions))) : undefined;
    const reactsTo = object !== undefined;
    // "preocupação com a decisão dos Estados Unidos", "condemned Moscow's decision": an object that
    // names no act of its own is aimed at whose it is.
    if (reactsTo && !targets.length && !preds.some((q) => q.word === object)) {
      const owners = [...kidsBy(t, object, "nmod:poss"), ...kidsBy(t, object, "nmod").filter((k) => caseRole(ctx, k) === "of")].flatMap((k) => actorsAt(ctx, k));
      targets = refsOf(owners).filter((r) => !includesRef(sources, r));
    }
    // A frame that says its act has no target ("declared martial law", "tomaram o poder") stands alone;
    // so do forces that go somewhere ("sailed through the Taiwan Strait"), which the events stage aims.
    const aimless = (pr.entry?.target?.length === 0 || (!!pr.entry?.subj && trig.type === "AID")) && !targets.length;
    // A sum pledged names whom it is for once in a story, if at all ("o Paquistão prometeu 100 milhões de dólares em cinco anos").
    const pledged = pr.entry?.type === "AID" && pr.entry.status === "planned";
    if (pr.entry && !targets.length && !ALONE.has(trig.type) && !reactsTo && !aimless && !pledged) continue;
    const at = refsOf([...a.places, ...a.destinations].filter((m) => m.kind === "entity" || m.kind === "location"));
    if (trig.mode === "visit" && !at.length) at.push(...targets.filter((r) => r.label === "State"));
    const reporter = reportingVerbAbove(ctx, p);
    const tellerActors = reporter !== undefined && base(rel(t, p)) !== "xcomp" ? subjectOf(ctx, reporter).filter((m) => !a.sources.includes(m)) : [];
    const k = t.token[p]!;
    const { type, mode } = typeForDoers(trig, a.sources, s.tokens, lex, pr.from);
    const definite = trig.nominal && !sources.length && !targets.length;
    const draft: EventDraft = {
      type,
      mode,
      nominal: trig.nominal,
      anaphoric: definite,
      answers: occursIn(s.tokens, pr.from - 3, pr.to, lex.responses),
      sentence: s.index,
      trigger: { from: pr.from, to: pr.to, start: s.tokens[pr.from]!.start, end: s.tokens[pr.to - 1]!.end, text: s.tokens.slice(pr.from, pr.to).map((x) => x.text).join(" ") },
      ...(reactsTo ? { object: t.token[object]! } : {}),
      ...(a.voiced ? { voiced: true } : {}),
      ...(aimless ? { aimless: true } : {}),
      ...(pledged && !targets.length ? { pledged: true } : {}),
      sources,
      targets,
      at,
      about: [...refsOf(a.about), ...agreementsAfter(ctx, p, k)],
      reportedBy: tellersOf([...[...reporters], ...tellerActors, ...tellers.filter((x) => x.verb < pr.from && !x.mention.refs.some((r) => includesRef(sources, r))).map((x) => x.mention)]),
      status: "occurred",
      confidence: trig.nominal ? 0.6 : 0.7,
    };
    drafts.set(pr, draft);
    if (a.victims) befell.add(draft);
    if (a.possessors) possessed.set(draft, refsOf(a.possessors));
    // Joined by "and", or, where the parse breaks a long subject up, several subjects of one verb with
    // its "and" between them.
    const subjects = kidsBy(t, p, "nsubj").filter((k) => actorsAt(ctx, k).length > 0);
    const split = subjects.length >= 2 && kidsBy(t, p, "cc").some((c) => c > subjects[0]! && c < subjects.at(-1)!);
    if (!trig.nominal && (split || subjects.some((k) => kidsBy(t, k, "conj").some((c) => actorsAt(ctx, c).length > 0)))) jointSubjects.add(draft);
    if (pr.entry) fromDictionary.add(draft);
    if (pr.entry?.pred || closeReading(pr.entry)) fromPredicative.add(draft);
  }
  for (const d of s.dates) {
    const pr = dateOf(ctx, [...drafts.keys()], d) ?? nearest([...drafts.keys()], d);
    const e = pr ? drafts.get(pr) : undefined;
    if (e && !e.dateText) {
      e.dateText = d.text;
      e.date = statusOf(ctx, pr!.word, pr!.trig, claim, d.past) === "planned" ? d.future : d.past;
    }
  }
  // "Diop pediu a retirada da missão e denunciou o seu fracasso": a verb joined to a dated one, with
  // no date and no doers of its own, happened when it did.
  for (const [pr, e] of drafts) {
    const first = base(rel(t, pr.word)) === "conj" ? drafts.get(byWord.get(parent(t, pr.word))!) : undefined;
    if (!first?.dateText || e.dateText || pr.trig.nominal || kidsBy(t, pr.word, "nsubj").length || !isConjunction(lex, s.tokens[pr.from - 1])) continue;
    [e.date, e.dateText] = [first.date, first.dateText];
    sharedDate.add(e);
  }
  for (const [pr, e] of drafts) e.status = statusOf(ctx, pr.word, pr.trig, claim, e.date);
  // "A former U.S. Marine, Paul Whelan, has been arrested": whoever a passive's subject names undergoes the act.
  const undergo = [...drafts.keys()].filter((pr) => !pr.trig.nominal && isPassive(t, pr.word) && !lex.feelingVerbs.has(lemmaAt(t, pr.word))).flatMap((pr) => kidsBy(t, pr.word, "nsubj:pass").map((k) => ({ ...subtreeSpan(t, k), trigger: pr.from })));
  const { kept, contents } = fold(ctx, drafts);
  // Whom the sentence is about: its main verb's subject, as the parse reads it, for the next sentence
  // (a people named by its demonym, "os manifestantes georgianos", is no one the story follows).
  const root = t.words.findIndex((w) => w.head === 0);
  const subject = root >= 0 && t.words[root]!.upos === "VERB" ? subjectOf(ctx, root).filter((m) => m.refs.every((r) => r.label !== "State" || !m.viaDemonym)) : [];
  return { drafts: kept, judged, calledAs: calledAs(ctx, preds), undergo, contents, subject, ctx };
}

/** The keys of the actors mentioned inside any of the token spans (or, with `inside` false, outside all of them). */
function namedWithin(mentions: readonly ResolvedMention[], spans: readonly { from: number; to: number }[], inside = true): Set<string> {
  const within = (m: ResolvedMention) => spans.some((c) => c.from <= m.from && m.to <= c.to);
  return new Set(mentions.filter((m) => within(m) === inside).flatMap((m) => m.refs.map(keyOf)));
}

/** The tokens a word's phrase covers. */
function subtreeSpan(t: Tree, k: number): { from: number; to: number } {
  let from = t.token[k]!;
  let to = from + 1;
  const stack = [k];
  while (stack.length) {
    const w = stack.pop()!;
    from = Math.min(from, t.token[w]!);
    to = Math.max(to, t.token[w]! + 1);
    stack.push(...t.kids[w]!);
  }
  return { from, to };
}

/**
 * The token spans of what a reaction calls its object ("condemned it as a violation of Security
 * Council resolutions", "classificou a ação como uma violação da soberania da Ucrânia"): whoever
 * they name is part of the judgement, not whom it is aimed at.
 */
function calledAs(ctx: Ctx, preds: Predicate[]): { from: number; to: number }[] {
  const t = ctx.t;
  const spans: { from: number; to: number }[] = [];
  for (const pr of preds) {
    if (!REACTIONS.has(pr.trig.type) || pr.trig.nominal) continue;
    for (const k of kidsBy(t, pr.word, "obl", "xcomp")) {
      // A noun only: "dismissed as absurd Trump's idea" may hang the object from the adjective.
      if (t.words[k]!.upos !== "NOUN" || (base(rel(t, k)) === "obl" && caseOf(ctx, k) !== "as" && caseOf(ctx, k) !== "como")) continue;
      // "condemned as cowardly an Israeli air strike", "rejected as absurd Putin's demand": a modifier
      // right after "as" and before the noun's own article or possessor is what the object is
      // called, and the noun is the object.
      const marker = t.token[kidsBy(t, k, "case")[0] ?? k]!;
      const next = t.words.findIndex((_, i) => t.token[i] === marker + 1);
      if (next >= 0 && ["ADJ", "ADV"].includes(t.words[next]!.upos) && kidsBy(t, k, "det", "nmod:poss").some((d) => t.token[d]! > marker + 1)) continue;
      spans.push(subtreeSpan(t, k));
    }
  }
  return spans;
}

function nearest(preds: Predicate[], d: DateHit): Predicate | undefined {
  let best: Predicate | undefined;
  let dist = Infinity;
  for (const p of preds) {
    const x = Math.min(Math.abs(d.from - p.to), Math.abs(p.from - d.to)) - (p.to <= d.from ? 2 : 0);
    if (x < dist) {
      dist = x;
      best = p;
    }
  }
  return best;
}

/** An act told as what a threat or a demand is about (its trigger's tokens), and the trigger of that threat or demand. */
interface Content {
  from: number;
  to: number;
  within: { from: number; to: number };
}

/**
 * Events inside other events: what is threatened, demanded or refused has not happened (it is the
 * threat's content, and lends it its target); what is denied is denied; what an accuser says the
 * accused did is a claim of the accuser's; what is agreed to lies ahead.
 */
function fold(ctx: Ctx, drafts: Map<Predicate, EventDraft>): { kept: EventDraft[]; contents: Content[] } {
  const t = ctx.t;
  const contents: Content[] = [];
  const dropped = new Set<EventDraft>();
  const byWord = new Map([...drafts.keys()].map((p) => [p.word, p]));
  for (const [pr, e] of drafts) {
    let w = pr.word;
    let h = parent(t, w);
    if (h >= 0 && !byWord.has(h)) {
      // "instó a las autoridades a poner fin a la represión y a liberar a los presos": what is urged or
      // threatened is every act below it, across verbs that are no events, joined or infinitive; a
      // clause of its own on the way says something else ("saying it needs them to repel an
      // offensive"), and so does a purpose ("ordenó abrir un puente aéreo para llevar ayuda").
      for (let hops = 0; h >= 0 && !byWord.has(h) && hops < 3 && ["conj", "xcomp"].includes(base(rel(t, w))); hops++) [w, h] = [h, parent(t, h)];
      const above = h >= 0 ? byWord.get(h) : undefined;
      const outer = above ? drafts.get(above) : undefined;
      if (outer && !dropped.has(outer) && (outer.type === "THREATEN" || outer.type === "DEMAND") && ["xcomp", "ccomp", "advcl"].includes(base(rel(t, w)))) {
        dropped.add(e);
        contents.push({ from: e.trigger.from, to: e.trigger.to, within: outer.trigger });
      }
      continue;
    }
    const up = h >= 0 ? byWord.get(h) : undefined;
    const outer = up ? drafts.get(up) : undefined;
    if (!up || !outer) continue;
    // What hangs from an act that is itself what is urged is urged too ("to release those arbitrarily detained").
    const urged = contents.find((c) => c.from === outer.trigger.from && c.to === outer.trigger.to);
    if (urged) {
      dropped.add(e);
      contents.push({ from: e.trigger.from, to: e.trigger.to, within: urged.within });
      continue;
    }
    if (dropped.has(outer)) continue;
    // "called on China to end its repression and to release those detained": an infinitive the parse
    // joined to the finite verb that urges is one more thing urged.
    const r = base(rel(t, w)) === "conj" && feat(t, w, "VerbForm") === "Inf" && feat(t, h, "VerbForm") === "Fin" ? "xcomp" : base(rel(t, w));
    if (!["xcomp", "ccomp", "advcl", "obl", "nmod", "obj"].includes(r)) continue;
    if (outer.type === "THREATEN" || outer.type === "DEMAND" || (outer.type === "REJECT" && e.status !== "denied")) {
      dropped.add(e);
      contents.push({ from: e.trigger.from, to: e.trigger.to, within: outer.trigger });
      if (!outer.targets.length) outer.targets = e.targets;
      continue;
    }
    if (matchAny(ctx.s.tokens, t.token[up.word]!, ctx.lex.accusing)) {
      if (e.status === "occurred") e.status = "claimed";
      const accused = new Set(outer.targets.map(keyOf));
      if (accused.size && e.sources.every((x) => outer.sources.some((y) => keyOf(x) === keyOf(y)))) {
        e.sources = outer.targets;
        e.targets = e.targets.filter((x) => !accused.has(keyOf(x)));
      }
      e.reportedBy = [...new Map([...e.reportedBy, ...outer.sources].map((x) => [keyOf(x), x])).values()];
      continue;
    }
    if (outer.type === "REJECT" && e.status === "denied") {
      dropped.add(outer);
      continue;
    }
    if (outer.type === "AGREE" && r === "xcomp") {
      if (e.status === "occurred") e.status = "planned";
      if (!outer.targets.length) outer.targets = e.targets;
    }
    // "fought a border war", "held talks": the noun is the verb's own object, one happening.
    if (outer.type === e.type && e.nominal && !outer.nominal && r === "obj") {
      dropped.add(e);
      if (!outer.dateText && e.dateText) [outer.date, outer.dateText] = [e.date, e.dateText];
      if (!outer.targets.length) outer.targets = e.targets;
    }
  }
  // "Hezbollah denied firing the rockets": a denial with no one denied answers an accusation; it rejects nobody.
  for (const [pr, e] of drafts) if (e.type === "REJECT" && !e.targets.length && !e.nominal && matchAny(ctx.s.tokens, t.token[pr.word]!, ctx.lex.negations)) dropped.add(e);
  return { kept: [...drafts.values()].filter((e) => !dropped.has(e)), contents };
}

/**
 * A sentence's events: the token finder's drafts (events.ts: its phrase triggers and tuned
 * constructions), with the sides it missed taken from the parse, and the parse's events on words
 * the token finder did not take.
 */
export function sentenceEvents(s: SentenceView, parse: ParsedSentence, lex: Lexicon, dict: EventDictionary | undefined, published: string | undefined, carried: readonly ResolvedMention[] = []): { drafts: EventDraft[]; subject: ResolvedMention[] } {
  // "repudiou o ataque e desejou pronta recuperação ao ex-presidente": "desejou" is no event, but a
  // verb all the same, and the objects of the verb before it end there.
  const tokenAt = new Map(s.tokens.map((x, k) => [x.start, k]));
  const finite = new Set<number>();
  for (const w of parse.words) {
    const k = tokenAt.get(w.start);
    if (k !== undefined && w.upos === "VERB" && w.feats.includes("VerbForm=Fin")) finite.add(k);
  }
  const words = findEvents(s, lex, published, finite);
  if (!parse.words.length) return { drafts: words, subject: [] };
  const { drafts: syntaxDrafts, judged, calledAs, undergo: undergoing, contents, subject, ctx } = eventsFromSyntax(s, parse, lex, dict, published, carried);
  // Actors named only inside what a reaction calls its object are none of its targets.
  const outside = namedWithin(s.mentions, calledAs, false);
  const calledOnly = new Set([...namedWithin(s.mentions, calledAs)].filter((k) => !outside.has(k)));
  const within = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;
  const overlaps = (a: EventDraft, b: EventDraft) => within(a.trigger, b.trigger);
  // New events come from the dictionaries' words only: a lexicon trigger the token finder passed
  // over or folded into another event (a threat's content, a denial) stays out. They need a doer.
  const lexiconHits = findTriggers(s.tokens, lex, () => false);
  const fresh = syntaxDrafts.filter((x) => fromDictionary.has(x) && x.sources.length > 0 && !lexiconHits.some((h) => h.from < x.trigger.to && x.trigger.from < h.to));
  // What the parse reads as a demand's or a threat's content is no act of its own, where the demand
  // is told too; whom the act is aimed at, the demand or the threat is aimed at.
  const containerOf = (o: EventDraft) => {
    const c = contents.find((c) => within(c, o.trigger));
    return c && [...words, ...fresh].find((x) => x !== o && x.type !== o.type && (x.type === "DEMAND" || x.type === "THREATEN") && within(x.trigger, c.within));
  };
  const contained = new Map(words.flatMap((o) => {
    const x = containerOf(o);
    return x ? [[o, x] as const] : [];
  }));
  for (const [o, x] of contained) if (!x.targets.length) x.targets = o.targets.filter((r) => !includesRef(x.sources, r));
  const found = words.filter((o) => !judged.some((j) => j.from < o.trigger.to && o.trigger.from < j.to) && !contained.has(o));
  // What a verb calls its object ("llamó a Lula corrupto", "called Biden a liar") decides what the
  // verb means over the word alone, which the token finder reads as an appeal or a call.
  const named = syntaxDrafts.filter((x) => fromPredicative.has(x) && x.sources.length > 0);
  const tokenDrafts = found.filter((o) => !named.some((x) => overlaps(x, o) && x.type !== o.type));
  for (const o of tokenDrafts) {
    if (REACTIONS.has(o.type)) o.targets = o.targets.filter((r) => !calledOnly.has(keyOf(r)));
    // "would not have hesitated to drop atomic bombs": what the parse says of the verb of the same
    // act whose object is the words' trigger, it says of the act.
    const w = wordOfTokens(ctx.t, o.trigger.from, o.trigger.to);
    const verbOf = w >= 0 && base(rel(ctx.t, w)) === "obj" ? syntaxDrafts.find((y) => y.type === o.type && !y.nominal && wordOfTokens(ctx.t, y.trigger.from, y.trigger.to) === parent(ctx.t, w)) : undefined;
    if (verbOf && (verbOf.status === "hypothetical" || verbOf.status === "denied") && o.status === "occurred") o.status = verbOf.status;
    // "will lead an international inquiry into the killing ... by Saudi agents": the parse folded the
    // inquiry into the verb that leads it, whose reading of the sides holds for the noun the words read.
    const x = syntaxDrafts.find((y) => overlaps(y, o) && y.type === o.type) ?? (o.type === "INVESTIGATE" && o.sources.length ? syntaxDrafts.find((y) => y.type === o.type && y.sources.length > 0 && o.sources.every((r) => includesRef(y.targets, r))) : undefined);
    if (!x) continue;
    // A noun the token finder left without sides points back at an event told before ("a tomada do
    // poder"), unless the parse gives it sides: "Russian and Ukrainian delegations held their talks".
    if (o.anaphoric) {
      if (!x.sources.length || o.sources.length || o.targets.length) continue;
      o.anaphoric = false;
    }
    // A negation the parse hangs from a light verb ("will not hold negotiations") the words alone miss,
    // or a condition from the verb above ("would not have hesitated to drop atomic bombs").
    if (x.status === "denied" || x.status === "hypothetical") o.status = x.status;
    // The agreement the parse finds as the object, where a long phrase put it beyond the words' reach.
    for (const r of x.about) if (!includesRef(o.about, r)) o.about.push(r);
    // "condenou as medidas numa sessão extraordinária da Câmara": whose the occasion of words is, is
    // where they were said, not whom they are aimed at, where the parse finds no one they are aimed
    // at (an act "in its standoff with Washington" or a strike "in Yemen" keeps its target).
    if (REACTIONS.has(o.type) && !x.targets.length && o.targets.length) {
      const w = wordOfTokens(ctx.t, x.trigger.from, x.trigger.to);
      const occasions = w < 0 ? [] : kidsBy(ctx.t, w, "obl").filter((k) => caseRole(ctx, k) === "in" && !(ctx.t.heads.get(k) ?? []).some(isActor)).flatMap((k) => kidsBy(ctx.t, k, "nmod").filter((n) => caseRole(ctx, n) === "of")).map((k) => subtreeSpan(ctx.t, k));
      const there = namedWithin(s.mentions, occasions);
      const elsewhere = namedWithin(s.mentions, occasions, false);
      o.targets = o.targets.filter((r) => !there.has(keyOf(r)) || elsewhere.has(keyOf(r)));
    }
    // A date the parse carried over from a joined verb.
    if (!o.dateText && sharedDate.has(x)) [o.date, o.dateText] = [x.date, x.dateText];
    // A conversation the words gave one side of ("In a phone call, Wang Yi told Jaishankar"): the
    // parse's two sides, when it has both, over the words' one.
    if (!o.sources.length && x.sources.length && x.targets.length && SYMMETRIC_TYPES.has(o.type)) {
      o.sources = x.sources;
      o.targets = x.targets;
    }
    // "El Salvador's government and the leftist guerrillas of the FMLN reached a peace accord": the
    // parse's joined subjects, where the words found only the first of them.
    if (jointSubjects.has(x) && o.sources.length && x.sources.length > o.sources.length && o.sources.every((r) => includesRef(x.sources, r)) && !x.sources.some((r) => includesRef(o.targets, r))) o.sources = x.sources;
    // "Ukraine and Russia agreed to reopen the ports in deals brokered by Turkey and the UN", "Iran and
    // six world powers agreed on a deal": a deal or talks between the sides its subject joins are
    // aimed at no one else, where the parse finds no one.
    // Whom they did it "with" ("held talks in Damascus with Ahmed al-Sharaa") stays, though the parse
    // hangs the phrase elsewhere.
    if (jointSubjects.has(x) && JOINT.has(o.type) && x.sources.length >= 2 && !x.targets.length && o.sources.every((r) => includesRef(x.sources, r))) {
      o.sources = x.sources;
      o.targets = o.targets.filter((r) => s.mentions.some((m) => m.from > o.trigger.from && m.from <= o.trigger.to + 8 && m.refs.some((x) => keyOf(x) === keyOf(r)) && prepositionOf(lex, s.tokens[m.from - 1]) === "with"));
    }
    // "Michael Kovrig has been detained": whom the parse finds the act done to (a passive's subject)
    // is no doer of it, though the words put the subject first.
    const spans = UNDERGONE.has(o.type) ? undergoing.filter((u) => u.trigger >= o.trigger.from && u.trigger < o.trigger.to) : [];
    const inSubject = namedWithin(s.mentions, spans);
    const undergo = o.sources.filter((r) => inSubject.has(keyOf(r)) && !includesRef(x.sources, r));
    if (undergo.length) {
      o.sources = o.sources.filter((r) => !undergo.includes(r));
      // What the parse takes for the one it is done to, else whom the subject names: the words read
      // the sentence the wrong way round, and what they took for its target is no better than their doer
      // ("A French researcher ... has been detained ... about Russia's military").
      if (x.targets.length) o.targets = x.targets;
      else if (!o.targets.length) o.targets = undergo;
    }
    // "Kaba manifestou o receio de que a saída abra caminho a outras retiradas": a noun in a clause of
    // its own, whose subject is no actor, is not done by whoever the words found before the clause.
    const clause = !x.sources.length && o.sources.length ? ownClause(ctx, wordOfTokens(ctx.t, o.trigger.from, o.trigger.to)) : undefined;
    if (clause) {
      const inClause = namedWithin(s.mentions, [clause]);
      o.sources = o.sources.filter((r) => inClause.has(keyOf(r)));
    }
    // "Canada launched a public inquiry into alleged interference by China": the subject the parse
    // gives an act a noun names, before it, over a doer the words took from a phrase after it that is
    // another's.
    const before = (r: EntityRef) => s.mentions.some((m) => m.to <= o.trigger.from && m.refs.some((y) => keyOf(y) === keyOf(r)));
    const after = (r: EntityRef) => s.mentions.some((m) => m.from >= o.trigger.to && m.refs.some((y) => keyOf(y) === keyOf(r)));
    if (x.nominal && x.sources.length && o.sources.length && !o.sources.some((r) => includesRef(x.sources, r)) && x.sources.every(before) && o.sources.every((r) => after(r) && !before(r))) {
      o.targets = o.targets.filter((r) => !includesRef(x.sources, r));
      o.sources = x.sources;
    }
    // "opened an investigation into crimes by Gaddafi": whom the words made the doer of an act a noun
    // names, or of an inquiry, the parse has it done to; its reading of both sides stands.
    if ((x.nominal || x.type === "INVESTIGATE") && x.sources.length && x.targets.length && o.sources.length && o.sources.every((r) => includesRef(x.targets, r))) {
      o.sources = x.sources;
      o.targets = x.targets;
    }
    // "concerned about Israel's strikes": a noun's possessor is its doer, over the subject the words
    // gave it where they read it as a verb.
    const owners = x.nominal ? possessed.get(x) : undefined;
    if (owners && !owners.every((r) => includesRef(o.sources, r))) {
      o.sources = owners;
      o.targets = o.targets.filter((r) => !includesRef(o.sources, r));
    }
    // The doers the parse found are no targets of their own act, whatever side the words put them on;
    // doers it took from an accusation ("atribuyeron el asesinato a Israel") are the accuser's claim.
    // Whom the words found undergoing it ("Burundi will face a U.N. commission of inquiry") stays its target.
    if (!o.sources.length && (!o.undergone || !x.sources.some((r) => includesRef(o.targets, r)))) {
      o.sources = x.sources;
      if (x.status === "claimed" && o.status === "occurred") {
        o.status = "claimed";
        o.reportedBy = [...new Map([...o.reportedBy, ...x.reportedBy].map((r) => [keyOf(r), r])).values()];
      }
      o.targets = o.targets.filter((r) => !includesRef(o.sources, r));
    }
    // The words gave the place struck; the parse, who was killed in it.
    if (befell.has(x) && x.targets.length) o.targets = [];
    if (!o.targets.length) o.targets = x.targets.filter((r) => !includesRef(o.sources, r));
    // "bribed officials in South Africa, Indonesia and ...": the parse's whole list, where the words
    // took its first member for the place.
    else if (x.targets.length > o.targets.length && o.targets.every((r) => includesRef(x.targets, r)) && x.targets.every((r) => includesRef(o.targets, r) || includesRef(o.at, r))) o.targets = x.targets;
    if (x.voiced && o.sources.length && o.sources.every((r) => includesRef(x.sources, r))) o.voiced = true;
    // The act a reaction is voiced over, which the words alone do not reach past the preposition.
    if (o.object === undefined && x.object !== undefined) o.object = x.object;
  }
  // States extradite; the people handed over are neither side, whatever slot the parse put them in.
  for (const o of tokenDrafts) {
    if (o.mode !== "extradite") continue;
    o.sources = o.sources.filter((r) => r.label !== "Person");
    o.targets = o.targets.filter((r) => r.label !== "Person");
  }
  const added = [...fresh, ...named.filter((x) => !fresh.includes(x))];
  const out = [...tokenDrafts, ...added.filter((x) => !tokenDrafts.some((o) => overlaps(x, o)))];
  refusals(out, s, parse, lex);
  conditionalThreats(out, s, ctx.t, lex);
  const demanded = obligations(out, ctx);
  contentOf(demanded, ctx);
  likewise(demanded, s, lex);
  freedNotAsked(demanded, s, lexiconHits);
  aimedByOffensive(demanded, s.tokens, lex);
  claimedAttacks(demanded, s, lex);
  return { drafts: demanded, subject };
}

/**
 * "Gunmen killed 16 people ... in an attack claimed by al Qaeda in the Islamic Maghreb", "attacks
 * Turkish officials blamed on al Qaeda": in a sentence that says whom an attack or a kidnapping is
 * claimed by or blamed on, one whose doers it does not name is done by them, and one that names no
 * one it struck struck where the sentence says it happened; so does an attack whose doer says it was
 * behind it.
 */
function claimedAttacks(drafts: EventDraft[], s: SentenceView, lex: Lexicon): void {
  const claims = s.tokens.flatMap((_, k) => {
    const n = matchAny(s.tokens, k, lex.attributedTo)?.length ?? 0;
    let j = k + n;
    while (n && s.tokens[j] && lex.determiners.has(s.tokens[j]!.norm)) j++;
    const by = n ? s.mentions.find((m) => m.from === j && m.kind === "entity" && m.refs.length && m.refs.every((r) => r.label !== "Place")) : undefined;
    return by ? [{ at: k, refs: by.refs }] : [];
  });
  // "al Shabaab said it was behind twin bomb attacks that killed more than 70 people ... in Kampala".
  const owned = claims.length > 0 || s.tokens.some((t) => lex.doerCases.has(t.norm)) || occursIn(s.tokens, 0, s.tokens.length, lex.claimCues);
  if (!owned) return;
  const setting = s.mentions.filter((m) => m.kind === "location" || (m.kind === "entity" && ["in", "near"].includes(prepositionOf(lex, s.tokens[m.from - 1]) ?? ""))).map(stateOfPlace).find((r) => !!r);
  for (const d of drafts) {
    // A kidnapping is claimed or blamed as an attack is; it is owned to only by a claim.
    if (d.type !== "ASSAULT" && (d.type !== "COERCE" || !claims.length)) continue;
    if (!d.sources.length) {
      if (!claims.length) continue;
      const claim = claims.find((c) => c.at > d.trigger.from) ?? claims.at(-1)!;
      d.sources = claim.refs;
      d.targets = d.targets.filter((r) => !includesRef(d.sources, r));
    }
    if (!d.targets.length && setting && !includesRef(d.sources, setting)) d.targets = [setting];
  }
}

/**
 * "Israel has called up 300,000 reservists ... ahead of an expected ground offensive against Hamas":
 * a build-up with no one it is aimed at is aimed at whom the offensive the sentence names after it is.
 */
function aimedByOffensive(drafts: EventDraft[], tokens: readonly Token[], lex: Lexicon): void {
  const coming = (x: EventDraft) => occursIn(tokens, x.trigger.from - 6, x.trigger.from, lex.forthcoming);
  for (const d of drafts) {
    if (d.type !== "MOBILIZE" || d.targets.length || !d.sources.length) continue;
    const attack = drafts.find((x) => x.type === "ASSAULT" && x.nominal && coming(x) && x.trigger.from > d.trigger.to && x.targets.length && x.sources.every((r) => includesRef(d.sources, r)));
    if (attack) d.targets = attack.targets.filter((r) => !includesRef(d.sources, r));
  }
}

/**
 * "Gaddafi must leave power, Obama said", "Israel must immediately stop bombing Gaza, Trump said": an
 * obligation laid on another in reported speech is the speaker's demand of them (PLOVER DEMAND), and
 * what they must do is its content, no act of its own.
 */
function obligations(drafts: EventDraft[], ctx: Ctx): EventDraft[] {
  const t = ctx.t;
  const s = ctx.s;
  let out = drafts;
  for (let v = 0; v < t.words.length; v++) {
    const must = kidsBy(t, v, "aux").find((k) => inList(ctx, k, ctx.lex.obligations));
    // "Israel should be wiped off the map": what should be done to someone asks nothing of them.
    if (must === undefined || kidsBy(t, v, "nsubj:pass").length) continue;
    // "Israel must stop bombing Gaza, Trump said": the parse may join the reporting verb to the quote
    // with no conjunction, as a second verb, or hang it as a parenthetical.
    // A reporting verb that cannot be a relative clause ("..., the Court ruled on Friday") is one too.
    // So is a verb of ordering the words read as a demand ("..., the World Court ordered on Tuesday").
    const demandAt = (k: number) => out.some((d) => d.type === "DEMAND" && !d.nominal && d.trigger.from === t.token[k]);
    const closing = (k: number) => ["parataxis", "acl"].includes(base(rel(t, k))) || (base(rel(t, k)) === "conj" && !kidsBy(t, k, "cc").length) || (base(rel(t, k)) === "advcl" && !kidsBy(t, k, "mark").length);
    // Where the parse hangs the closing attribution elsewhere ("..., the World Court ruled on
    // Thursday" as a relative clause of the obligation's object), the words find it: a teller the
    // sentence closes with, right before its verb.
    const closingWords = () => {
      const verbAfter = (x: ResolvedMention) => {
        const w = wordOfTokens(t, x.to, x.to + 1);
        return w >= 0 && w !== v && (reportsAt(ctx, w) || out.some((d) => d.type === "DEMAND" && !d.nominal && d.trigger.from === x.to)) ? w : undefined;
      };
      const m = s.mentions.find((x) => isActor(x) && x.from > t.token[must]! && s.tokens.slice(Math.max(0, x.from - 3), x.from).some((y) => y.text === ",") && closesSentence(s, x.to + 1) && verbAfter(x) !== undefined);
      return m && verbAfter(m);
    };
    const reporter = reportingVerbAbove(ctx, v) ?? t.kids[v]!.find((k) => k > v && closing(k) && (reportsAt(ctx, k) || demandAt(k))) ?? closingWords();
    if (reporter === undefined) continue;
    // "..., the Security Council said": a closing attribution is kept out of the sentence's actors, but
    // its subject is whose the demand is; where the parse hangs it elsewhere, it is the attribution
    // that ends right before the verb. Not the subject a verb joined to the obligation shares with it.
    const bound = refsOf(subjectOf(ctx, v));
    const at = t.token[reporter]!;
    const told = refsOf(subjectOf(ctx, reporter)).filter((r) => !includesRef(bound, r));
    const attributed = kidsBy(t, reporter, "nsubj").flatMap((k) => [k, ...kidsBy(t, k, "conj")]).flatMap((k) => (t.heads.get(k) ?? []).filter(isActor));
    const before = [...ctx.reporters].filter((m) => m.to === at);
    // "..., the World Court ordered on Friday": an ordering verb tells no report, but the words found
    // who orders.
    const orderedBy = out.find((d) => d.type === "DEMAND" && !d.nominal && d.trigger.from === at)?.sources ?? [];
    const speakers = told.length ? told : attributed.length || before.length ? refsOf(attributed.length ? attributed : before) : orderedBy;
    if (!speakers.length || !bound.length || bound.some((b) => speakers.some((x) => keyOf(x) === keyOf(b)))) continue;
    const span = subtreeSpan(t, v);
    const k = t.token[must]!;
    // A demand the words already found in the clause ("demanded that Israel must ...") is the same one;
    // one told by the closing verb ("..., the Security Council ordered") is aimed at whom it binds, and
    // what they must do is its content.
    const ordering = out.find((d) => d.type === "DEMAND" && d.trigger.from === at && !d.targets.length);
    if (ordering) {
      ordering.targets = bound.filter((b) => !includesRef(ordering.sources, b));
      out = out.filter((d) => d === ordering || !(d.trigger.from >= span.from && d.trigger.to <= span.to));
      continue;
    }
    if (out.some((d) => d.type === "DEMAND" && d.trigger.from < span.to && span.from <= d.trigger.from)) continue;
    out = out.filter((d) => !(d.trigger.from >= span.from && d.trigger.to <= span.to));
    // The day in the reporting verb's own phrase; one inside the obligation is what it asks for, unless
    // the reporting verb closes the obligation's phrase.
    const said = subtreeSpan(t, reporter);
    const closes = at >= span.from && at < span.to;
    const when = s.dates.find((d) => d.from > at && d.to <= said.to && (closes || d.to <= span.from || d.from >= span.to));
    out.push({
      type: "DEMAND",
      mode: "demand",
      nominal: false,
      anaphoric: false,
      answers: false,
      sentence: s.index,
      trigger: { from: k, to: k + 1, start: s.tokens[k]!.start, end: s.tokens[k]!.end, text: s.tokens[k]!.text },
      sources: speakers,
      targets: bound,
      // The day the speaker said it: "..., the Security Council said on Wednesday".
      ...(when && { date: when.past, dateText: when.text }),
      at: [],
      about: [],
      reportedBy: [],
      status: "occurred",
      confidence: 0.6,
      obliges: true,
    });
  }
  return out;
}

/** Acts aimed at whoever what they are about names: a threat of an act, an inquiry into a deed. */
const AIMED_THROUGH_CONTENT = new Set(["THREATEN", "INVESTIGATE"]);
/** The markers that say what an inquiry is into ("into", "against", "of"); what it is over is a topic, not a suspect. */
const INQUIRY_INTO = new Set<PrepositionRole | undefined>(["to", "against", "of"]);

/**
 * "threatened to impose a 30% tariff on imports from Mexico", "warned that Taiwan independence means
 * war", "opened an investigation into whether Amazon uses ...": the actors what a threat or an inquiry
 * that names no target is about names, the doer of a deed it is about first ("into the killing of
 * Jamal Khashoggi by Saudi agents", "Iraq's invasion of Kuwait"), then in the order they come.
 */
function contentOf(drafts: EventDraft[], ctx: Ctx): void {
  const t = ctx.t;
  for (const d of drafts) {
    if (!AIMED_THROUGH_CONTENT.has(d.type) || d.targets.length || d.aimless || !d.sources.length) continue;
    const p = wordOfTokens(t, d.trigger.from, d.trigger.to);
    if (p < 0) continue;
    const roots = kidsBy(t, p, "xcomp", "ccomp");
    // "threatened on Saturday to impose ...": the parse may take an infinitive set off from its verb for an adverbial.
    roots.push(...kidsBy(t, p, "advcl").filter((k) => feat(t, k, "VerbForm") === "Inf" && !kidsBy(t, k, "nsubj", "nsubj:pass").length));
    if (d.type === "INVESTIGATE") {
      roots.push(...kidsBy(t, p, "obj"));
      roots.push(...kidsBy(t, p, "nmod", "obl", "acl").filter((k) => INQUIRY_INTO.has(caseRole(ctx, k)) || (base(rel(t, k)) === "acl" && !kidsBy(t, k, "case").length)));
      // "opened an investigation on Wednesday into ...": the parse may hang what it is into from the light verb.
      const h = parent(t, p);
      if (h >= 0 && base(rel(t, p)) === "obj") roots.push(...kidsBy(t, h, "obl").filter((k) => k > p && INQUIRY_INTO.has(caseRole(ctx, k))));
    }
    // What the content says, not why or on what condition ("para preservar os interesses da
    // Petrobras", "unless the iPhones are made there"): clauses hung from it as adverbials are left out.
    const said = new Set<number>();
    const stack = [...roots];
    while (stack.length) {
      const w = stack.pop()!;
      said.add(w);
      for (const k of t.kids[w]!) {
        const r = base(rel(t, k));
        // The parse may hang a purpose from a noun ("firmeza ... para preservar"): a clause with a marker of its own.
        if (r === "advcl" || r === "parataxis" || (r === "acl" && kidsBy(t, k, "mark").length)) continue;
        stack.push(k);
      }
    }
    const own = new Set([...d.sources, ...d.reportedBy].map(keyOf));
    const headWord = new Map(ctx.s.mentions.map((m) => [m, wordOfTokens(t, m.from, m.to)]));
    const named = ctx.s.mentions
      .filter((m) => isActor(m) && !ctx.reporters.has(m) && said.has(headWord.get(m)!) && !m.refs.some((r) => own.has(keyOf(r))))
      .sort((a, b) => a.from - b.from);
    const doer = (m: ResolvedMention) => {
      let w = headWord.get(m)!;
      // "by Saudi agents": a demonym speaks for the noun it modifies.
      if (["amod", "compound"].includes(base(rel(t, w)))) w = parent(t, w);
      return w >= 0 && (rel(t, w) === "nmod:poss" || caseRole(ctx, w) === "by");
    };
    const ordered = [...named.filter(doer), ...named.filter((m) => !doer(m))];
    if (!ordered.length) continue;
    d.content = ordered.map((m) => {
      const joined = kidsBy(t, headWord.get(m)!, "conj").flatMap((k) => (t.heads.get(k) ?? []).filter((x) => named.includes(x)));
      return refsOf([m, ...joined]);
    });
  }
}

/**
 * "called for the release of Roman Protasevich", "pediu a libertação de Protasevich": a demand to
 * free people is made of whoever holds them, not of them; with no holder named, it is left to the
 * story's state.
 */
function freedNotAsked(drafts: EventDraft[], s: SentenceView, hits: readonly TriggerHit[]): void {
  const releases = hits.filter((h) => h.trig.type === "CONCEDE" && h.trig.mode === "release");
  for (const d of drafts) {
    if (d.type !== "DEMAND" || !d.targets.length) continue;
    const freed = (r: EntityRef) =>
      r.label === "Person" && s.mentions.some((m) => includesRef(m.refs, r) && m.from >= d.trigger.to && releases.some((h) => h.from >= d.trigger.from && h.to <= m.from && m.from - h.to <= 3));
    d.targets = d.targets.filter((r) => !freed(r));
  }
}

/**
 * "Brasil y Chile respaldaron la resolución, al igual que Francia y Alemania", "as did France": the
 * actors listed after the words of likeness did the same as the act's doers.
 */
function likewise(drafts: EventDraft[], s: SentenceView, lex: Lexicon): void {
  for (let k = 0; k < s.tokens.length; k++) {
    const n = matchAny(s.tokens, k, lex.likewise)?.length;
    if (!n) continue;
    const d = drafts.filter((x) => x.sources.length && x.trigger.to <= k).at(-1);
    if (!d) return;
    // "embora os Estados Unidos, assim como a Rússia, não sejam membros": likeness to an actor named
    // after the act, who is none of its sides, is no likeness to the act.
    const sides = new Set([...d.sources, ...d.targets].map(keyOf));
    if (s.mentions.some((m) => m.from >= d.trigger.to && m.to <= k && isActor(m) && !m.refs.some((r) => sides.has(keyOf(r))))) return;
    const also: ResolvedMention[] = [];
    for (const m of s.mentions.filter((x) => x.from >= k + n).sort((a, b) => a.from - b.from)) {
      const gap = s.tokens.slice(also.length ? also.at(-1)!.to : k + n, m.from);
      if (gap.some((t) => !t.punct && !isConjunction(lex, t) && !lex.determiners.has(t.norm))) break;
      if (!isActor(m)) break;
      also.push(m);
    }
    d.sources = [...new Map([...d.sources, ...refsOf(also)].map((r) => [keyOf(r), r])).values()];
    return;
  }
}
