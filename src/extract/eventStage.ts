/**
 * The events stage: drafts from each sentence's parse and words, aimed at who they concern
 * (leaders for calls, answers at the acts they answer, the article's topic), then merged where they
 * tell the same happening.
 */
import { keyOf, type EntityRef } from "../model/keys.js";
import type { Drafted, Resolved, TextFact } from "./articleState.js";
import { coreferEvents } from "./coref.js";
import { prepositionOf } from "./lexicon.js";
import { matchAny, occursIn, type Pattern } from "./patterns.js";
import { eventDictionary } from "./eventDictionary.js";
import { sentenceEvents } from "./predicates.js";
import { doneSeparately, type EventDraft, type ResolvedMention } from "./events.js";
import { REACTIONS, targetReactions } from "./reactions.js";
import { aimAtTopic } from "./topic.js";
import type { EventRecord, Token } from "./types.js";

/** Organizations a state answers for. */
const STATE_BODIES = new Set(["military", "intelligence", "coastguard"]);

export function draftEvents(doc: Resolved): Drafted {
  const dictionary = eventDictionary(doc.language);
  // Each sentence hands the next whom it was about, for a verb with no subject in Portuguese or Spanish.
  const drafts: EventDraft[] = [];
  let carried: ResolvedMention[] = [];
  for (const v of doc.views) {
    const found = sentenceEvents(v, doc.parses[v.index]!, doc.lex, dictionary, doc.published, carried);
    drafts.push(...found.drafts);
    carried = found.subject;
  }
  // "o Estado Islâmico reivindicou a autoria do massacre": an attack told by a claim word is claimed
  // by its doer, an event whoever its victims are.
  for (const d of drafts) {
    if (d.type === "ASSAULT" && !d.nominal && d.sources.length && occursIn(doc.views[d.sentence]!.tokens, d.trigger.from, d.trigger.from + 1, doc.lex.claimCues)) d.status = "claimed";
  }
  sameDay(drafts, doc);
  return { ...doc, drafts: eachOnItsOwn(joinHalves(drafts), doc) };
}

/**
 * "Britain summoned the Chinese envoy on Tuesday. Its foreign secretary told him ...": an act told in
 * the past with no time of its own happened on the one day the sentence before it, in the same
 * paragraph, fixed for what it tells. Not an act told as done before ("had bombed"), in the present
 * ("denies"), planned, named by a noun, or in a sentence whose words move its time ("two days later").
 */
function sameDay(drafts: EventDraft[], doc: Resolved): void {
  const days = new Map<number, Set<string>>();
  for (const d of drafts) {
    if (!d.dateText || d.date?.length !== 10 || d.status === "planned" || (doc.published && d.date > doc.published)) continue;
    (days.get(d.sentence) ?? days.set(d.sentence, new Set()).get(d.sentence)!).add(d.date);
  }
  for (const d of drafts) {
    const before = days.get(d.sentence - 1);
    if (d.date || d.nominal || d.status === "planned" || !before || before.size !== 1 || doc.views[d.sentence]!.dates.length) continue;
    const gap = doc.text.slice(doc.sentences[d.sentence - 1]!.end, doc.sentences[d.sentence]!.start);
    const tokens = doc.views[d.sentence]!.tokens;
    if (gap.includes("\n\n") || occursIn(tokens, 0, tokens.length, doc.lex.timeShifts) || !toldInPast(doc, d)) continue;
    d.date = [...before][0];
  }
}

/** Is the draft's verb in the simple past or the present perfect ("summoned", "has demanded", "convocou", "ha exigido")? */
function toldInPast(doc: Resolved, d: EventDraft): boolean {
  const parse = doc.parses[d.sentence]!;
  const start = doc.views[d.sentence]!.tokens[d.trigger.from]!.start;
  const w = parse.words.findIndex((x) => x.start === start);
  const word = parse.words[w];
  if (!word || word.upos !== "VERB") return false;
  const aux = parse.words.filter((x, k) => x.head === w + 1 && x.deprel.startsWith("aux") && k < w);
  if (!aux.length) return word.feats.includes("Tense=Past") && word.feats.includes("VerbForm=Fin");
  const a = aux[0]!;
  if (aux.length !== 1 || !word.feats.includes("VerbForm=Part")) return false;
  // "was killed": a passive in the simple past; "has demanded", "ha exigido": the present perfect.
  return a.deprel === "aux:pass" ? a.feats.includes("Tense=Past") && a.feats.includes("VerbForm=Fin") : a.feats.includes("Tense=Pres") && a.feats.includes("VerbForm=Fin");
}

