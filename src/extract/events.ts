/**
 * Events of one sentence: PLOVER triggers from the lexicon, their SOURCE and TARGET actors
 * read off word order and prepositions, and their status, date, quantity, place and reporters.
 */
import type { DateHit } from "./dates.js";
import { isAdverb, ofBefore, prepositionOf, type Lexicon, type PrepositionRole, type TriggerPattern, isConjunction } from "./lexicon.js";
import { keyOf, type EntityRef } from "../model/keys.js";
import { PLOVER, SYMMETRIC_TYPES, type EventStatus } from "../model/plover.js";
import { firstMatch, matchAny, matchEndingAt, occursIn, type Aside, type Pattern } from "./patterns.js";
import type { EventRecord, Mention, Token } from "./types.js";
import { insideQuotation, QUOTES, quotationEnd } from "./text.js";

export interface EventDraft extends Omit<EventRecord, "label" | "mentions"> {
  mode: string;
  nominal: boolean;
  /** A definite noun with no actors of its own ("a chamada telefónica") points back at a known event. */
  anaphoric: boolean;
  /** Said to answer an act done to its actor ("China retaliated with duties"): aimed back at that act's doer. */
  answers: boolean;
  sentence: number;
  trigger: { from: number; to: number; start: number; end: number; text: string };
  /** The token its object's head stands at, where the parse gives one ("calificó de escandalosa la decisión"). */
  object?: number;
  /** An event noun a light verb tells of its subject ("China's envoy expressed deep concern"): a stance as its verb would be. */
  voiced?: boolean;
  /** A reaction to an attack whose doer the article does not name ("o Itamaraty repudiou o ataque"): aimed at no one. */
  doerUnknown?: boolean;
  /** Praise of an act whose doer was not found ("Lula saudou a decisão"): a stance all the same. */
  praisesUnfound?: boolean;
  /** Its frame says it is aimed at no one ("declared martial law", "anulou a eleição"): no later step gives it a target. */
  aimless?: boolean;
  /** A sum pledged, which the story may name whom it is for only once (src/extract/topic.ts). */
  pledged?: boolean;
  /** A concession made to the yielding side's own people: its own state stays its target. */
  atHome?: boolean;
  /** Its subject undergoes it ("India faced sanctions"): whoever the parse takes for a doer is its target. */
  undergone?: boolean;
  /**
   * Whom what a threat or an inquiry is about names ("threatened to impose tariffs on Mexico and the
   * EU"), in the order to try them, each with those joined to it: its target where it names none,
   * once the event stage knows which of them are its doers' own side.
   */
  content?: EntityRef[][];
  /** An obligation laid on someone in reported speech ("X must leave, Y said"): no demand where it is laid on the speaker's own side. */
  obliges?: boolean;
}

/** "Britain, France and Germany ratified the treaty": an act each doer its subject joins does on its own. */
export const doneSeparately = (d: EventDraft, v: SentenceView, lex: Lexicon): boolean => occursIn(v.tokens, d.trigger.from, d.trigger.to, lex.separateActs);

/** What the event finder needs of a sentence: tokens and resolved mentions. */
export interface SentenceView {
  index: number;
  tokens: Token[];
  /** Mentions with their entity resolved (role phrases to people, "the two nations" to states...). */
  mentions: ResolvedMention[];
  dates: DateHit[];
}

export interface ResolvedMention extends Mention {
  refs: EntityRef[];
  /** For a place: the state that contains it. */
  containerState?: EntityRef;
  /** A body of government that acts for its state (`refs`): who tells what the sentence reports ("the Kremlin said"). */
  body?: EntityRef;
}

/** Who the mentions are as tellers of a report: a body of government itself, anyone else as resolved. */
export const tellersOf = (ms: readonly ResolvedMention[]): EntityRef[] => [...new Map(ms.flatMap((m) => (m.body ? [m.body] : m.refs)).map((r) => [keyOf(r), r])).values()];

/** Units whose arrival is aid sent (people, arms, relief), not money. */
const SENT_UNITS: ReadonlySet<string> = new Set(["personnel", "military", "humanitarian"]);

/**
 * The type an act has for who does it: protesters who attack an embassy or storm a parliament
 * protest (PLOVER's PROTEST covers violent protest); a government that "protests" disapproves. A
 * demonym alone ("os georgianos") is people.
 */
export function typeForDoers(trig: { type: string; mode: string }, sources: readonly ResolvedMention[], tokens: readonly Token[], lex: Lexicon, trigger: number): { type: string; mode: string } {
  // The official protest keeps its mode: it says how the disapproval was voiced.
  if (trig.type === "PROTEST" && sources.some((m) => m.refs[0]?.label === "State" && (!m.viaDemonym || occursIn(tokens, m.from, m.to, lex.government)))) return { type: "DISAPPROVE", mode: trig.mode };
  // "Russian paratroopers arrived in Kazakhstan", "U.S.-made Abrams tanks have arrived in Ukraine":
  // troops, arms or relief that arrive are sent, not a visit.
  if (trig.mode === "visit" && sources.length) {
    // The unit may be in the doers' own words ("Russian troops", "tropas rusas", "relief flights
    // from New Zealand") or after them.
    let first = Math.min(...sources.map((m) => m.from));
    // "A gift of two million doses ... from India": back to where the doers' phrase begins.
    while (first > 0 && !tokens[first - 1]!.punct && trigger - first < 16) first--;
    for (let k = first; k < trigger; k++) {
      const mode = firstMatch(tokens, k, lex.units, (u) => u.pattern)?.item.mode;
      // "a plane carrying 15 tonnes of tents landed in Yangon": relief that arrives is sent too.
      if (mode && SENT_UNITS.has(mode)) return { type: "AID", mode };
    }
    // "cargo planes landed in Iran with medicine", "landed in Tonga, bringing drinking water".
    for (let k = trigger + 1; k < Math.min(tokens.length, trigger + 12); k++) {
      const mark = matchAny(tokens, k, lex.cargoMarks);
      if (!mark) continue;
      for (let j = k + mark.length; j < Math.min(tokens.length, k + mark.length + 5) && !tokens[j]!.punct; j++) {
        if (firstMatch(tokens, j, lex.units, (u) => u.pattern)?.item.mode === "humanitarian") return { type: "AID", mode: "humanitarian" };
      }
    }
  }
  // "Protesters broke into Bangladesh's diplomatic mission": a crime too.
  if (trig.type !== "ASSAULT" && trig.type !== "COERCE" && trig.type !== "CRIME") return trig;
  // "Protesters stormed Kenya's parliament": doers the text names by no actor are the words before the verb.
  // "Thousands of Georgians stormed parliament": a crowd of a state's people, no troops of it.
  const crowd = (m: ResolvedMention) => !!m.viaDemonym && occursIn(tokens, Math.max(0, m.from - 3), m.from, lex.crowds) && !occursIn(tokens, m.from, m.to + 1, lex.forces) && !occursIn(tokens, m.from, m.to + 1, lex.agentsOf);
  const protesting = sources.length ? sources.every((m) => occursIn(tokens, m.from, m.to + 1, lex.protesters) || crowd(m)) : occursIn(tokens, Math.max(0, trigger - 3), trigger, lex.protesters);
  return protesting ? { type: "PROTEST", mode: PLOVER.PROTEST.modes[0] } : trig;
}

const ACTOR = new Set(["Person", "State", "Organization"]);
/** Acts a commander orders by name and does through his own forces: a withdrawal, a build-up. */
const ORDERED_ACTS = new Set(["RETREAT", "MOBILIZE"]);
const isActor = (m: ResolvedMention) => m.kind === "entity" && m.refs.length > 0 && m.refs.every((r) => ACTOR.has(r.label));
const isPlace = (m: ResolvedMention) => m.kind === "location" || (m.kind === "entity" && m.refs[0]?.label === "Place");
/**
 * Modes whose place stands for whom the act is aimed at when nobody is named: a visit's host
 * ("arrived in Cairo"), the state an ambassador is recalled from ("su embajador en Washington"),
 * the one a coup takes ("tomou o poder em Madagáscar") and the one forces withdraw from ("ended its
 * military operations in Burkina Faso"), and the host of an embassy opened ("reopened its embassy in Kyiv").
 */
export const PLACE_IS_TARGET: ReadonlySet<string> = new Set(["visit", "recall", "coup", "withdraw", "ties"]);

/**
 * May the place of an act with no one named on its other side stand for whom it is aimed at? For
 * aid and attacks and the modes above; not for ties two sides restore between them ("Bahrain and
 * Qatar restored relations after talks in Riyadh").
 */
export function placeIsTarget(trig: { type: string; mode: string }, sources: number): boolean {
  if (trig.mode === "ties" && sources > 1) return false;
  return trig.type === "AID" || trig.type === "ASSAULT" || PLACE_IS_TARGET.has(trig.mode);
}

/** The state a place stands for: the state itself, the state a capital names, or the one holding the place. */
export const stateOfPlace = (place: ResolvedMention | undefined): EntityRef | undefined =>
  place?.kind === "location" || place?.refs[0]?.label === "State" ? place.refs[0] : place?.containerState;
/** Where something happens: a place, or a state named as one ("em Montevideu", "in Luanda"). */
const isSetting = (m: ResolvedMention) => isPlace(m) || m.refs[0]?.label === "State";

