/**
 * Reactions to what was just reported: "Russia condemned the measures", "Zelensky praised the
 * decision". The object is a noun for a decision or an action, not an actor, so the event gets as
 * its target whoever did the last action the article reported before it (not another reaction).
 */
import type { EventDraft, SentenceView } from "./events.js";
import { keyOf, type EntityRef } from "../model/keys.js";
import { isAdverb, prepositionOf, type Lexicon } from "./lexicon.js";
import { firstMatch, matchAny } from "./patterns.js";
import { QUOTES } from "./text.js";

/** Reactions: their object may be an act ("the decision"), aimed at its doer once the article's acts are known. */
export const REACTIONS = new Set(["SUPPORT", "DISAPPROVE", "REJECT", "ACCUSE"]);
/** Acts that need no target to be what "the violence" or "the crackdown" refers to (police detaining protesters). */
const ACTS_ALONE = new Set(["COERCE", "MOBILIZE", "RETREAT", "ASSAULT"]);
/** Talk is not what "the decision" or "the measures" refer to. */
const NOT_ACTS = new Set(["CONSULT"]);
/** Nor are words: a threat or a demand is not "the deployment" another actor condemns. */
const SPEECH = new Set(["THREATEN", "DEMAND"]);

/** Where the reaction's object noun starts, past its articles and possessives ("condemned the measures"), if it has one. */
function objectAt(v: SentenceView, d: EventDraft, lex: Lexicon): number | undefined {
  // "classificou a decisão de inaceitável": a trigger phrase may hold its object.
  for (let j = d.trigger.from + 1; j < d.trigger.to; j++) if (matchAny(v.tokens, j, lex.reactionObjects)) return j;
  let k = d.trigger.to;
  // "condenou veementemente o ataque": an adverb too, quoted or not.
  while (v.tokens[k] && (lex.determiners.has(v.tokens[k]!.norm) || lex.possessives.has(v.tokens[k]!.norm) || isAdverb(lex, v.tokens[k]!) || QUOTES.has(v.tokens[k]!.text))) k++;
  return k > d.trigger.to && k <= d.trigger.to + 5 ? k : undefined;
}

function objectIsAction(v: SentenceView, k: number, lex: Lexicon): boolean {
  // The head may follow modifiers: "a drone strike", "the military operation", "a "courageous,
  // determined and lucid" speech"; a preposition ends the phrase.
  for (let j = k; j < Math.min(k + 7, v.tokens.length) && !prepositionOf(lex, v.tokens[j]); j++) if (matchAny(v.tokens, j, lex.reactionObjects)) return true;
  return false;
}

/** "Israel criticou as conversas": the object names an act of a known type; its type, if so. */
function objectEventType(v: SentenceView, k: number, lex: Lexicon): string | undefined {
  const hit = firstMatch(v.tokens, k, lex.triggers, (tr) => tr.pattern)?.item;
  return hit?.nominal ? hit.type || undefined : undefined;
}

/** How the article's actors stand: see `targetReactions`. */
export interface Sides {
  answerable: (r: EntityRef) => EntityRef;
  sideOf: (r: EntityRef) => string | undefined;
  /** Is the actor an intergovernmental body or one of its organs (the UN, its General Assembly)? */
  international: (r: EntityRef) => boolean;
}

/**
 * `answerable` maps who acted to whom a reaction addresses: a state answers for its armed forces
 * ("Pakistan condemned the strikes" of the Indian army is aimed at India). `sideOf` says which
 * state a person or body speaks for: Peru's foreign minister calling "the decision" unfriendly
 * reacts to someone else's act, not to Peru's.
 */