/**
 * "Britain, France and Germany ratified the treaty": a deal each of the sides one subject joins
 * makes by itself is one act per side, not a deal between them. Not so a noun another verb tells
 * of: "Obama e Xi anunciaram juntos a ratificação".
 */
function eachOnItsOwn(drafts: EventDraft[], doc: Resolved): EventDraft[] {
  return drafts.flatMap((d) =>
    d.type === "AGREE" && !d.nominal && d.sources.length >= 2 && !d.targets.length && doneSeparately(d, doc.views[d.sentence]!, doc.lex)
      ? d.sources.map((r) => ({ ...d, sources: [r] }))
      : [d],
  );
}

/** Stances one side takes towards another, which an official never takes towards the state they serve. */
const OUTWARD_STANCES: ReadonlySet<string> = new Set(["SUPPORT", "REJECT", "DEMAND", "THREATEN", "DISAPPROVE"]);

/** Acts a sentence may tell twice, once by whom they are done to and once by who does them. */
const HALVES = new Set(["ASSAULT", "RETREAT"]);

/**
 * "Gunmen opened fire on concertgoers near Moscow ..., in an attack claimed by Islamic State", "The
 * United Nations completed the withdrawal of its mission from Mali": an act told by whom it is done
 * to alone and, in the same sentence, the same act told by its doers alone (one of them a noun) are
 * one act.
 */
function joinHalves(drafts: EventDraft[]): EventDraft[] {
  const joined = new Set<EventDraft>();
  for (const d of drafts) {
    if (!HALVES.has(d.type) || d.sources.length || !d.targets.length) continue;
    const half = drafts.find((x) => x !== d && !joined.has(x) && x.type === d.type && (x.nominal || d.nominal) && x.sentence === d.sentence && x.sources.length && !x.targets.length);
    if (!half) continue;
    d.sources = half.sources;
    joined.add(half);
  }
  return joined.size ? drafts.filter((d) => !joined.has(d)) : drafts;
}

/**
 * Points each draft at whom it concerns: agreements at their own ids, calls and summits at the
 * leaders the text names, answers at the acts they answer, untargeted acts at the article's topic.
 */