interface Ctx {
  s: SentenceView;
  lex: Lexicon;
  published?: string;
  reporters: Set<ResolvedMention>;
  /** Where each verb trigger of the sentence ends: what follows one is its object. */
  verbEnds?: Set<number>;
  /** Tokens the parse reads as finite verbs, where there is a parse: any verb starts a clause, not only an event's. */
  finiteVerbs: ReadonlySet<number>;
}

function prepBefore(ctx: Ctx, m: ResolvedMention): PrepositionRole | undefined {
  let k = m.from - 1;
  const t = ctx.s.tokens;
  const lex = ctx.lex;
  // Determiners, possessives and a title stand between a preposition and its actor: "com o rei Mohamed VI".
  // "depois de o Presidente guineense ter ameaçado": the uncontracted "de o" introduces the subject of an infinitive.
  if (matchAny(t, m.from - 2, lex.clauseSubjects)?.length === 2) return undefined;
  const skippable = (i: number) => lex.possessives.has(t[i]!.norm) || (lex.determiners.has(t[i]!.norm) && !prepositionOf(lex, t[i])) || firstMatch(t, i, lex.roles, (r) => r.pattern)?.length === 1;
  while (k >= 0 && skippable(k)) k--;
  if (k < 0) return undefined;
  // The second of two coordinated actors shares the first one's preposition: "de Washington e Seul".
  if (isConjunction(lex, t[k])) {
    const first = ctx.s.mentions.filter((x) => x.to <= k && x.to >= k - 1).at(-1);
    return first ? prepBefore(ctx, first) : undefined;
  }
  const p = prepositionOf(lex, t[k]);
  // "a" is both "the" and "to" in Portuguese: after a preposition it is "the"; before a name, "to".
  if (p && lex.determiners.has(t[k]!.norm) && t[k]!.text.toLowerCase() === t[k]!.norm) {
    const before = prepositionOf(lex, t[k - 1]);
    if (before) return before;
    if (t[k - 1] && isConjunction(lex, t[k - 1])) {
      const first = ctx.s.mentions.filter((x) => x.to <= k - 1 && x.to >= k - 2).at(-1);
      return first ? prepBefore(ctx, first) : undefined;
    }
    return m.refs[0]?.label === "Person" && k === m.from - 1 ? p : undefined;
  }
  return p;
}

/** The mention and those coordinated with it by "e"/"and"/commas, in either direction. */
function coordinated(ctx: Ctx, m: ResolvedMention, pool: ResolvedMention[], dir: -1 | 1): ResolvedMention[] {
  const out = [m];
  const t = ctx.s.tokens;
  let cur = m;
  for (;;) {
    const next = dir < 0
      ? pool.filter((x) => x.to <= cur.from).at(-1)
      : pool.find((x) => x.from >= cur.to);
    if (!next || !isActor(next) || ctx.reporters.has(next)) break;
    // "Russia released 307 Ukrainian soldiers and Ukraine freed…": an earlier verb's object is not part of this subject.
    if (dir < 0 && objectOfVerb(ctx, next)) break;
    const [a, b] = dir < 0 ? [next.to, cur.from] : [cur.to, next.from];
    // "Caças polacos e aviões da NATO", "Polish jets and NATO aircraft": an actor may be named
    // through its weapons or its people ("of" after them included).
    let between: Token[] = [];
    for (let k = a, afterMeans = false; k < b; k++) {
      const means = isMeans(ctx, k);
      if (!means && !(afterMeans && b - a > 2 && prepositionOf(ctx.lex, t[k]) === "of")) between.push(t[k]!);
      afterMeans = means;
    }
    // "Sudan's army and the rival Rapid Support Forces", "Colombia's government and Marxist FARC
    // rebels": a possessive mark after the earlier name, and up to two words describing the later
    // one between the conjunction and it, leave the two joined.
    // Not where the earlier name hangs from a preposition ("los vuelos con Venezuela y el presidente
    // Mulino"), nor past a title ("presidente"), which names a person of its own.
    const and = between.findIndex((x) => isConjunction(ctx.lex, x));
    if (dir < 0 && and >= 0 && prepBefore(ctx, next) === undefined) {
      const plain = (x: Token) => !x.punct && !isConjunction(ctx.lex, x) && !prepositionOf(ctx.lex, x) && !ctx.finiteVerbs.has(t.indexOf(x)) && !ctx.lex.determiners.has(x.norm) && !firstMatch(t, t.indexOf(x), ctx.lex.roles, (r) => r.pattern);
      let cut = between.length;
      while (cut > and + 1 && between.length - cut < 2 && plain(between[cut - 1]!)) cut--;
      between = between.slice(0, cut).filter((x) => !ctx.lex.genitiveMarkers.has(x.norm));
    }
    // "o apoio da Indonésia e da Malásia": the second may repeat the first one's preposition.
    const role = dir > 0 ? prepBefore(ctx, cur) : undefined;
    const joined = between.length > 0 && between.length <= 4 && between.every((x) => x.text === "," || isConjunction(ctx.lex, x) || ctx.lex.determiners.has(x.norm) || ctx.lex.possessives.has(x.norm) || (role !== undefined && prepositionOf(ctx.lex, x) === role));
    if (!joined || !between.some((x) => isConjunction(ctx.lex, x) || x.text === ",")) break;
    // "X, Y" without a conjunction is only a list when a conjunction closes it further on, after
    // any number of actors joined by commas alone ("Germany, Poland, Norway and Turkey").
    if (!between.some((x) => isConjunction(ctx.lex, x)) && !closedList(ctx, dir > 0 ? next : cur, pool, role)) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/**
 * Do actors joined by commas after `from` end in one joined by a conjunction? Each may repeat the
 * first one's preposition: "telefonou para Merkel, para Macron, para May e para Trudeau".
 */
function closedList(ctx: Ctx, from: ResolvedMention, pool: ResolvedMention[], role?: PrepositionRole): boolean {
  const t = ctx.s.tokens;
  for (let p = from; ; ) {
    const q = pool.find((x) => x.from >= p.to);
    if (!q || !isActor(q)) return false;
    const all = t.slice(p.to, q.from);
    const gap = all.filter((x) => role === undefined || prepositionOf(ctx.lex, x) !== role);
    if (all.length === 0 || gap.length > 3) return false;
    if (gap.some((x) => isConjunction(ctx.lex, x))) return true;
    if (!gap.every((x) => x.text === "," || ctx.lex.determiners.has(x.norm))) return false;
    p = q;
  }
}

/** A one-word name of what an actor acts through (its weapons, forces or officials) at i. */
function isMeans(ctx: Ctx, i: number): boolean {
  const t = ctx.s.tokens;
  return matchAny(t, i, ctx.lex.weapons)?.length === 1 || matchAny(t, i, ctx.lex.forces)?.length === 1 || matchAny(t, i, ctx.lex.government)?.length === 1;
}

function objectOfVerb(ctx: Ctx, m: ResolvedMention): boolean {
  if (!ctx.verbEnds) return false;
  let k = m.from;
  while (k > 0 && (ctx.lex.determiners.has(ctx.s.tokens[k - 1]!.norm) || /^\d/.test(ctx.s.tokens[k - 1]!.text))) k--;
  return ctx.verbEnds.has(k);
}

/** The entities of some mentions, each once ("Iraq" and "Baghdad" are one target). */
const refsOf = (ms: ResolvedMention[]) => [...new Map(ms.flatMap((m) => m.refs).map((r) => [keyOf(r), r])).values()];

/** Is token k part of a date the sentence names? */
const inDate = (ctx: Ctx, k: number) => ctx.s.dates.some((d) => k >= d.from && k < d.to);

function hardBoundary(t: Token): boolean {
  return t.text === ";" || t.text === ":" || t.text === "(" || t.text === ")";
}

/** The actors that are the grammatical subject of whatever stands at token `from`. */
export function subjectBefore(s: SentenceView, lex: Lexicon, from: number): EntityRef[] {
  const ctx: Ctx = { s, lex, reporters: findReporters(s, lex).reporters, finiteVerbs: new Set() };
  return refsOf(subjectLeft(ctx, from, { type: "AGREE", mode: "", nominal: false, pattern: { words: [], source: "" } }));
}

function subjectLeft(ctx: Ctx, from: number, trig: TriggerPattern): ResolvedMention[] {
  let ms = ctx.s.mentions.filter((m) => m.to <= from);
  const t = ctx.s.tokens;
  // "depois de a junta ter expulsado o diplomata": the infinitive's own subject is named, even if
  // it is no actor the text can resolve; the main clause's subject does not stand in for it.
  for (let k = from - 2; k >= Math.max(0, from - 8) && !t[k]!.punct; k--) {
    if (matchAny(t, k, ctx.lex.clauseSubjects)?.length !== 2) continue;
    if (!ms.some((m) => m.from > k && isActor(m))) return [];
    break;
  }
  // "después de que la embajada mexicana en Lima concediera asilo": a clause with a subject of its own
  // takes it from inside; where none is an actor, the parse has it.
  for (let k = from - 1; k >= 0 && !hardBoundary(t[k]!); k--) {
    const m = matchAny(t, k, ctx.lex.subordinators);
    if (!m || k + m.length > from) continue;
    ms = ms.filter((x) => x.from >= k + m.length);
    if (!ms.some(isActor)) return [];
    break;
  }
  // "Marco Rubio, propuesto por Donald Trump como secretario de Estado, criticó": an aside between
  // commas right after a name and right before the verb says something of that name; who it names
  // does not act.
  if (t[from - 1]?.text === ",") {
    for (let j = from - 2; j >= Math.max(0, from - 14) && !hardBoundary(t[j]!); j--) {
      if (t[j]!.text !== ",") continue;
      // "O secretário-geral da ONU, António Guterres, pediu": an aside that is only a name is the subject.
      const nameOnly = ms.some((m) => m.from === j + 1 && m.to === from - 1);
      if (!nameOnly && ms.some((m) => m.to === j)) ms = ms.filter((m) => m.to <= j || m.from >= from);
      break;
    }
  }
  for (let k = from - 1; k >= 0; k--) {
    // "A Agência Internacional de Energia Atômica (AIEA) vai enviar": a short aside right after a name
    // is part of the subject, not a clause break.
    if (t[k]!.text === ")") {
      const open = t.slice(Math.max(0, k - 5), k).map((x) => x.text).lastIndexOf("(");
      const j = open < 0 ? -1 : Math.max(0, k - 5) + open;
      if (j > 0 && ctx.s.mentions.some((m) => m.to === j)) {
        k = j;
        continue;
      }
    }
    if (hardBoundary(t[k]!)) {
      return pickSubject(ctx, ms.filter((m) => m.from > k), from, trig);
    }
  }
  return pickSubject(ctx, ms, from, trig);
}

/**
 * "A team of Chinese medical experts arrived in Rome", "relief flights from New Zealand and Australia
 * landed in Tonga": people or goods that arrive were sent by the states and bodies their phrase names.
 */
function sendersOf(ctx: Ctx, from: number): ResolvedMention[] {
  const t = ctx.s.tokens;
  let k = from - 1;
  while (k >= 0 && !t[k]!.punct) k--;
  let sent = false;
  for (let j = k + 1; j < from && !sent; j++) sent = SENT_UNITS.has(firstMatch(t, j, ctx.lex.units, (u) => u.pattern)?.item.mode ?? "");
  return sent ? ctx.s.mentions.filter((m) => m.from > k && m.to <= from && isActor(m) && !ctx.reporters.has(m)) : [];
}

function pickSubject(ctx: Ctx, ms: ResolvedMention[], from: number, trig: TriggerPattern): ResolvedMention[] {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (!isActor(m) || ctx.reporters.has(m) || placeOfRelative(ctx, m) || modifiesNoun(ctx, m)) continue;
    // "a la base aérea de Torrejón de Ardoz (Madrid)": a name in brackets says where or who something else is.
    if (ctx.s.tokens[m.from - 1]?.text === "(" && ctx.s.tokens[m.to]?.text === ")") continue;
    const p = prepBefore(ctx, m);
    const near = from - m.to <= 2;
    // "a request from US President Joe Biden, who visited Tel Aviv": a relative's antecedent is its subject.
    const antecedent = ctx.lex.relativePronouns.has(ctx.s.tokens[from - 1]?.norm ?? "") && (m.to === from - 1 || (m.to === from - 2 && ctx.s.tokens[m.to]!.text === ","));
    if (p === undefined || antecedent || p === "by" || (p === "with" && near && !SYMMETRIC_TYPES.has(trig.type)) || (p === "of" && speaksFor(ctx, m, ms))) {
      // Coordinated subjects in the order the text names them: "Thailand and Cambodia agreed".
      return coordinated(ctx, m, ms.filter(isActor), -1).reverse();
    }
  }
  return [];
}

/** "visitou Kigali, onde se reuniu": the name a "where" clause hangs on is where it happens, not who acts in it. */
function placeOfRelative(ctx: Ctx, m: ResolvedMention): boolean {
  const t = ctx.s.tokens;
  const k = t[m.to]?.text === "," ? m.to + 1 : m.to;
  return !!t[k] && ctx.lex.locativeRelatives.has(t[k]!.norm);
}

/**
 * "o apoio ruandês", "la posición española": a demonym after a noun describes it; it is no subject.
 * After weapons ("drones russos") it says whose they are, and that state acts through them.
 */
function modifiesNoun(ctx: Ctx, m: ResolvedMention): boolean {
  if (!m.viaDemonym || ctx.lex.modifiersBeforeNoun) return false;
  if (matchEndingAt(ctx.s.tokens, m.from - 1, 3, ctx.lex.weapons) !== undefined) return false;
  const before = ctx.s.tokens[m.from - 1];
  return !!before && !before.punct && !before.upper && !ctx.lex.determiners.has(before.norm) && !prepositionOf(ctx.lex, before) && !isConjunction(ctx.lex, before);
}

/** "importados de China", "imported from China": the words before m say where goods come from. */
function originBefore(ctx: Ctx, m: ResolvedMention): boolean {
  const t = ctx.s.tokens;
  let k = m.from;
  while (k > 0 && ctx.lex.determiners.has(t[k - 1]!.norm) && !prepositionOf(ctx.lex, t[k - 1])) k--;
  return matchEndingAt(t, k - 1, 3, ctx.lex.origins) !== undefined;
}

/** "invitó a Sánchez a visitar": the one invited is who would act, not who invites. */
function invitee(ctx: Ctx, from: number): ResolvedMention[] | undefined {
  const t = ctx.s.tokens;
  if (prepositionOf(ctx.lex, t[from - 1]) !== "to") return undefined;
  const m = ctx.s.mentions.find((x) => x.to === from - 1 && isActor(x));
  if (!m) return undefined;
  let k = m.from - 1;
  while (k >= 0 && (ctx.lex.determiners.has(t[k]!.norm) || prepositionOf(ctx.lex, t[k]) === "to")) k--;
  return matchEndingAt(t, k, 2, ctx.lex.inviting) === undefined ? undefined : [m];
}

/** Are tokens [from, to) words that belong to no mention ("a strong", "its latest")? */
function plainWords(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.s.tokens[k]!.punct || ctx.s.mentions.some((m) => m.from <= k && k < m.to)) return false;
  return true;
}