export function targetReactions(drafts: EventDraft[], views: SentenceView[], lex: Lexicon, sides: Sides): void {
  const { answerable, sideOf } = sides;
  drafts.forEach((d, i) => {
    // "votaron en contra Guatemala, Honduras...": whoever a vote names, subject or not, voted.
    if (d.mode === "vote" && d.targets.length) {
      d.sources = [...new Map([...d.sources, ...d.targets].map((r) => [keyOf(r), r])).values()];
      d.targets = [];
    }
    if (!REACTIONS.has(d.type) || !d.sources.length || d.targets.length || d.about.length || d.aimless) return;
    const v = views[d.sentence]!;
    const object = d.object ?? objectAt(v, d, lex);
    // "votaron en contra", "backed the resolution": a vote on a text is aimed at the body whose text it is.
    const voted = object !== undefined && (!!matchAny(v.tokens, object, lex.resolutions) || !!matchAny(v.tokens, object + 1, lex.resolutions));
    if (d.mode === "vote" || voted) {
      const body = resolutionBody(views, d.sentence, lex, sides.international);
      if (body && !d.sources.some((r) => keyOf(r) === keyOf(body))) {
        d.targets = [body];
        return;
      }
    }
    if (object === undefined) return;
    const mine = new Set(d.sources.map(keyOf));
    // Criticism is of another side's act; support may be of one's own ("Noboa defendió la decisión").
    const mySides = new Set(d.type === "SUPPORT" ? [] : d.sources.map(sideOf).filter((x) => x !== undefined));
    // A reaction to talks or a meeting is aimed at those who held it.
    const named = objectEventType(v, object, lex);
    if (named && NOT_ACTS.has(named)) {
      const prior = drafts.slice(0, i).reverse().find((p) => p.type === named && p.sources.length + p.targets.length >= 2);
      if (prior) d.targets = [...new Map([...prior.sources, ...prior.targets].map(answerable).filter((r) => !mine.has(keyOf(r)) && !(r.label === "State" && mySides.has(r.id))).map((r) => [keyOf(r), r])).values()];
      return;
    }
    if (!objectIsAction(v, object, lex)) return;
    // 'denunció un "ataque sionista" contra su líder': the act the object names, with its doer.
    const own = drafts.find((p) => p !== d && p.sentence === d.sentence && (p.trigger.from === object || p.trigger.from === object + 1) && p.sources.length);
    if (own && !own.sources.some((r) => mine.has(keyOf(r)))) {
      d.targets = [...new Map(own.sources.map(answerable).map((r) => [keyOf(r), r])).values()];
      return;
    }
    // "welcomed the vote" where no body is named: a resolution is a demand, and what it refers to.
    for (let j = i - 1; j >= 0; j--) {
      const prior = drafts[j]!;
      // What may yet be done ("são obrigados a prender Putin caso...") is not what was reacted to.
      if (prior.status === "planned" || prior.status === "hypothetical" || prior.status === "denied") continue;
      if (REACTIONS.has(prior.type) || NOT_ACTS.has(prior.type) || (SPEECH.has(prior.type) && !voted) || !prior.sources.length || (!prior.targets.length && !ACTS_ALONE.has(prior.type))) continue;
      if (prior.sources.some((r) => mine.has(keyOf(r)) || mySides.has(sideOf(r) ?? ""))) continue;
      // "imposed sanctions on Russia over its war in Ukraine. Zelensky praised the decision": an act
      // named as another's reason is not what the next reaction is to.
      if (givenAsReason(prior, drafts, views, lex)) continue;
      d.targets = [...new Map(prior.sources.map(answerable).map((r) => [keyOf(r), r])).values()];
      return;
    }
    // "repudiou o ataque", "condemned the bombing" where no one is said to have done it: the story's
    // state is the one attacked, not whom the condemnation is of.
    if (named === "ASSAULT") d.doerUnknown = true;
    if (d.type === "SUPPORT") d.praisesUnfound = true;
  });
}

/** A noun for an act after "over" or "for" another act of its sentence, before it, is done for ("over its war in Ukraine"). */
function givenAsReason(d: EventDraft, drafts: readonly EventDraft[], views: SentenceView[], lex: Lexicon): boolean {
  if (!d.nominal || !drafts.some((x) => x !== d && x.sentence === d.sentence && x.trigger.to <= d.trigger.from)) return false;
  const t = views[d.sentence]!.tokens;
  let k = d.trigger.from - 1;
  while (k >= 0 && (lex.determiners.has(t[k]!.norm) || lex.possessives.has(t[k]!.norm))) k--;
  return k >= 0 && (lex.reasonMarks.has(t[k]!.norm) || prepositionOf(lex, t[k]) === "about");
}

/**
 * The body a resolution is of: in the nearest sentence up to `sentence` that speaks of a
 * resolution or a vote, the first intergovernmental body named ("La Asamblea General de la ONU
 * aprobó una resolución").
 */
function resolutionBody(views: SentenceView[], sentence: number, lex: Lexicon, international: (r: EntityRef) => boolean): EntityRef | undefined {
  for (let j = sentence; j >= 0 && j >= sentence - 12; j--) {
    const v = views[j]!;
    if (!v.tokens.some((_, k) => matchAny(v.tokens, k, lex.resolutions))) continue;
    const body = v.mentions.find((m) => m.kind === "entity" && m.refs.length === 1 && international(m.refs[0]!));
    if (body) return body.refs[0];
  }
  return undefined;
}