export function aimEvents(doc: Drafted, agreementIds: ReadonlyMap<string, string>, facts: readonly TextFact[]): void {
  const { drafts, actors, entities } = doc;
  const remap = (r: EntityRef): EntityRef => (r.label === "Agreement" && agreementIds.has(r.id) ? { label: "Agreement", id: agreementIds.get(r.id)! } : r);
  // Summits and calls are between leaders.
  for (const d of drafts) {
    d.about = d.about.map(remap);
    if (d.type === "CONSULT") {
      const all = [...d.sources, ...d.targets];
      if (all.some((r) => r.label === "Person")) {
        const swap = (r: EntityRef) => (r.label === "State" ? actors.namedLeader(r.id) ?? r : r);
        d.sources = d.sources.map(swap);
        d.targets = d.targets.map(swap);
      }
    }
  }
  // What the text says of whose people and bodies are ("Eritrea's information minister, Yemane
  // Gebremeskel") wins over the gazetteer; the first thing it says, as for the rest of the article.
  const saidState = new Map<string, string>();
  for (const f of facts) if ((f.type === "PART_OF" || f.type === "LEADS") && f.to.label === "State" && !saidState.has(f.from.id)) saidState.set(f.from.id, f.to.id);
  // A body's gazetteer record may name the organization it belongs to (the General Assembly's UN) where a state's would be.
  const isState = (id: string) => doc.gaz.entries.has(`State:${id}`);
  const sideOf = (r: EntityRef) => {
    const side = r.label === "State" ? r.id : saidState.get(r.id) ?? (r.label === "Person" ? actors.stateOf(r) : actors.knownAs(r).state);
    return side && (r.label === "State" || isState(side)) ? side : undefined;
  };
  // Whom doers stand for: themselves, their states, and the bodies the text or the gazetteer says
  // they lead or belong to, up to the organization a body is part of (the Commission's EU).
  const ownSides = (doers: EntityRef[]): Set<string> => {
    const own = new Set<string>();
    const add = (r: EntityRef, depth: number) => {
      if (own.has(keyOf(r)) || depth > 3) return;
      own.add(keyOf(r));
      const side = sideOf(r);
      if (side) own.add(`State:${side}`);
      for (const f of facts) if ((f.type === "PART_OF" || f.type === "LEADS") && keyOf(f.from) === keyOf(r)) add(f.to, depth + 1);
      const { state } = actors.knownAs(r);
      const entry = r.label === "Person" ? doc.gaz.entries.get(keyOf(r)) : undefined;
      const held = entry ? actors.activeOffices(entry).flatMap((o) => [o.leads, o.partOf]) : [];
      for (const id of [state, ...held]) if (id) add({ label: isState(id) ? "State" : "Organization", id }, depth + 1);
    };
    for (const r of doers) add(r, 0);
    return own;
  };
  // An intergovernmental body, or an organ of one: its record's "state" is then the organization.
  const international = (r: EntityRef): boolean => {
    if (r.label !== "Organization") return false;
    const { kind, state } = actors.knownAs(r);
    return kind === "igo" || (!!state && !isState(state) && actors.knownAs({ label: "Organization", id: state }).kind === "igo");
  };
  // "withdrew from the World Health Organization", "a retirada da CEDEAO": leaving an
  // intergovernmental body cuts ties with it (PLOVER's SANCTION), no troops pull back.
  for (const d of drafts) {
    if (d.type === "RETREAT" && d.targets.length && d.targets.every(international)) {
      d.type = "SANCTION";
      d.mode = "sanction";
    }
  }
  // "spoke to the BBC", "in an interview with CNN": a news outlet one talks to reports; it is no side of talks.
  for (const d of drafts) if (d.type === "CONSULT") d.targets = d.targets.filter((r) => r.label !== "Organization" || actors.knownAs(r).kind !== "media");
  // "Hikmet Hajiyev, assessor do presidente azerbaijano, rejeitou a acusação", "Saddam Hussein accused
  // Gulf Arab neighbours of stabbing Iraq in the back": an official's stance is not aimed at the state
  // they serve; whom it is aimed at is found later, as for a stance that names no one.
  for (const d of drafts) {
    if (!OUTWARD_STANCES.has(d.type) || !d.sources.length || d.sources.some((r) => r.label === "State")) continue;
    const own = new Set(d.sources.map(sideOf));
    d.targets = d.targets.filter((r) => r.label !== "State" || !own.has(r.id));
  }
  // "Putin said Russia must defend its interests": what one's own side must do is no demand.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (!d.obliges) continue;
    const own = ownSides(d.sources);
    d.targets = d.targets.filter((r) => !own.has(keyOf(r)));
    if (!d.targets.length) drafts.splice(i, 1);
  }
  // "Haley advirtió que Estados Unidos recordará este día", "Juncker advirtió de que la UE no
  // negociará": what a threat or an inquiry is about may name its doers' own side, which it is not aimed at.
  for (const d of drafts) {
    if (d.targets.length || !d.content) continue;
    const own = ownSides(d.sources);
    d.targets = d.content.find((group) => group.every((r) => !own.has(keyOf(r)))) ?? [];
  }
  buildUps(drafts, doc);
  // "Sweden beefed up its military presence on Gotland amid rising tension with Russia", "to defend
  // NATO's eastern flank against Russia": a build-up that names no one it is done to is aimed at the
  // first other state the sentence names after it, but not where the troops go ("in South Korea").
  for (const d of drafts) {
    if (d.type !== "MOBILIZE") continue;
    const own = new Set(d.sources.map(sideOf));
    // "moved tens of thousands of troops, including units of its elite Republican Guard": the doers'
    // own forces are what is moved, never whom the build-up is aimed at.
    d.targets = d.targets.filter((r) => !own.has(sideOf(r)));
    const v = doc.views[d.sentence]!;
    const otherState = (m: ResolvedMention) => m.kind === "entity" && m.refs.length === 1 && m.refs[0]!.label === "State" && !own.has(m.refs[0]!.id);
    // "B-52 bombers landed in South Korea ..., a display of strength directed at North Korea": the
    // side a show of force is aimed at, over where the forces go.
    const cue = showOfForceEnd(v.tokens, doc.lex.showsOfForce);
    const faced = cue === undefined ? undefined : v.mentions.find((m) => m.from >= cue && m.from <= cue + 6 && otherState(m));
    if (faced) {
      d.targets = [faced.refs[0]!];
      continue;
    }
    if (d.targets.length) continue;
    const aimed = v.mentions.find((m) => m.from >= d.trigger.to && otherState(m) && !["in", "to"].includes(prepositionOf(doc.lex, v.tokens[m.from - 1]) ?? ""));
    if (aimed) d.targets = [aimed.refs[0]!];
  }
  targetReactions(drafts, doc.views, doc.lex, {
    answerable: (r) => {
      const { kind, state } = actors.knownAs(r);
      return r.label === "Organization" && state && STATE_BODIES.has(kind ?? "") ? { label: "State", id: state } : r;
    },
    sideOf,
    international,
  });
  aimProtests(drafts, doc, sideOf);
  aimYielding(drafts, doc, sideOf);
  aimAtTopic(drafts, new Map(entities.values().filter((r) => r.label === "State").map((r) => [r.id, r.mentions.length])), sideOf);
  // Last: whom the topic or another act names comes first.
  aimCoups(drafts, doc, sideOf);
}