/** An actor named right before a noun: a demonym ("Russian shelling") or a genitive ("Washington's latest arms sale"). */
function actorBefore(ctx: Ctx, from: number): ResolvedMention | undefined {
  const t = ctx.s.tokens;
  for (const m of ctx.s.mentions) {
    if (!isActor(m) || m.to > from || from - m.to > 3) continue;
    if (m.viaDemonym && m.to === from) return m;
    const gen = t[m.to];
    if (gen && ctx.lex.genitiveMarkers.has(gen.norm) && plainWords(ctx, m.to + 1, from)) return m;
  }
  return undefined;
}

/** "Representantes do Irã e dos Estados Unidos", "officials of both countries": people who act for the actors named after them. */
function speaksFor(ctx: Ctx, m: ResolvedMention, ms: ResolvedMention[]): boolean {
  const t = ctx.s.tokens;
  // "Caças polacos e aviões da NATO": an actor's weapons and forces fight for it.
  // Not where the means is itself in a prepositional phrase: "llegó en un avión de la Fuerza Aérea española".
  const own = ofBefore(ctx.lex, t, m.from);
  if (own !== undefined && own > 0 && isMeans(ctx, own - 1)) {
    let k = own - 2;
    while (k >= 0 && ctx.lex.determiners.has(t[k]!.norm)) k--;
    return k < 0 || prepositionOf(ctx.lex, t[k]) === undefined;
  }
  // "the leaders of the BRICS group": an article may stand between "of" and the name.
  const of = ofBefore(ctx.lex, t, coordinated(ctx, m, ms.filter(isActor), -1).at(-1)!.from);
  // "Miles de peruanos": people of a state, counted, act as its people.
  // "Fighters of the Islamic State", "guerrilleros de las FARC": its agents act for it.
  return of !== undefined && matchEndingAt(t, of - 1, 2, ctx.lex.government, ctx.lex.crowds, ctx.lex.agentsOf) !== undefined;
}

interface Objects {
  /** "by X": who does a passive verb's act, or a noun's ("a visit by Putin"). */
  agents: ResolvedMention[];
  targets: ResolvedMention[];
  sources: ResolvedMention[];
  places: ResolvedMention[];
  destinations: ResolvedMention[];
}