/**
 * "deployed three destroyers off Venezuela's coast", "is sending troops to its border with
 * Belarus": forces sent anywhere but into another state are a build-up (MOBILIZE) aimed at whom
 * they face; only troops sent to a state or to a place in it ("to Kazakhstan", "para a Rússia",
 * "to Kursk") are aid to it.
 */
function buildUps(drafts: EventDraft[], doc: Drafted): void {
  // Whether a mention is where something goes: a "to" or "in" before it, past determiners, "of"
  // and plain words ("to eastern Congo", "para o leste do Congo", "a aguas guyanesas"), but not
  // past any other preposition ("to its border with Belarus"); the trigger may end with it ("arrived in").
  const destination = (t: readonly Token[], m: ResolvedMention, after: number) => {
    for (let i = m.from - 1; i >= Math.max(after, m.from - 5); i--) {
      // "to the Middle East, U.S. officials said": a mark or another name between is no way there.
      if (t[i]!.punct || t[i]!.upper) return false;
      const role = prepositionOf(doc.lex, t[i]);
      if (role === "to" || role === "in") return true;
      if (role && role !== "of" && !doc.lex.determiners.has(t[i]!.norm)) return false;
    }
    return false;
  };
  // "Venezuela's coast": the state owns the place, it is not where the forces go.
  const possessive = (t: Token | undefined) => !!t && doc.lex.genitiveMarkers.has(t.norm);
  const mobilize = (d: EventDraft) => {
    d.type = "MOBILIZE";
    d.mode = "mobilize";
  };
  for (const d of drafts) {
    if (d.nominal) continue;
    const v = doc.views[d.sentence]!;
    const forces = (from: number, to: number) => occursIn(v.tokens, from, to, doc.lex.forces);
    const weapons = (from: number, to: number) => occursIn(v.tokens, from, to, doc.lex.weapons);
    const armed = (from: number, to: number) => forces(from, to) || weapons(from, to);
    // "Two Russian strategic bombers landed in Venezuela": forces do not visit.
    if (d.type === "CONSULT" && d.mode === "visit") {
      const before = v.tokens.slice(Math.max(0, d.trigger.from - 3), d.trigger.from);
      // A plane of no one's ("The aircraft landed in Kandahar") stays as it was.
      if (d.sources.length && before.length && !before.some((x) => x.punct) && armed(d.trigger.from - 3, d.trigger.from)) mobilize(d);
      continue;
    }
    if (d.type !== "AID" || (d.mode !== "personnel" && d.mode !== "military")) continue;
    // "sent warships to the Gulf in a show of force", "a warning to Turkey": a build-up wherever the forces go.
    if (showOfForceEnd(v.tokens, doc.lex.showsOfForce) !== undefined && armed(d.trigger.from - 4, d.trigger.to + 12)) {
      mobilize(d);
      continue;
    }
    // Engineers or medical teams sent are aid wherever they go, and so are weapons sent ("enviar armas
    // letais"); forces, or ships and bombers that are the verb's subject ("Two U.S. Navy cruisers
    // sailed"), are a build-up unless they go into another state.
    if (d.mode !== "personnel" || !(forces(d.trigger.from - 4, d.trigger.to + 8) || weapons(d.trigger.from - 3, d.trigger.from))) continue;
    // Where forces go is told near the verb; "in a U.S. drone strike in Baghdad", clauses later, is not it.
    const sentInto = (m: ResolvedMention) => m.from >= d.trigger.to && m.from <= d.trigger.to + 12 && m.refs.some((r) => r.label === "State") && !possessive(v.tokens[m.to]) && destination(v.tokens, m, d.trigger.to - 1);
    // A target the sentence does not name is the state the place sent to lies in ("to Kursk").
    const into = v.mentions.some(sentInto) || d.targets.some((r) => !v.mentions.some((m) => m.from >= d.trigger.to && m.refs.some((x) => x.id === r.id)));
    if (!into) mobilize(d);
  }
}

/** Where the first words that call a deployment a show of force end, if the sentence has them. */
function showOfForceEnd(tokens: readonly Token[], cues: readonly Pattern[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAny(tokens, i, cues);
    if (m) return i + m.length;
  }
  return undefined;
}

/**
 * Who protests and against whom, where the sentence names no one: marchers in a place are of its
 * state ("marched in Bangladesh's capital Dhaka", "stormed Kenya's parliament"); they protest
 * against whom they denounce or make demands of ("marched through Rabat to denounce Israel's
 * bombardment"), else, where the sentence names their own government or leader ("rallied outside
 * parliament, denouncing the government's decision") or names no other state or body, against their
 * own state.
 */
function aimProtests(drafts: EventDraft[], doc: Drafted, sideOf: (r: EntityRef) => string | undefined): void {
  const stateOfPlace = (r: EntityRef) => (r.label === "State" ? r.id : r.label === "Place" ? doc.actors.knownAs(r).state : undefined);
  for (const d of drafts) {
    if (d.type !== "PROTEST") continue;
    if (!d.sources.length) {
      // "converged on Ottawa ... clogging the streets of the Canadian capital": a sentence whose every
      // place and actor lies in one state, where the parse gave the protest no place of its own.
      const named = new Set(doc.views[d.sentence]!.mentions.flatMap((m) => (m.kind === "entity" || m.kind === "location" ? m.refs : [])).map((r) => (r.label === "Person" || r.label === "Organization" ? sideOf(r) ?? keyOf(r) : stateOfPlace(r))));
      const onlyOne = named.size === 1 ? [...named][0] : undefined;
      const state = d.at.map(stateOfPlace).find((s) => s && doc.gaz.entries.has(`State:${s}`)) ?? (onlyOne && doc.gaz.entries.has(`State:${onlyOne}`) ? onlyOne : undefined);
      if (!state) continue;
      d.sources = [{ label: "State", id: state }];
    }
    if (d.targets.length) continue;
    const sides = new Set(d.sources.map(sideOf));
    const voiced = drafts.find((x) => x !== d && x.sentence === d.sentence && VOICED.has(x.type) && x.targets.length && (!x.sources.length || x.sources.some((r) => sides.has(sideOf(r)))));
    if (voiced) {
      d.targets = voiced.targets.filter((r) => !(r.label === "State" && sides.has(r.id)));
      if (d.targets.length) continue;
    }
    const own = [...sides].filter((s): s is string => !!s);
    if (own.length !== 1) continue;
    const v = doc.views[d.sentence]!;
    const ruler = v.mentions.some((m) => m.kind === "entity" && m.refs.some((r) => r.label === "Person" && sideOf(r) === own[0]) && !d.sources.some((r) => m.refs.some((x) => x.id === r.id)));
    // "Poles poured into the streets of Warsaw ... against a court ruling": a people's protest whose
    // sentence names no state or body but its own is aimed at its own state, as the ledes code it;
    // one that names a foreign side ("vent their anger at Japan") or a person's is left unaimed.
    const people = d.sources.every((r) => r.label === "State");
    if (ruler || (people && !namesAnotherSide(v, own[0]!, sideOf)) || occursIn(v.tokens, 0, v.tokens.length, doc.lex.ownRulers)) d.targets = [{ label: "State", id: own[0]! }];
  }
}