/** Actors and places after the trigger, up to the next verb trigger, relative pronoun or clause break. */
function objectsRight(ctx: Ctx, trig: { from: number; to: number }, limit: number, type: string, nominal: boolean, mode = ""): Objects {
  const out: Objects = { agents: [], targets: [], sources: [], places: [], destinations: [] };
  const t = ctx.s.tokens;
  // What the clause allows; the objects themselves lie within 16 words of the trigger, though a
  // list that starts there runs on to the clause's end.
  let clauseEnd = Math.min(limit, trig.to + 48);
  // '"condena o golpe militar em curso", disse o porta-voz': a quotation ends what is said in it.
  if (insideQuotation(t, trig.from)) {
    const close = quotationEnd(t, trig.to);
    if (close >= 0) clauseEnd = Math.min(clauseEnd, close);
  }
  const closesList = (comma: number) => {
    const last = ctx.s.mentions.find((m) => m.to === comma);
    if (!last) return false;
    // "..., para a primeira-ministra britânica, Theresa May, e para ...": an article and a
    // preposition may open each item of the list.
    let k = last.from - 1;
    while (k > 0 && (ctx.lex.determiners.has(t[k]!.norm) || prepositionOf(ctx.lex, t[k]) !== undefined)) k--;
    return t[k]?.text === "," && ctx.s.mentions.some((m) => m.to === k);
  };
  for (let k = trig.to; k < clauseEnd; k++) {
    // "stormed and burned the Thai embassy": two verbs joined with nothing between share the object.
    if (k === trig.to && isConjunction(ctx.lex, t[k]) && ctx.finiteVerbs.has(k + 1) && !firstMatch(t, k + 1, ctx.lex.triggers, (tr) => tr.pattern)?.item.type) {
      k++;
      continue;
    }
    // ", y Brasil expresó": a comma and a conjunction start a new clause, unless they close a list
    // of names ("Russia, Belarus, and Iran").
    // "expresó su preocupación y ofreció mediar": a conjunction before another verb ends the object too.
    // "opõe-se ao tratado e o Presidente Macron afirmou": so does a conjunction before a subject and its verb.
    const newClause = (t[k]!.text === "," && isConjunction(ctx.lex, t[k + 1]) && !closesList(k))
      || (isConjunction(ctx.lex, t[k]) && (verbAt(ctx, k + 1) || subjectAndVerbAt(ctx, k + 1)));
    // "pediu que Washington mantenha", "pidió a la comunidad internacional que presione a Caracas": after a
    // demand that names nobody yet, "que"/"that" opens what is asked, and of whom.
    const asked = type === "DEMAND" && ctx.lex.relativePronouns.has(t[k]!.norm) && !ctx.s.mentions.some((m) => m.from >= trig.to && m.to <= k && isActor(m));
    if (!asked && (hardBoundary(t[k]!) || ctx.lex.relativePronouns.has(t[k]!.norm) || newClause || (k > trig.to && matchAny(t, k, ctx.lex.clauseOpeners)))) {
      clauseEnd = k;
      break;
    }
  }
  const end = Math.min(clauseEnd, trig.to + 16);
  const pool = ctx.s.mentions.filter((m) => m.from >= trig.to && m.to <= end && !ctx.reporters.has(m));
  /** Actors read as one side with an earlier one ("la ayuda de España, el Reino Unido y Catar"). */
  const listed = new Set<ResolvedMention>();
  // Not mediators: several of them with no sides named would read as talks between them.
  const sourcesFrom = (m: ResolvedMention) => {
    const all = mode === "mediate" ? [m] : coordinated(ctx, m, pool.filter(isActor), 1);
    for (const x of all) listed.add(x);
    out.sources.push(...all);
  };
  for (const m of pool) {
    if (listed.has(m)) continue;
    // "arrived in southern Turkey": where a visit goes may be a part of the place.
    const compass = mode === "visit" && ctx.lex.compassModifiers.has(t[m.from - 1]?.norm ?? "");
    const p = prepBefore(ctx, m) ?? (compass ? prepositionOf(ctx.lex, t[m.from - 2]) : undefined);
    if (isPlace(m)) {
      if (p === "to") out.destinations.push(m);
      else out.places.push(m);
      continue;
    }
    if (p === "in" && m.refs[0]?.label === "State") {
      // "em Pequim": where it happened; for an attack, also whom it hit when nobody else is named,
      // and for a visit ("arrived in Baghdad") whom it visited.
      out.places.push(m);
      if (type !== "ASSAULT" && mode !== "visit") continue;
    }
    // Also a target unless the verb is passive: "praised the bravery shown by the troops" praises them.
    if (isActor(m) && p === "by" && !out.agents.length) out.agents.push(...coordinated(ctx, m, pool.filter(isActor), 1));
    // "extradited Dairo Antonio Usuga, the country's most wanted drug lord, to the United States":
    // who is handed over is no side; the state they go to is, and the one they come from ("was
    // extradited from Mexico") hands them over, as an agent would.
    if (mode === "extradite") {
      if (!isActor(m)) continue;
      if (p === "to" && !out.targets.length) out.targets.push(...coordinated(ctx, m, pool.filter(isActor), 1));
      else if (p === "from" && m.refs[0]?.label === "State" && !out.agents.length) out.agents.push(m);
      continue;
    }
    if (!isActor(m) || out.targets.length) continue;
    // Words between the trigger and the actor, not counting articles, a date ("recebeu nesta quinta-feira
    // o presidente"), a place ("recebeu em Luanda o homólogo") or a title in apposition ("o homólogo
    // congolês, Félix Tshisekedi").
    let dist = 0;
    const appositive = t[m.from - 1]?.text === "," ? m.from - 1 : -1;
    for (let k = trig.to; k < m.from; k++) {
      if (k < appositive && (matchAny(t, k, ctx.lex.counterparts) || firstMatch(t, k, ctx.lex.roles, (r) => r.pattern)) && !t.slice(k, appositive).some((x) => x.punct)) break;
      const dateWord = inDate(ctx, k) || (inDate(ctx, k + 1) && prepositionOf(ctx.lex, t[k]) !== undefined);
      const placeWord = pool.some((x) => (isPlace(x) || out.places.includes(x)) && ((k >= x.from && k < x.to) || (k === x.from - 1 && prepositionOf(ctx.lex, t[k]) === "in")));
      // "reconheceu oficialmente o Estado da Palestina": an adverb does not part a verb from its object.
      const adverb = isAdverb(ctx.lex, t[k]!);
      if (!dateWord && !placeWord && !adverb && !ctx.lex.determiners.has(t[k]!.norm)) dist++;
    }
    if (p === "between") {
      // "mediação entre X e Y": the two sides are whom the mediator acts on; "talks between X and Y": they act together.
      // Both sides may carry titles that take the pair past the usual reach: "entre el presidente
      // electo boliviano, Rodrigo Paz, y el subsecretario de Estado estadounidense, Christopher Landau".
      const sides = ctx.s.mentions.filter((x) => x.from >= m.from && x.to <= limit && isActor(x) && !ctx.reporters.has(x));
      (mode === "mediate" ? out.targets : out.sources).push(...coordinated(ctx, m, sides, 1));
      break;
    }
    // "aranceles a los automóviles importados de China": where sanctioned goods come from is whom the sanction hits.
    if (type === "SANCTION" && originBefore(ctx, m)) {
      out.targets.push(...coordinated(ctx, m, pool.filter(isActor), 1));
      continue;
    }
    // "20 trucks of humanitarian aid from the Egyptian Red Crescent into Gaza": who it comes from gives it.
    if (p === "from" && type === "AID" && nominal) {
      if (!out.sources.length) sourcesFrom(m);
      continue;
    }
    // "enviar técnicos da Embrapa para Luanda": whose people they are is not where they go.
    if (p === "of" && type === "AID" && pool.some((x) => x.from > m.from && prepBefore(ctx, x) === "to")) continue;
    if (p === "of") {
      // "o assassinato de Haniyeh": who undergoes it.
      if (nominal && dist <= 1 && matchAny(t, trig.to - 1, ctx.lex.patientNouns)) {
        out.targets.push(m);
        continue;
      }
      // "visita de Putin": the noun's own actor. "os desejos de Washington": the target of the verb.
      // "la ayuda de España, el Reino Unido y Catar": and every actor listed with it.
      if (nominal && dist <= 1 && !out.sources.length) {
        sourcesFrom(m);
        continue;
      }
      if (nominal || dist > 5) continue;
    }
    if (p === "in" && type !== "ASSAULT" && mode !== "visit") continue;
    // A partner of a meeting or of ties stands right by it: "encontrar com X", "met X", "laços com X".
    // "hosted the leaders of the BRICS group": people named as acting for an actor stand for it.
    const forWhom = p === "of" && speaksFor(ctx, m, pool);
    // "aproximou-se da Rússia": a preposition the verb's own phrase ends with takes its partner.
    const governed = t.slice(trig.to, m.from).every((x) => ctx.lex.determiners.has(x.norm)) && prepositionOf(ctx.lex, t[trig.to - 1]) !== undefined;
    if (SYMMETRIC_TYPES.has(type) && (dist > 3 || !(p === undefined ? dist === 0 : p === "with" || p === "to" || forWhom || governed))) continue;
    // A list that starts within reach goes on to its end: "telefonou para a chanceler alemã, Angela
    // Merkel, para o presidente francês, Emmanuel Macron, ... e para o primeiro-ministro canadense".
    const reach = ctx.s.mentions.filter((x) => x.from >= trig.to && x.to <= clauseEnd && isActor(x) && !ctx.reporters.has(x));
    out.targets.push(...coordinated(ctx, m, reach, 1));
  }
  return out;
}

/** A reporting or light verb, or an event's verb, starts at i. */
function verbAt(ctx: Ctx, i: number): boolean {
  const t = ctx.s.tokens;
  if (ctx.finiteVerbs.has(i) || (matchAny(t, i, ctx.lex.lightVerbs) ?? matchAny(t, i, ctx.lex.reportingVerbs))) return true;
  const trig = firstMatch(t, i, ctx.lex.triggers, (tr) => tr.pattern)?.item;
  return !!trig?.type && !trig.nominal;
}