/**
 * "Kenya's president withdrew the bill, bowing to protesters", "Roh Tae-woo bowed to weeks of street
 * protests": a concession aimed at no one, in a sentence that tells of protests, protesters or unrest, is
 * made to the yielding side's own people, its state; so is a resignation there ("resigned after weeks
 * of protests").
 */
function aimYielding(drafts: EventDraft[], doc: Drafted, sideOf: (r: EntityRef) => string | undefined): void {
  for (const d of drafts) {
    const resigned = d.type === "RETREAT" && d.mode === "resign";
    if ((d.type !== "CONCEDE" && !resigned) || d.targets.length) continue;
    const own = ownState(d, doc, sideOf);
    if (!own) continue;
    const v = doc.views[d.sentence]!;
    const protested = drafts.some((x) => x.sentence === d.sentence && x.type === "PROTEST") || occursIn(v.tokens, 0, v.tokens.length, doc.lex.protesters) || occursIn(v.tokens, 0, v.tokens.length, doc.lex.unrest);
    if (!protested) continue;
    // "resigned after weeks of protests": a leader who resigns under the street's pressure gives in to
    // it (CONCEDE), where PLOVER's plain resignation is a RETREAT.
    if (resigned) [d.type, d.mode] = ["CONCEDE", "ease"];
    d.targets = [{ label: "State", id: own }];
    d.atHome = true;
  }
}

/**
 * "Junior army officers seized power in Gambia": a coup aimed at no one, by the forces of one state,
 * in a sentence that names no other state or body, is done to their own state, as the ledes code it.
 * Not martial law or a curfew, which the rounds' annotators aim at the protesters or at no one.
 */
function aimCoups(drafts: EventDraft[], doc: Drafted, sideOf: (r: EntityRef) => string | undefined): void {
  for (const d of drafts) {
    if (d.type !== "COERCE" || d.mode !== "coup" || d.targets.length || !d.sources.length) continue;
    const own = ownState(d, doc, sideOf);
    if (!own || namesAnotherSide(doc.views[d.sentence]!, own, sideOf)) continue;
    d.targets = [{ label: "State", id: own }];
    d.atHome = true;
  }
}

/** The one state all of a draft's doers are of, if there is one. */
function ownState(d: EventDraft, doc: Drafted, sideOf: (r: EntityRef) => string | undefined): string | undefined {
  const own = [...new Set(d.sources.map(sideOf))];
  return own.length === 1 && own[0] && doc.gaz.entries.has(`State:${own[0]}`) ? own[0] : undefined;
}

/** Does the sentence name a state or a body of any side but this one? */
function namesAnotherSide(v: { mentions: readonly ResolvedMention[] }, own: string, sideOf: (r: EntityRef) => string | undefined): boolean {
  return v.mentions.some((m) => m.kind === "entity" && m.refs.some((r) => (r.label === "State" || r.label === "Organization") && sideOf(r) !== own));
}

/** What protesters say: what they denounce, demand or protest against names whom they protest against. */
const VOICED = new Set(["DISAPPROVE", "DEMAND", "REJECT", "PROTEST"]);

/** One event per happening, every actor, place and reporter of it an entity of the article. */
export function eventRecords(doc: Drafted): EventRecord[] {
  // "The statement thanked Iraq and Oman": a reaction whose author is found nowhere, aimed at
  // several, would read as one between them (the export's reading of sides); it is left out rather
  // than told wrong. An act keeps its victims ("paid bribes to officials in Nigeria and Cameroon").
  // No one is the target of their own act, whatever the finders' guesses ("Hayashi classificou de
  // inaceitável a compra ...": the purchase's buyer, not the speaker, is criticised); a people
  // protests against its own state, and a state may yield to its own people.
  for (const d of doc.drafts) if (d.type !== "PROTEST" && !d.atHome) d.targets = d.targets.filter((r) => !d.sources.some((x) => keyOf(x) === keyOf(r)));
  const events = coreferEvents(doc.drafts).filter((e) => e.sources.length || e.targets.length < 2 || !REACTIONS.has(e.type));
  for (const e of events) {
    for (const r of [...e.sources, ...e.targets, ...e.at, ...e.reportedBy]) doc.entities.ensure(r, e.mentions[0]!);
  }
  return events;
}