/** An actor named at i (after its article), then a verb: the start of a clause of its own. */
function subjectAndVerbAt(ctx: Ctx, i: number): boolean {
  const t = ctx.s.tokens;
  let j = i;
  while (j < t.length && ctx.lex.determiners.has(t[j]!.norm)) j++;
  // "o Presidente Emmanuel Macron": a title before the name.
  j += firstMatch(t, j, ctx.lex.roles, (r) => r.pattern)?.length ?? 0;
  const subject = ctx.s.mentions.find((m) => m.from === j && isActor(m));
  return !!subject && verbAt(ctx, subject.to);
}

/** A modality cue in tokens[from, to) that is not part of a name ("Irão" is Iran, not "irão", they will go). */
function cueIn(ctx: Ctx, from: number, to: number, ps: readonly Pattern[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, ctx.s.tokens.length); i++) {
    if (ctx.s.mentions.some((m) => m.kind !== "agreement" && i >= m.from && i < m.to)) continue;
    if (occursIn(ctx.s.tokens, i, i + 1, ps)) return true;
  }
  return false;
}

/**
 * "India faced a widening front of sanctions", "came under heavy criticism": the verb, a few words
 * before an event noun, by which its subject undergoes the act.
 */
function undergoneAt(ctx: Ctx, from: number): number | undefined {
  const t = ctx.s.tokens;
  // "faced U.S. sanctions": the points of an abbreviation end nothing.
  for (let k = from - 1; k >= Math.max(0, from - 8) && (!t[k]!.punct || t[k]!.text === "."); k--) {
    const verb = matchEndingAt(t, k, 3, ctx.lex.undergoing);
    if (verb !== undefined) return verb;
    if (ctx.finiteVerbs.has(k)) return undefined;
  }
  return undefined;
}

/**
 * "México anunció el viernes la ruptura de relaciones", "Portugal vai conceder uma linha de crédito":
 * a noun that a reporting or light verb takes as its object (past articles and a date) is the
 * subject's own act; returns where the verb starts.
 */
function announcedAt(ctx: Ctx, from: number, lists: readonly (readonly Pattern[])[] = [ctx.lex.reportingVerbs, ctx.lex.lightVerbs]): number | undefined {
  const t = ctx.s.tokens;
  let k = from - 1;
  // "announced new export controls": a word that qualifies the noun stands between them too.
  // So does a demonym that only says what kind it is: "will host an Arab summit".
  const kindOf = (i: number) => ctx.s.mentions.some((m) => m.viaDemonym && m.from === i && m.to === i + 1 && m.to <= from);
  // "expressed its concern": the possessor is the verb's subject, whose act the noun is.
  // A date with its preposition too: "abrió en enero una investigación".
  const dated = (i: number) => inDate(ctx, i) || (prepositionOf(ctx.lex, t[i]) !== undefined && inDate(ctx, i + 1));
  while (k >= 0 && (ctx.lex.determiners.has(t[k]!.norm) || ctx.lex.possessives.has(t[k]!.norm) || dated(k) || ctx.lex.nounQualifiers.has(t[k]!.norm) || kindOf(k))) k--;
  return matchEndingAt(t, k, 3, ...lists);
}

function status(ctx: Ctx, from: number, to: number, trig: TriggerPattern, claimed: boolean, date?: string): EventStatus {
  const t = ctx.s.tokens;
  const lex = ctx.lex;
  if (cueIn(ctx, from - 2, from, lex.negations)) return "denied";
  if (cueIn(ctx, from - 4, from, lex.hypothetical)) return "hypothetical";
  let after = to;
  // The cue must be the trigger's own: "expressed its concern and offered to mediate" plans the mediation only.
  while (after < Math.min(t.length, to + 4) && !lex.determiners.has(t[after]!.norm) && !lex.possessives.has(t[after]!.norm) && !isConjunction(lex, t[after])) after++;
  if (cueIn(ctx, from - 5, from, lex.planned) || cueIn(ctx, to, after, lex.planned)) return "planned";
  // The verb may be any word of a phrase trigger: "viajará a".
  const future = (w: string) => w.length > 5 && lex.futureSuffixes.some((s) => w.endsWith(s));
  if (!trig.nominal && t.slice(from, to).some((x) => future(x.text.toLowerCase()))) return "planned";
  if (date && ctx.published && date.slice(0, 10) > ctx.published) return "planned";
  return claimed ? "claimed" : "occurred";
}

function quantity(ctx: Ctx, from: number, to: number): { value: number; text: string; mode: string } | undefined {
  const t = ctx.s.tokens;
  for (let k = from; k < to; k++) {
    if (!/^\d/.test(t[k]!.text)) continue;
    if (/^(1[89]|20)\d\d$/.test(t[k]!.text)) continue;
    for (let j = k + 1; j <= k + 2 && j < t.length; j++) {
      const unit = firstMatch(t, j, ctx.lex.units, (u) => u.pattern)?.item;
      if (!unit) continue;
      const sep = ctx.lex.thousandsSeparator;
      const raw = t[k]!.text;
      const figure = Number(sep === "." ? raw.replace(/\./g, "").replace(",", ".") : raw.replace(/,/g, ""));
      const value = figure * (firstMatch(t, k + 1, ctx.lex.multipliers, (m) => m.pattern)?.item.factor ?? 1);
      let a = k;
      if (k > 0) {
        for (const ap of ctx.lex.approximately) {
          const n = ap.words.length;
          if (k - n >= 0 && matchAny(t, k - n, [ap]) === null ? false : k - n >= 0 && matchAny(t, k - n, [ap])) a = Math.min(a, k - n);
        }
      }
      if (Number.isFinite(value)) return { value, text: t.slice(a, j + 1).map((x) => x.text).join(" "), mode: unit.mode };
    }
  }
  return undefined;
}

export interface TriggerHit {
  trig: TriggerPattern;
  from: number;
  to: number;
}

export function findTriggers(tokens: Token[], lex: Lexicon, covered: (i: number) => boolean, aside?: Aside): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i) || tokens[i]!.punct) continue;
    const hit = firstMatch(tokens, i, lex.triggers, (tr) => tr.pattern, aside);
    let trig = hit?.item;
    if (!hit || !trig) continue;
    // After an article or a possessive comes a noun: "el apoyo del Gobierno" is not the verb "apoy*".
    const prev = tokens[i - 1];
    if (!trig.nominal && prev && (lex.determiners.has(prev.norm) || lex.possessives.has(prev.norm))) {
      trig = firstMatch(tokens, i, lex.nounTriggers, (tr) => tr.pattern)?.item ?? trig;
    }
    const length = trig === hit.item ? hit.length : trig.pattern.words.length;
    out.push({ trig, from: i, to: i + length });
    i += length - 1;
  }
  return out;
}

/** Reporter mentions: "de acordo com X", "according to X", ", disse X", "X said" for news media. */
/**
 * `reporters` tell the sentence and take no side in it. `tellers` are people who say what follows
 * ("Dmitry Peskov said Moscow would seek clarification"): they report the events after their verb,
 * but stay free to be a side of them ("Putin disse que vai visitar").
 */
/** Does the sentence end at token k, past any date there ("..., Pashinyan said on Thursday.")? */
export function closesSentence(s: SentenceView, k: number): boolean {
  while (k < s.tokens.length && s.dates.some((d) => k >= d.from && k < d.to)) k++;
  return k >= s.tokens.length || /^[.!?]$/.test(s.tokens[k]!.text);
}

export function findReporters(s: SentenceView, lex: Lexicon): { reporters: Set<ResolvedMention>; tellers: { mention: ResolvedMention; verb: number }[]; claim: boolean } {
  const t = s.tokens;
  const reporters = new Set<ResolvedMention>();
  const tellers: { mention: ResolvedMention; verb: number }[] = [];
  let claim = false;
  const inDate: Aside = (k) => s.dates.some((d) => (k >= d.from && k < d.to) || (d.from === k + 1 && prepositionOf(lex, t[k]) !== undefined));
  for (let i = 0; i < t.length; i++) {
    const before = matchAny(t, i, lex.reportingBefore);
    if (before) {
      const after = s.mentions.find((m) => m.from >= i + before.length && m.from <= i + before.length + 3 && isActor(m));
      if (after) {
        reporters.add(after);
        const next = s.mentions.find((x) => x.from > after.to && x.from <= after.to + 2 && isActor(x));
        if (next && t.slice(after.to, next.from).some((x) => isConjunction(lex, x))) reporters.add(next);
      }
      if (occursIn(t, i + before.length, i + before.length + 3, lex.claimCues)) claim = true;
    }
    const verb = matchAny(t, i, lex.reportingVerbs);
    if (verb) {
      const after = s.mentions.find((m) => m.from >= i + verb.length && m.from <= i + verb.length + 2 && isActor(m));
      if (after && (t[i - 1]?.text === "," || i === 0)) reporters.add(after);
      const prev = s.mentions.filter((m) => m.to <= i && m.to >= i - 1 && isActor(m)).at(-1);
      // "KCNA said" tells; "NATO told Israel to withdraw" demands, and NATO is its doer.
      const acts = !!firstMatch(t, i, lex.triggers, (tr) => tr.pattern, inDate);
      if (prev && prev.refs[0]?.label === "Organization" && !acts) reporters.add(prev);
      // "..., German Defence Minister Boris Pistorius said.": whoever closes the sentence after a comma
      // with a reporting verb tells it; they are no side of it.
      // A date may still follow: "..., Prime Minister Nikol Pashinyan said on Thursday."
      const closes = closesSentence(s, i + verb.length);
      if (prev && closes && t.slice(Math.max(0, prev.from - 5), prev.from).some((x) => x.text === ",")) reporters.add(prev);
      else if (prev && !closes) tellers.push({ mention: prev, verb: i });
    }
  }
  if (occursIn(t, 0, t.length, lex.claimCues) && reporters.size) claim = true;
  return { reporters, tellers, claim };
}


/** One draft folded into another gives it the date and the place it lacks. */
function takeSetting(into: EventDraft, from: EventDraft): void {
  if (!into.dateText && from.dateText) [into.date, into.dateText] = [from.date, from.dateText];
  if (!into.at.length) into.at = from.at;
}

export function findEvents(s: SentenceView, lex: Lexicon, published: string | undefined, finiteVerbs: ReadonlySet<number> = new Set()): EventDraft[] {
  const covered = new Set<number>();
  for (const m of s.mentions) if (m.kind !== "location") for (let k = m.from; k < m.to; k++) covered.add(k);
  // A date, or a place between commas or after "em"/"in", may stand inside a phrase trigger.
  const settingAt = (k: number) => s.mentions.find((m) => isSetting(m) && k >= m.from && k < m.to);
  const aside: Aside = (k) => {
    // A quotation mark too: 'classificou a atitude de Katz como "inaceitável"'.
    // A date with the article or preposition before it too: "ordenó el lunes la salida".
    const lead = (x: Token) => lex.determiners.has(x.norm) || prepositionOf(lex, x) !== undefined;
    if (s.tokens[k]!.text === "," || QUOTES.has(s.tokens[k]!.text) || s.dates.some((d) => (k >= d.from && k < d.to) || (d.from === k + 1 && lead(s.tokens[k]!)))) return true;
    const place = settingAt(k);
    if (place) return s.tokens[place.from - 1]?.text === "," || prepositionOf(lex, s.tokens[place.from - 1]) === "in";
    return prepositionOf(lex, s.tokens[k]) === "in" && settingAt(k + 1)?.from === k + 1;
  };
  const triggers = findTriggers(s.tokens, lex, (i) => covered.has(i), aside);
  const { reporters, tellers, claim } = findReporters(s, lex);
  const ctx: Ctx = { s, lex, published, reporters, finiteVerbs, verbEnds: new Set(triggers.filter((x) => !x.trig.nominal && x.trig.type).map((x) => x.to)) };
  const t = s.tokens;
  const drafts: (EventDraft & { _hit: TriggerHit })[] = [];
  /** The day a draft's date stands for if the act lies ahead (a weekday read forward). */
  const futureDay = new Map<EventDraft, string>();
  const sourcesOf = new Map<EventDraft, ResolvedMention[]>();
  triggers.forEach((hit, idx) => {
    const { from, to } = hit;
    let { trig } = hit;
    if (!trig.type) return;
    // "launched an investigation", "held drills": a light verb before a noun of another event names
    // that event; the noun finds its actor through the verb.
    const next = triggers[idx + 1];
    if (!trig.nominal && next?.trig.nominal && next.trig.type !== trig.type && next.from - to <= 3 && matchAny(t, from, lex.lightVerbs)?.length === to - from) {
      if (plainWords(ctx, to, next.from)) return;
    }
    // "an agreement on water management and security cooperation": what the agreement is about,
    // not an event of its own.
    if (trig.nominal && s.mentions.some((m) => m.kind === "agreement" && m.to <= from && from - m.to <= 8 && !t.slice(m.to, from).some((x) => x.punct) && !triggers.some((o) => !o.trig.nominal && o.from >= m.to && o.from < from))) return;
    // A verb's objects end at the next verb, or at an event noun set off by a pause ("excarcelará a
    // 553 presos, tras un diálogo con el Vaticano": the Vatican is the dialogue's, not the release's).
    // Words that only look like an event ("barco de suministro", notEvents) end no one's objects.
    const later = triggers.slice(idx + 1).filter((x) => x.trig.type);
    const pausedNoun = later.find((x) => x.trig.nominal && t.slice(to, x.from).some((y) => y.punct))?.from ?? t.length;
    const nextVerb = Math.min(later.find((x) => !x.trig.nominal)?.from ?? t.length, pausedNoun);
    const nextAny = later[0]?.from ?? t.length;
    // A noun's complements end where the next event is named: in "o ataque ocorreu depois de uma
    // conversa entre Putin e Trump" the two sides are the conversation's, not the attack's.
    const obj = objectsRight(ctx, hit, trig.nominal ? nextAny : nextVerb, trig.type, trig.nominal, trig.mode);
    let sources: ResolvedMention[] = [];
    let anaphoric = false;
    // "announced new export controls", "imposed sanctions": a noun a verb announces stands as that verb would.
    let announced = false;
    // A verb trigger the parse takes for no verb is the noun it looks like ("faced sanctions").
    const undergoer = trig.nominal || !ctx.finiteVerbs.has(from) ? undergoneAt(ctx, from) : undefined;
    if (trig.nominal) {
      const verb = announcedAt(ctx, from);
      // "incursão ucraniana": a demonym right after the noun is its actor; in English, "Russian
      // shelling" and "Washington's latest arms sale" name it before.
      const adj = s.mentions.find((m) => m.from === to && m.viaDemonym && isActor(m)) ?? (lex.modifiersBeforeNoun ? actorBefore(ctx, from) : undefined);
      if (adj) sources = [adj];
      else if (obj.sources.length) sources = obj.sources;
      else if (obj.agents.length) sources = obj.agents;
      else if (verb !== undefined) {
        sources = subjectLeft(ctx, verb, trig);
        announced = sources.length > 0;
      }
      else {
        // The words before the noun, back to a preposition or punctuation: "as suas próximas".
        let k = from - 1;
        while (k >= 0 && k >= from - 3 && !t[k]!.punct && !(prepositionOf(lex, t[k]) && !lex.determiners.has(t[k]!.norm))) k--;
        const det = t.slice(k + 1, from).map((x) => x.norm);
        const possessive = det.some((d) => lex.possessives.has(d));
        const indefinite = det.some((d) => lex.indefiniteArticles.has(d));
        // "expresaron su solidaridad": the possessor of a verb's object is the clause's subject ("over its
        // war", after a preposition, may be anyone's); "um encontro" is its subject's too.
        const afterPreposition = k >= 0 && prepositionOf(lex, t[k]) !== undefined && !lex.determiners.has(t[k]!.norm);
        // "arrived for talks with al-Sudani": a partner named with "with" leaves the subject as the other side.
        const partnered = SYMMETRIC_TYPES.has(trig.type) && obj.targets.some((m) => prepBefore(ctx, m) === "with");
        // "after two days of talks", "tras semanas de negociaciones": talks that lasted are the subject's own.
        const lasted = k >= 1 && prepositionOf(lex, t[k]) === "of" && lex.durations.has(t[k - 1]!.norm);
        if (SYMMETRIC_TYPES.has(trig.type) ? possessive || indefinite || partnered || lasted : possessive && !afterPreposition) sources = subjectLeft(ctx, from, trig);
        else anaphoric = true;
      }
    } else if (obj.agents.length && (ctx.lex.passiveAuxiliaries.has(t[from - 1]?.norm ?? "") || prepositionOf(lex, t[to]) === "by" || trig.mode === "extradite")) {
      // "was mediated by the United Arab Emirates", "el Gobierno de Bolivia, acusado por Lima": the agent
      // after "by" does it, the subject undergoes it.
      sources = obj.agents;
      // Who "was extradited" is handed over, no side: the state it goes to stays the target.
      if (trig.mode !== "extradite") obj.targets = subjectLeft(ctx, from - 1, trig);
    } else {
      // "Zelensky met Trump ... and asked for more systems", "praised the allies but threatened": a verb
      // right after "and" or "but" shares the subject of the verb before.
      const joined = isConjunction(lex, t[from - 1]) || matchAny(t, from - 1, lex.clauseOpeners)?.length === 1;
      const previous = joined ? drafts.findLast((d) => !d.nominal && d.trigger.to < from && d.sources.length) : undefined;
      sources = invitee(ctx, from) ?? (previous ? sourcesOf.get(previous) ?? [] : subjectLeft(ctx, from, trig));
      if (!sources.length && trig.mode === "visit") sources = sendersOf(ctx, from);
    }
    // "India faced a widening front of sanctions and condemnation": the subject undergoes the act.
    if (undergoer !== undefined) {
      obj.targets = subjectLeft(ctx, undergoer, trig);
      const undergoing = new Set(refsOf(obj.targets).map(keyOf));
      sources = sources.filter((m) => !m.refs.some((r) => undergoing.has(keyOf(r))));
    }
    // "comprar caças à Turquia", "buy jets from Turkey": the buyer receives what the other side gives.
    // Buying or selling is aid only when arms change hands: "comprou 40% das exportações brasileiras" is trade.
    if (trig.reversed || trig.armsOnly) {
      let arms = false;
      for (let k = to; k < nextVerb && !arms; k++) arms = firstMatch(t, k, lex.units, (u) => u.pattern)?.item.mode === trig.mode;
      if (!arms) return;
      if (trig.reversed && obj.targets.length) [sources, obj.targets] = [obj.targets, sources];
    }
    // "deixaram o Níger" is a withdrawal; "deixou o cargo" is not: the word takes a state or a place right after it.
    if (trig.placeObject) {
      // Troops that pull out leave wherever the clause puts them ("pulled out of the last positions
      // they held in southern Lebanon"); others leave only a place named right after the verb.
      const forces = sources.some((m) => occursIn(t, m.from, m.to + 1, lex.forces)) || occursIn(t, from, to, lex.forces);
      // Further on, only where a preposition of place puts it ("in what Moscow called" is no place left).
      // "pull out of the city of Kherson": words for a kind of place and "of" stand between too.
      const placeWords = (k: number) => lex.determiners.has(t[k]!.norm) || prepositionOf(lex, t[k]) === "of" || matchAny(t, k, lex.places)?.length === 1 || lex.compassModifiers.has(t[k]!.norm);
      const adjacent = (m: ResolvedMention) => m.from <= to + 2 || (m.from - to <= 5 && t.slice(to, m.from).every((_, i) => placeWords(to + i)));
      const near = (m: ResolvedMention) => adjacent(m) || [1, 2].some((d) => prepositionOf(lex, t[m.from - d]) === "in");
      // A town is taken by its name, standing alone: "captured two Israeli soldiers", "captured on
      // the Macedonian border", "captured U.S. helicopter pilot" take no state.
      const taken = (m: ResolvedMention) => {
        if (trig.type !== "ASSAULT") return true;
        const next = t[m.to];
        return m.kind === "entity" && !m.viaDemonym && (!next || next.punct || !!prepositionOf(lex, next) || isConjunction(lex, next));
      };
      const left = s.mentions.find((m) => m.from >= to && (forces ? m.from < nextVerb : adjacent(m)) && near(m) && (m.refs[0]?.label === "State" || m.refs[0]?.label === "Place") && taken(m) && !t.slice(to, m.from).some((x) => x.punct));
      // "pulled out of the International Labour Organisation", "pull the country out of the
      // Commonwealth of Independent States": a state that leaves a body breaks with it (SANCTION).
      const body = trig.type === "RETREAT" && !forces && !left ? s.mentions.find((m) => m.from >= to && m.from <= to + 2 && m.kind === "entity" && m.refs[0]?.label === "Organization" && !t.slice(m.from, m.to).some((x) => lex.placeHeads.has(x.norm)) && !t.slice(to, m.from).some((x) => x.punct)) : undefined;
      if (body) {
        trig = { ...trig, type: "SANCTION", mode: "sanction", placeObject: false };
        obj.targets = [body];
        obj.places = [];
        obj.destinations = [];
      } else {
        if (!left) return;
        // What lies between is the left place's own: "as France returned its bases" names no one left.
        obj.targets = obj.targets.filter((m) => m !== left && (m.from < left.from || adjacent(left)));
        obj.places = left.refs[0]!.label === "Place" && !adjacent(left) ? [left] : [];
        obj.destinations = [];
        if (left.refs[0]!.label === "State") obj.targets.unshift(left);
        // "pulled out of the city of Kherson": a town left is its state's.
        else if (adjacent(left) && !obj.targets.length && stateOfPlace(left)) obj.places = [left];
      }
    }
    // "Marruecos ha aceptado la ayuda de España", "agradeceu o apoio da Indonésia": who takes up the
    // aid or gives thanks for the support received it.
    if (trig.nominal && (trig.type === "AID" || trig.type === "SUPPORT") && !obj.targets.length) {
      const taker = announcedAt(ctx, from, [lex.receiving]);
      if (taker !== undefined) obj.targets = subjectLeft(ctx, taker, trig);
    }
    // Drop an actor named on both sides (a coordinated subject that is also the object).
    let targets = obj.targets.filter((m) => !sources.includes(m));
    const srcRefs = refsOf(sources);
    let tgtRefs = refsOf(targets).filter((r) => !srcRefs.some((x) => x.id === r.id && x.label === r.label));
    // "retiró a su embajador en Israel, Sisa Ngombane": a recall is aimed at the host state, never at
    // the envoy recalled (one's own) or at whoever announced it.
    if (trig.mode === "recall") tgtRefs = tgtRefs.filter((r) => r.label !== "Person");
    // Where a destination stands in for the recipient ("para a região russa de Kursk"): its state.
    // So does the place of the modes in PLACE_IS_TARGET; envoys recalled from two capitals ("sus
    // embajadores en Washington y Tel Aviv") are two recalls.
    if (!tgtRefs.length && placeIsTarget(trig, srcRefs.length)) {
      const places = [...obj.destinations, ...obj.places];
      const owners = (trig.mode === "recall" ? places : places.slice(0, 1)).map(stateOfPlace).filter((r): r is EntityRef => !!r && !srcRefs.some((x) => x.id === r.id));
      tgtRefs = owners.filter((r, i) => owners.findIndex((x) => x.id === r.id) === i);
    }
    // "A missão da CEDEAO deixou Bissau, depois de Embaló ter ameaçado expulsá-la do país": a pronoun
    // joined to the verb is its object, the sentence's first actor (the main clause's subject, what
    // the sentence is about); what follows the verb is where from or where to.
    // So is the owner of what an attack enters: "a Polónia ... depois de drones russos terem entrado no
    // seu espaço aéreo", "violated its airspace" (in "retirou o seu embaixador" the possessive is the subject's own).
    const possessed = trig.type === "ASSAULT" && !tgtRefs.length && t.slice(from + 1, to).some((x) => lex.possessives.has(x.norm));
    if (!trig.nominal && (possessed || lex.cliticObjects.some((c) => t[to - 1]!.norm.endsWith(c)))) {
      const before = s.mentions.find((m) => m.to <= from && m.kind === "entity" && (m.refs[0]?.label === "State" || m.refs[0]?.label === "Organization") && !srcRefs.some((r) => r.id === m.refs[0]!.id));
      if (before) tgtRefs = [before.refs[0]!];
    }
    // A mediation the clause gives no mediator for ("na mediação do conflito entre X e Y") says nothing of who mediates.
    if (trig.mode === "mediate" && !srcRefs.length) return;
    // "20 trucks of humanitarian aid": a noun's quantity may come before it.
    const q = trig.type === "AID" ? quantity(ctx, to, nextVerb) ?? (trig.nominal ? quantity(ctx, Math.max(0, from - 5), from) : undefined) : undefined;
    const about = s.mentions.filter((m) => m.kind === "agreement" && m.from >= to && m.from < nextVerb && m.from - to <= 8).flatMap((m) => m.refs);
    // A place the trigger phrase passed over ("concluíram, em Montevideu, as negociações") is where it
    // happened; an actor it passed over with no preposition ("retiró a Cuba de la lista"), or as the
    // owner of what the phrase names ("classificou a atitude de Katz como inaceitável"), is its object.
    // A mention may run past the phrase's last word: "convocou o embaixador israelense".
    const passed = s.mentions.filter((m) => m.from > from && m.from < to);
    const objects = passed.filter((m) => isActor(m) && ["to", "of"].includes(prepBefore(ctx, m) ?? "to"));
    // "summoned Russia's ambassador, Anatoly Antonov, ..., spokesman Ned Price said": what the phrase
    // itself names is its object, whoever follows it.
    if (objects.length) tgtRefs = refsOf(objects).filter((r) => !srcRefs.some((x) => x.id === r.id));
    const inside = passed.filter((m) => isSetting(m) && !objects.includes(m)).flatMap((m) => m.refs);
    const at = [...inside, ...[...obj.places, ...obj.destinations].filter((m) => m.kind === "entity" && m.from < nextAny).flatMap((m) => m.refs)];
    if (trig.type !== "AID") for (const m of obj.places) if (m.kind === "location" && m.refs[0] && m.from < nextAny) at.push(m.refs[0]);
    // The state a visit goes to is where it takes place ("visitó la Ciudad de Panamá").
    if (trig.mode === "visit" && !at.length) at.push(...tgtRefs.filter((r) => r.label === "State"));
    const done = typeForDoers(trig, sources, t, lex, from);
    const draft: EventDraft & { _hit: TriggerHit } = {
      _hit: hit,
      type: done.type,
      mode: q?.mode && trig.type === "AID" ? (q.mode === "personnel" ? "personnel" : q.mode) : done.mode,
      nominal: trig.nominal && !announced,
      anaphoric: anaphoric && !srcRefs.length && !tgtRefs.length,
      answers: occursIn(t, from - 3, to, lex.responses),
      sentence: s.index,
      trigger: { from, to, start: t[from]!.start, end: t[to - 1]!.end, text: t.slice(from, to).map((x) => x.text).join(" ") },
      sources: srcRefs,
      targets: tgtRefs,
      at,
      about,
      // "declarou o presidente Lula persona non grata": a name inside the phrase is no teller of it.
      // A person who says what follows reports what they say, unless they are its side.
      reportedBy: tellersOf([
        ...[...reporters].filter((m) => !passed.includes(m)),
        ...tellers.filter((x) => x.verb < from && !reporters.has(x.mention) && !x.mention.refs.some((r) => srcRefs.some((y) => keyOf(y) === keyOf(r)))).map((x) => x.mention),
      ]),
      status: "occurred",
      quantity: q?.value,
      quantityText: q?.text,
      confidence: trig.nominal ? 0.6 : 0.7,
      ...(undergoer !== undefined && tgtRefs.length ? { undergone: true } : {}),
    };
    drafts.push(draft);
    sourcesOf.set(draft, sources);
  });
  // Each date goes to the trigger nearest to it.
  for (const d of s.dates) {
    let best: (typeof drafts)[number] | undefined;
    let dist = Infinity;
    // "violating the ceasefire brokered by the United States and France last year": a date well past an
    // agreement named after the verb dates the agreement, not the verb ("signed the accord on Friday" does).
    const qualifiesAgreement = (e: EventDraft) => s.mentions.some((m) => m.kind === "agreement" && m.from >= e.trigger.to && d.from - m.to > 3);
    for (const e of drafts) {
      if (e.trigger.to <= d.from && qualifiesAgreement(e)) continue;
      // A date after its verb's object still belongs to that verb more than to a clause that follows
      // ("struck targets in Lebanon on Sunday, hours after Hezbollah fired"): the verb before gets two tokens' grace.
      const before = e.trigger.to <= d.from;
      const x = Math.min(Math.abs(d.from - e.trigger.to), Math.abs(e.trigger.from - d.to)) - (before ? 2 : 0);
      if (x < dist) {
        dist = x;
        best = e;
      }
    }
    if (best && !best.dateText) {
      best.dateText = d.text;
      best.date = d.past;
      // "said on Wednesday they would send no officials": the day it was said, though what is said is ahead.
      const said = [d.from - 1, d.from - 2].some((k) => k >= 0 && k < best!.trigger.from && !!matchAny(t, k, lex.reportingVerbs));
      if (!said) futureDay.set(best, d.future);
    }
  }
  // "A 16 de junho, Diop pediu a retirada da missão e denunciou o seu fracasso": a verb joined by
  // "and" to the one before, with the same doers, happened when it did.
  for (let k = 1; k < drafts.length; k++) {
    const [a, b] = [drafts[k - 1]!, drafts[k]!];
    if (b.dateText || !a.dateText || a.nominal || b.nominal || !isConjunction(lex, t[b.trigger.from - 1])) continue;
    if (!b.sources.length || b.sources.some((r) => !a.sources.some((x) => keyOf(x) === keyOf(r)))) continue;
    [b.date, b.dateText] = [a.date, a.dateText];
    const ahead = futureDay.get(a);
    if (ahead) futureDay.set(b, ahead);
  }
  for (const e of drafts) {
    e.status = status(ctx, e.trigger.from, e.trigger.to, e._hit.trig, claim, e.date);
    const future = futureDay.get(e);
    if (e.status === "planned" && future) e.date = future;
  }
  // "concordou em enviar X para Y", "agreed to send": the agreeing has the embedded event's partner.
  // "negou ter enviado tropas": the denial is the embedded event's status, not an event of its own.
  // Denials and threatened or demanded acts are dropped once folded into the event beside them.
  const dropped = new Set<(typeof drafts)[number]>();
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k]!;
    const b = drafts[k + 1]!;
    // "ameaçado bombardear o Irã", "urged Latvia to withdraw": what is threatened or demanded has not
    // happened; it is the threat's or the demand's content, and its target theirs.
    // So is what is rejected: "rejected any withdrawal", "refused to withdraw".
    // "ordered troops to pull out of Kherson", "ordered his military to put forces on alert": an order
    // to one's own forces is the act ordered, done by whoever gave the order.
    // So is a withdrawal or a build-up ordered by name ("ordered the withdrawal of 1,000 troops from
    // northern Syria", "ordered the activation of a standby force"), whoever it is aimed at.
    const near = b.trigger.from - a.trigger.to <= 6 && !t.slice(a.trigger.to, b.trigger.from).some((x) => x.punct);
    const own = a.targets.every((r) => a.sources.some((x) => keyOf(x) === keyOf(r)));
    const ownAct = b.nominal ? ORDERED_ACTS.has(b.type) && !b.sources.length && b.trigger.from - a.trigger.to <= 2 : own;
    if (a.type === "DEMAND" && ownAct && near && matchAny(t, a.trigger.from, lex.commanding)) {
      dropped.add(a);
      if (!b.sources.length) b.sources = a.sources;
      takeSetting(b, a);
      continue;
    }
    const folds = a.type === "THREATEN" || a.type === "DEMAND" ? !b.nominal && !a.nominal : a.type === "REJECT" && b.status !== "denied";
    // Not across "que": in "a retirada exigida pela junta que tomou o poder" the coup is no part of the
    // demand; nor across "and": "were not a threat to Russia and praised Scholz" are two things said.
    if (folds && b.trigger.from - a.trigger.to <= 4 && !t.slice(a.trigger.to, b.trigger.from).some((x) => x.punct || lex.relativePronouns.has(x.norm) || isConjunction(lex, x))) {
      dropped.add(b);
      if (!a.targets.length) a.targets = b.targets;
      takeSetting(a, b);
      continue;
    }
    // "acusaram Kigali de enviar soldados", "accused Rwanda of sending troops": the act is the accuser's
    // claim, reported by them, not something the text asserts.
    // Not across "e"/"and": in "acusou Paris de ingerência e aproximou-se da Rússia" the accuser acts.
    if (matchAny(t, a.trigger.from, lex.accusing) && b.trigger.from - a.trigger.to <= 4 && !t.slice(a.trigger.to, b.trigger.from).some((x) => x.punct || isConjunction(lex, x))) {
      if (b.status === "occurred") b.status = "claimed";
      // "Taipéi acusó a Tegucigalpa de pedir…": the accused does what the accuser claims, not the accuser.
      const accused = new Set(a.targets.map(keyOf));
      if (accused.size && b.sources.every((r) => a.sources.some((x) => keyOf(x) === keyOf(r)))) {
        b.sources = a.targets;
        b.targets = b.targets.filter((r) => !accused.has(keyOf(r)));
      }
      b.reportedBy = [...new Map([...b.reportedBy, ...a.sources].map((r) => [keyOf(r), r])).values()];
      continue;
    }
    // "fought a border war in 1998", "launched an offensive": the noun is the verb's own object, one
    // happening; what the noun's words say (the date, the place) is the verb's.
    if (a.type === b.type && !a.nominal && b.nominal && !b.sources.length && !b.targets.length && b.trigger.from - a.trigger.to <= 3 && !t.slice(a.trigger.to, b.trigger.from).some((x) => x.punct)) {
      dropped.add(b);
      takeSetting(a, b);
      continue;
    }
    // "Talks between Serbia and Kosovo hosted by the European Union ended on Thursday": a participle
    // of the noun's own kind, with its agent, says more of the same happening.
    const by = b.trigger.to;
    if (a.type === b.type && a.nominal && !b.nominal && b.trigger.from - a.trigger.to <= 6 && prepositionOf(lex, t[by]) === "by" && !t.slice(a.trigger.to, b.trigger.from).some((x) => x.punct)) {
      dropped.add(b);
      const agents = s.mentions.filter((m) => m.from > by && m.from <= by + 2 && isActor(m)).flatMap((m) => m.refs);
      a.sources = [...a.sources, ...agents.filter((r) => !a.sources.some((x) => keyOf(x) === keyOf(r)))];
      takeSetting(a, b);
      continue;
    }
    if (a.type === "REJECT" && b.status === "denied" && b.trigger.from - a.trigger.to <= 2) {
      dropped.add(a);
      if (!b.dateText && a.dateText) [b.date, b.dateText] = [a.date, a.dateText];
      continue;
    }
    // "concordou em enviar": the second verb says what the first is about. Not after "and": "expressed
    // its concern and offered to mediate" are two acts.
    if (!a.targets.length && !a.nominal && !b.nominal && b.trigger.from - a.trigger.to <= 2 && !t.slice(a.trigger.to, b.trigger.from).some((x) => isConjunction(lex, x))) {
      if (!b.sources.length) b.sources = a.sources;
      a.targets = b.targets;
      if (a.type === "AGREE" && b.status === "occurred") b.status = "planned";
    }
  }
  // "Hezbollah denied firing the rockets": a denial with no one denied is an answer to an accusation,
  // not a rejection of anybody.
  for (const d of drafts) if (d.type === "REJECT" && !d.targets.length && !d.nominal && matchAny(t, d.trigger.from, lex.negations)) dropped.add(d);
  // "The Pentagon ordered a second aircraft carrier strike group to the eastern Mediterranean": an
  // order that sends one's own forces, with nothing more said of what they are to do, is a build-up.
  // The forces must come before anyone else it names: "ordered Iran's forces to withdraw" is a demand.
  for (const d of drafts) {
    if (dropped.has(d) || d.type !== "DEMAND" || !matchAny(t, d.trigger.from, lex.commanding)) continue;
    const object = t.slice(d.trigger.to, d.trigger.to + 7);
    const end = object.findIndex((x) => x.punct && x.norm !== "'s");
    const other = s.mentions.find((m) => m.from >= d.trigger.to && isActor(m) && !m.refs.some((r) => d.sources.some((x) => keyOf(x) === keyOf(r))));
    if (occursIn(t, d.trigger.to, Math.min(d.trigger.to + (end < 0 ? object.length : end), other?.from ?? Infinity), lex.forces)) {
      d.type = "MOBILIZE";
      d.mode = "mobilize";
    }
  }
  return drafts.filter((d) => !dropped.has(d)).map(({ _hit, ...e }) => e);
}
