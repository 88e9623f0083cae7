/**
 * The mentions stage: names, role phrases ("o presidente russo"), pronouns and phrases like "the two
 * nations" found in each sentence and resolved to entities, in reading order, so that each sees what
 * the article said before it. Gives each sentence's view for the event finders and the structural
 * facts its phrases state.
 */
import { keyOf, type EntityRef } from "../model/keys.js";
import type { Parsed, Resolved, TextFact } from "./articleState.js";
import { Actors } from "./actors.js";
import { findDates, referenceDate } from "./dates.js";
import { lookup } from "./gazetteer.js";
import { EntityTable } from "./entityTable.js";
import type { ResolvedMention, SentenceView } from "./events.js";
import { prepositionOf, type Lexicon, isConjunction } from "./lexicon.js";
import { agreementKey, findMentions, stateBody, surface, type NewEntity } from "./mentions.js";
import { firstMatch, matchAny, matchEndingAt, occursIn } from "./patterns.js";
import { fold } from "../model/text.js";
import { insideQuotation } from "./text.js";
import type { Mention, Token } from "./types.js";
import type { ParsedSentence } from "../syntax/index.js";

/** An acronym as the press writes one in brackets: "MRTA", "FARC-EP", "M23". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d-]{1,7}$/u;

export function resolveMentions(doc: Parsed): Resolved {
  const { lex, gaz, dateline } = doc;
  const actors = new Actors(gaz, doc.asOf);
  const entities = new EntityTable(gaz, actors.created);
  const textFacts: TextFact[] = [];
  const views: SentenceView[] = [];
  let lastPerson: EntityRef | undefined;
  /** Groups the article names by two words ("Bosnian Serbs"), by their last word ("serbs"). */
  const groupsByLastWord = new Map<string, EntityRef>();
  let lastIgo: EntityRef | undefined;
  /** Sides the article has talked about: states, and armed groups that belong to no state (Hezbollah, Hamas). */
  const recentSides: { ref: EntityRef; sentence: number }[] = [];
  const officeNames = new Set(lex.roles.map((r) => r.role));
  /** Who the article has named holding each office ("Prime Minister"), for the office named alone later. */
  const holders = new Map<string, Map<string, EntityRef>>();
  const holds = (person: EntityRef, role: string) => {
    const held = holders.get(role) ?? new Map<string, EntityRef>();
    holders.set(role, held.set(keyOf(person), person));
  };
  const surnames = new Map<string, EntityRef>();
  const agreementNames = new Set<string>();
  const acronyms = new Map<string, EntityRef>();
  /** Whose weapons of each kind the article has named: "drones russos" makes a later "quatro drones" Russia's. */
  const weaponOwners = new Map<string, EntityRef>();
  const reference = referenceDate(doc.asOf);
  let datelineState: string | undefined;
  /** Organizations in the order the article names them, with the words of their names (each folded once). */
  const namedOrgs: { ref: EntityRef; words: Set<string> }[] = [];
  const wordsOfOrg = new Map<string, Set<string>>();
  const orgWords = (ref: EntityRef): Set<string> => {
    const key = keyOf(ref);
    let words = wordsOfOrg.get(key);
    if (!words) {
      const g = gaz.entries.get(key);
      const names = g ? [g.name, ...g.aliases] : [actors.created.get(key)?.name ?? ""];
      words = new Set(names.flatMap((n) => fold(n).split(/[\s-]+/)));
      wordsOfOrg.set(key, words);
    }
    return words;
  };

  /** The state a body of government acts for (data/gazetteer/state-bodies.yaml `actsForState`). */
  const stateActedFor = (ref: EntityRef): EntityRef | undefined => {
    if (ref.label !== "Organization") return undefined;
    const known = gaz.entries.get(keyOf(ref)) ?? actors.created.get(keyOf(ref));
    return known?.body && known.state && gaz.bodies.get(known.body)?.actsForState ? { label: "State", id: actors.era(known.state) } : undefined;
  };

  for (const s of doc.sentences) {
    const tokens = doc.tokens[s.index]!;
    const objects = verbObjects(doc.parses[s.index], tokens);
    const found = findMentions(tokens, s.index, lex, gaz, { people: surnames, agreements: agreementNames, acronyms }, { objects, subjects: s.index === 0 ? nameSubjects(doc.parses[0], tokens) : undefined, leadingVerb: opensWithVerb(doc.parses[s.index], tokens), datelineEnd: dateline ? tokens.filter((t) => t.start < dateline.end).length : 0 });
    // "Moscow" in 1986 is the Soviet Union, as the city is the Soviet Union's.
    for (const m of found.mentions) if (m.viaMetonym && m.entity?.label === "State") m.entity = { label: "State", id: actors.era(m.entity.id) };
    // A body the gazetteer lacks, with an acronym in brackets after its name, goes by it later on.
    for (const m of found.mentions) {
      const short = tokens[m.to + 1];
      if (m.kind !== "entity" || m.entity?.label !== "Organization" || tokens[m.to]?.text !== "(" || tokens[m.to + 2]?.text !== ")" || !short) continue;
      if (ACRONYM.test(short.text) && !gaz.entries.has(keyOf(m.entity)) && !lookup(gaz, [short], 0).length) acronyms.set(short.text, m.entity);
    }
    // "the Reagan administration", "o governo Sarney", "la administración Carter": a surname with a word
    // for a government is who led one on the day.
    const byGovernment = governmentsBySurname(tokens, found.mentions, lex, actors, s.index);
    if (byGovernment.length) found.mentions = [...found.mentions, ...byGovernment].sort((a, b) => a.from - b.from);
    leadersBySurname(found, tokens, actors);
    for (const m of found.mentions) if (m.kind === "agreement" && m.name) agreementNames.add(agreementKey(tokens.slice(m.from, m.to)));
    // The dateline's city and agency are where the story was filed and who filed it, not its actors;
    // the one state of its city is where a bare office is held when a sentence names no state.
    // The city is a place of the article all the same ("Madrid, 7 nov (EFE)", "JERUSALEM, Nov. 20"):
    // there a capital's name is the city (src/extract/mentions.ts), not its state.
    if (dateline) {
      const inside = (m: Mention) => m.end > dateline.start && m.start < dateline.end;
      const filed = new Set(found.mentions.filter((m) => inside(m) && m.entity).flatMap((m) => (m.entity!.label === "State" ? [m.entity!.id] : (actors.knownAs(m.entity!).state ?? []))));
      if (filed.size === 1 && datelineState === undefined) datelineState = [...filed][0];
      // An entity of the article, but no mention of the sentence, whose acts it takes no part in.
      for (const m of found.mentions) {
        if (inside(m) && m.entity?.label === "Place") entities.touch(m.entity, { sentence: s.index, start: m.start, end: m.end, text: m.text }, m.confidence);
      }
      found.mentions = found.mentions.filter((m) => !inside(m));
    }
    for (const c of found.created) if (!actors.created.has(keyOf(c.ref))) actors.created.set(keyOf(c.ref), c);
    for (const f of found.facts) {
      textFacts.push({ ...f, sentence: s.index, confidence: 0.9 });
      if (f.type === "LEADS" && f.from.label === "Person") actors.nameLeader(f.to.id, f.from, f.role);
    }
    const personBefore = lastPerson;
    const resolved: ResolvedMention[] = [];
    // A body the dateline says whose it is is not also an organization of its own (its fallback).
    const replaced = new Set(datelineState ? found.bareBodies.flatMap((b) => (b.fallback && b.kind !== "presidency" ? [b.fallback] : [])) : []);
    for (const m of found.mentions) {
      if (replaced.has(m)) continue;
      let refs: EntityRef[] = [];
      // "Montenegro anunciou", after "Luís Montenegro": a surname the article has given a person is
      // that person, even where it is also a state's name.
      const surnameOf = m.kind === "entity" && m.to - m.from === 1 && m.entity?.label !== "Person" ? surnames.get(tokens[m.from]!.norm) : undefined;
      // "the Serbs", after "the Bosnian Serbs": a people named as a side the article has named more
      // closely is that side, not the state of the same demonym.
      const side = m.kind === "entity" && m.to - m.from === 1 && m.viaDemonym ? groupsByLastWord.get(tokens[m.from]!.norm) : undefined;
      if (surnameOf) refs = [surnameOf];
      else if (side) refs = [side];
      else if (m.entity) refs = [m.entity];
      else if (m.kind === "role" && m.roleState) {
        const l = actors.leaderOf(m.roleState, m.role);
        refs = l ? [l] : [{ label: "State", id: m.roleState }];
      } else if (m.kind === "role" && m.role) {
        // A bare office is its holder only where the article has named one person holding it.
        const held = holders.get(m.role);
        if (held?.size === 1) refs = [...held.values()];
      } else if (found.possessiveGov.includes(m)) {
        const st = lastPerson ? actors.stateOf(lastPerson) : undefined;
        if (st) refs = [{ label: "State", id: st }];
      } else if (found.members.includes(m)) {
        // "Os líderes do Brics", "os líderes dos 19 países da zona euro": the body named right after them, else the last one named.
        const after = found.mentions.find((x) => x.from >= m.to && x.from - m.to <= 6 && x.entity?.label === "Organization" && actors.knownAs(x.entity).kind === "igo");
        if (after?.entity) refs = [after.entity];
        else if (lastIgo) refs = [lastIgo];
      } else if (found.pairs.includes(m)) {
        // The two sides the article has talked about most so far, the last sentences weighing more;
        // the sentence's subject, who speaks of "both sides", is not one of them.
        // A state's own body ("según la cancillería argentina, ambos gobiernos") speaks for one of them.
        const organ = (x: Mention) => (x.viaDemonym || (x as ResolvedMention).body !== undefined) && x.from > 0 && !tokens[x.from - 1]!.upper && !tokens[x.from - 1]!.punct;
        const subject = resolved[0] && !found.pairs.includes(resolved[0]) && !organ(resolved[0]) ? resolved[0].refs : [];
        const speaker = new Set(subject.flatMap((r) => (r.label === "Person" ? [keyOf(r), `State:${actors.stateOf(r)}`] : [keyOf(r)])));
        const recent = recentSides.filter((x) => x.sentence < s.index && !speaker.has(keyOf(x.ref))).reverse();
        const count = new Map<string, { ref: EntityRef; n: number }>();
        for (const x of recent) {
          const c = count.get(keyOf(x.ref)) ?? { ref: x.ref, n: 0 };
          c.n += x.sentence >= s.index - 2 ? 2 : 1;
          count.set(keyOf(x.ref), c);
        }
        const sides = m.sides ?? 2;
        // "Espanha, Irlanda e Noruega ... os três países": a list of as many states, told last, is them.
        const listed = sides > 2 ? lastList([...views, { index: s.index, tokens, mentions: resolved.filter((x) => x.to <= m.from), dates: [] }], sides, lex) : undefined;
        // More than two with no such list are too many to guess.
        const most = sides > 2 ? listed ?? [] : [...count.values()].sort((a, b) => b.n - a.n).slice(0, sides).map((c) => c.ref);
        if (most.length === sides) refs = most.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
      }
      // "The Kremlin said", "the foreign ministry condemned": the body is in the graph, and it acts for its state.
      const body = refs.length === 1 ? refs[0]! : undefined;
      const state = body ? stateActedFor(body) : undefined;
      if (state) {
        entities.touch(body!, { sentence: s.index, start: m.start, end: m.end, text: m.alias ?? m.text }, m.confidence);
        refs = [state];
      }
      // The mention becomes its resolved self: a copy would cost a spread of every mention of every sentence.
      const r: ResolvedMention = Object.assign(m, { refs }, state ? { body, entity: state } : {});
      if (m.kind === "entity" && refs[0]?.label === "Place") {
        const fact = found.facts.find((f) => f.type === "LOCATED_IN" && f.from.id === refs[0]!.id);
        const st = fact?.to.id ?? actors.knownAs(refs[0]).state;
        if (st) r.containerState = { label: "State", id: st };
      }
      resolved.push(r);
      const words = m.kind === "entity" && refs[0]?.label === "Organization" ? tokens.slice(m.from, m.to) : [];
      if (words.length === 2 && words.every((w) => w.upper) && actors.knownAs(refs[0]!).kind === "other") groupsByLastWord.set(words[1]!.norm, refs[0]!);
      for (const ref of refs) {
        // A body acting for its state is a mention of the body: the state is in the graph through the acts.
        if (m.kind !== "agreement" && !r.body) entities.touch(ref, { sentence: s.index, start: m.start, end: m.end, text: m.alias ?? m.text }, m.confidence);
        // "at the alliance's headquarters in Brussels": a body's seat named as where one is is not the body the allies are of.
        if (ref.label === "Organization" && actors.knownAs(ref).kind === "igo" && prepositionOf(lex, tokens[m.from - 1]) !== "in") lastIgo = ref;
        if (ref.label === "Person") {
          lastPerson = ref;
          if (m.role && m.kind === "entity") holds(ref, m.role);
          // "Nikol Pashinyan" named alone holds the offices the gazetteer gives him on the day ("Prime Minister of Armenia").
          else if (m.kind === "entity") {
            const known = gaz.entries.get(keyOf(ref));
            for (const o of known ? actors.activeOffices(known) : []) for (const r of officeNames) if (o.role === r || o.role.startsWith(`${r} of `)) holds(ref, r);
          }
          if (m.kind === "entity" && m.to - m.from >= 2) surnames.set(tokens[m.to - 1]!.norm, ref);
          // A leader named counts for the state they lead when "the two leaders" is resolved.
          const led = m.roleState ?? actors.stateOf(ref);
          if (led && !found.pairs.includes(m)) recentSides.push({ ref: { label: "State", id: led }, sentence: s.index });
        }
        // Where something happens ("em Washington") and who tells it ("Turkish officials said") are
        // not what the article is about.
        const prep = prepositionOf(lex, tokens[m.from - 1]) ?? prepositionOf(lex, tokens[m.from - 2]);
        const known = actors.knownAs(ref);
        const side = ref.label === "State" || (ref.label === "Organization" && !known.state && (known.kind === "other" || known.kind === "military"));
        if (side && m.kind === "entity" && !found.pairs.includes(m) && prep !== "in" && !tellsIt(tokens, m, lex)) recentSides.push({ ref, sentence: s.index });
      }
      // Only now: the steps above read what the mention was, a role phrase or a name.
      if (m.kind === "role" && refs[0]) r.kind = "entity";
      for (const ref of refs) if (ref.label === "Organization" && m.kind === "entity" && m.alias !== "") namedOrgs.push({ ref, words: orgWords(ref) });
    }
    // A phrase that stands for what was named before it (a pronoun, "quatro drones", "el tribunal"):
    // a mention of that, not an alias.
    const pointingBack = (from: number, to: number, ref: EntityRef): ResolvedMention => {
      const first = tokens[from]!;
      const last = tokens[to - 1]!;
      entities.touch(ref, { sentence: s.index, start: first.start, end: last.end, text: "" }, 0.6);
      return { sentence: s.index, from, to, text: surface(tokens, from, to), start: first.start, end: last.end, kind: "entity", entity: ref, alias: "", confidence: 0.6, refs: [ref] };
    };
    // "El tribunal dictó una orden", "the agency said": a definite body with no name of its own is
    // the last organization named whose name has that word (the International Criminal Court, the IAEA).
    for (let k = 1; k < tokens.length; k++) {
      const det = tokens[k - 1]!.norm;
      if (!lex.determiners.has(det) || lex.indefiniteArticles.has(det) || tokens[k]!.upper || resolved.some((m) => m.from <= k && k < m.to)) continue;
      const head = firstMatch(tokens, k, lex.organizationHeads, (h) => h.pattern);
      if (!head) continue;
      const end = k + head.length;
      // "o tribunal de Haia", "the court in The Hague": a body the phrase names or places is another one.
      if (prepositionOf(lex, tokens[end]) && tokens[end + 1]?.upper) continue;
      const words = tokens.slice(k, end).map((t) => t.norm);
      const org = namedOrgs.findLast((o) => words.every((w) => o.words.has(w)))?.ref;
      if (org) resolved.push(pointingBack(k - 1, end, org));
    }
    // "LIMA.- ... el Congreso destituyó a Pedro Castillo", "the foreign ministry said": a body of
    // government named alone, with no state in its phrase, is that of the state the story was filed
    // in. A presidency is left alone: "a presidência rotativa" is rarely a state's.
    if (datelineState) {
      for (const b of found.bareBodies) {
        if (b.kind === "presidency" || resolved.some((m) => m.from < b.to && b.from < m.to)) continue;
        const state = gaz.entries.get(keyOf({ label: "State", id: datelineState }))!;
        const created: NewEntity[] = [];
        const ref = stateBody(gaz, state, b.kind, created);
        for (const c of created) if (!actors.created.has(keyOf(c.ref))) actors.created.set(keyOf(c.ref), c);
        textFacts.push({ type: "PART_OF", from: ref, to: state.ref, sentence: s.index, confidence: 0.7 });
        const first = tokens[b.from]!;
        const last = tokens[b.to - 1]!;
        const text = surface(tokens, b.from, b.to);
        entities.touch(ref, { sentence: s.index, start: first.start, end: last.end, text }, 0.7);
        const acting = stateActedFor(ref);
        resolved.push({ sentence: s.index, from: b.from, to: b.to, text, start: first.start, end: last.end, kind: "entity", entity: acting ?? ref, alias: acting ? "" : text, confidence: 0.7, refs: [acting ?? ref], ...(acting ? { body: ref } : {}) });
      }
    }
    // "Prime Minister Abiy Ahmed told parliament that Ethiopia...": an office without its state is
    // held in the one state the sentence names, if it names one; a state named as where something
    // happens or goes ("in Addis Ababa", "to Kampala", "with Eritrea") is not the office's. An
    // office of one state only (the pope's) is held there. Another office's state ("convocou o
    // embaixador israelense", "con el ministro chino") is not this one's.
    for (const u of found.untitled) {
      // "presidente Hugo Chávez", "Prime Minister Theresa May": the text says they head a government,
      // the gazetteer whose (a converted record may only know them as an official, or up to its last date).
      if (actors.stateOf(u.person)) {
        const active = actors.officeOf(u.person, "on-date");
        if (!u.member && !u.of && active && !active.leads) textFacts.push({ type: "LEADS", from: u.person, to: { label: "State", id: active.state }, role: u.role, sentence: s.index, confidence: 0.6 });
        continue;
      }
      const last = u.of ? undefined : actors.officeOf(u.person, "latest");
      if (last) {
        textFacts.push({ type: u.member ? "PART_OF" : "LEADS", from: u.person, to: { label: "State", id: last.state }, role: u.role, sentence: s.index, confidence: 0.6 });
        if (!u.member) actors.nameLeader(last.state, u.person, u.role);
        continue;
      }
      // A state named inside a quotation is what someone says, not whom they serve ("Sullivan said
      // that "nobody is attacking Russia"").
      // "O Governo da Guiné-Bissau decidiu ..., anunciou o primeiro-ministro": of two states, the one
      // whose government the sentence opens with.
      // "a $1.3 billion U.S. aid package": a state as a modifier of a noun is whose the thing is, not where an office is held.
      const attributive = (m: ResolvedMention) => !m.viaDemonym && modifierWord(doc.parses[s.index], m.start, m.end);
      // "King Letsie visited Chile", "el rey X visitó Chile": a state the holder's own verb takes as its
      // object is what they do, not where their office is ("visitó Panamá y se reunió con el presidente X" is).
      const holder = resolved.find((m) => m.refs.some((r) => r.id === u.person.id));
      const done = (m: ResolvedMention) => holder !== undefined && objectOfSubject(doc.parses[s.index], tokens, m, holder);
      const named = resolved.filter((m) => m.kind === "entity" && m.refs[0]?.label === "State" && !m.role && !attributive(m) && !done(m) && (lex.determiners.has(tokens[m.from - 1]?.norm ?? "") || (prepositionOf(lex, tokens[m.from - 1]) ?? "of") === "of") && !insideQuotation(tokens, m.from));
      const opening = resolved.reduce<ResolvedMention | undefined>((a, m) => (m.kind === "entity" && (!a || m.from < a.from) ? m : a), undefined);
      const governs = !!opening && named.includes(opening) && opening.alias === "" && occursIn(tokens, opening.from, opening.to, lex.government);
      const states = new Set((governs ? [opening!] : named.filter((m) => m.alias !== "")).map((m) => m.refs[0]!.id));
      // "TEGUCIGALPA - ... bajo el gobierno de la presidenta Xiomara Castro": where the sentence names
      // no state at all, the office is held where the story was filed, if the story is about that
      // state so far ("NUEVA YORK.- ... la misión en Haití ... el primer ministro Ariel Henry" is not).
      // Another's office ("the Soviet Ambassador, Mikhail Yakovlev") names no state this office could be of.
      const anyState = resolved.some((m) => (m.refs[0]?.label === "State" && !m.role) || m.containerState);
      const held = u.of ?? (states.size === 1 ? [...states][0] : !anyState && datelineState && [undefined, datelineState].includes(mostNamedState(views)) ? datelineState : undefined);
      if (!held) continue;
      const to: EntityRef = { label: "State", id: held };
      textFacts.push({ type: u.member ? "PART_OF" : "LEADS", from: u.person, to, role: u.role, sentence: s.index, confidence: 0.6 });
      if (!u.member) actors.nameLeader(to.id, u.person, u.role);
    }
    // "said he would travel": a personal pronoun is the person named last before it. "Hamas said it
    // was ready": a pronoun for a thing is the state or organization named last before it in the sentence.
    // "Kremlin spokesman Dmitry Peskov called it": a state or body in a person's title says whom
    // they serve; what "it" stands for is something else.
    const titles = (m: ResolvedMention, ms: readonly ResolvedMention[]) =>
      ms.some((p) => p.refs[0]?.label === "Person" && p.from >= m.to && p.from - m.to <= 3 && tokens.slice(m.to, p.from).every((x) => !x.punct || x.text === "'s"));
    tokens.forEach((t, k) => {
      const word = t.text.toLowerCase();
      const personal = lex.personalPronouns.has(word);
      if ((!personal && !lex.neuterPronouns.has(word)) || resolved.some((m) => m.from <= k && k < m.to)) return;
      // "condemned it", "called it a provocation": a thing that is an object is the act just told of, not an actor.
      if (!personal && objectWord(doc.parses[s.index], t)) return;
      // In the order of the text: a mention resolved late (a body named alone) is not thereby the last one.
      const before = resolved.filter((m) => m.to <= k).sort((a, b) => a.from - b.from);
      const person = personal
        ? before.filter((m) => m.refs[0]?.label === "Person").at(-1)?.refs[0] ?? personBefore
        : before.filter((m) => m.kind === "entity" && (m.refs[0]?.label === "State" || m.refs[0]?.label === "Organization") && !titles(m, before)).at(-1)?.refs[0];
      if (person) resolved.push(pointingBack(k, k + 1, person));
    });
    resolved.push(...weaponsOfOwners(tokens, resolved, weaponOwners, lex).map(({ at, owner }) => pointingBack(at, at + 1, owner)));
    resolved.sort((a, b) => a.from - b.from);
    // "MOSCOW/WARSAW, Feb 22 -": the dateline's date is when the story was filed, not when anything happened.
    const dates = findDates(tokens, s.text, s.start, lex, reference).filter((d) => !dateline || tokens[d.from]!.start >= dateline.end || tokens[d.to - 1]!.end <= dateline.start);
    views.push({ index: s.index, tokens, mentions: resolved, dates });
  }
  return { ...doc, views, textFacts, actors, entities };
}

/**
 * Weapons and their owners. A state named with its weapons ("drones russos", "Russian drones") owns
 * that kind of weapon in the rest of the article; the same weapons named again with no owner of
 * their own as what is shot down or intercepted ("abateram quatro drones") are a mention of that
 * state, as a pronoun is of its antecedent. Weapons a sentence's own subject launches ("Russia
 * launched missiles and drones") are its own, and weapons with an owner in their own phrase
 * ("aviões da NATO") are that owner's. Gives the tokens that stand for their owner.
 */
function weaponsOfOwners(tokens: Token[], resolved: readonly ResolvedMention[], owners: Map<string, EntityRef>, lex: Lexicon): { at: number; owner: EntityRef }[] {
  const owned: { at: number; owner: EntityRef }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = matchAny(tokens, k, lex.weapons);
    if (!w || w.length !== 1) continue;
    const kind = w.pattern.source;
    // The owner stands right after ("drones russos", "aviões da NATO") or right before ("Russian drones").
    const after = resolved.find((m) => m.from > k && m.from <= k + 3 && tokens.slice(k + 1, m.from).every((t) => prepositionOf(lex, t) === "of" || lex.determiners.has(t.norm)));
    const before = resolved.find((m) => m.to === k);
    const own = after ?? before;
    if (own) {
      if (own.viaDemonym && own.refs[0]?.label === "State") owners.set(kind, own.refs[0]);
      continue;
    }
    const owner = owners.get(kind);
    if (owner && !resolved.some((m) => m.from <= k && k < m.to) && occursIn(tokens, k - 6, k, lex.interceptions)) owned.push({ at: k, owner });
  }
  return owned;
}

/** Is the mention the source of the report: "X said", "X, said", "according to X"? */
function tellsIt(tokens: Token[], m: { from: number; to: number }, lex: Lexicon): boolean {
  const after = tokens[m.to]?.punct ? m.to + 1 : m.to;
  return !!matchAny(tokens, after, lex.reportingVerbs) || occursIn(tokens, m.from - 3, m.from, lex.reportingBefore);
}

/** The tokens the parse makes the direct object of a verb. */
/** Is the mention the direct object of a verb whose subject the other mention is ("King Letsie visited Chile")? */
function objectOfSubject(parse: ParsedSentence | undefined, tokens: readonly Token[], object: { from: number; to: number }, subject: { from: number; to: number }): boolean {
  if (!parse) return false;
  const startsOf = (from: number, to: number) => new Set(tokens.slice(Math.max(0, from), to).map((t) => t.start));
  const objectStarts = startsOf(object.from, object.to);
  // The parse may make the title before the name the subject: "King" of "King Letsie".
  const subjectStarts = startsOf(subject.from - 2, subject.to);
  const verbs = new Set(parse.words.filter((w) => objectStarts.has(w.start) && /^obj(:|$)/.test(w.deprel) && parse.words[w.head - 1]?.upos === "VERB").map((w) => w.head));
  return parse.words.some((w) => subjectStarts.has(w.start) && /^nsubj(:|$)/.test(w.deprel) && verbs.has(w.head));
}

/** Does the parse read the sentence's first word as a finite verb ("Morreram", "Houve")? */
function opensWithVerb(parse: ParsedSentence | undefined, tokens: readonly Token[]): boolean {
  const w = parse?.words[0];
  // "Rwanda-backed M23 rebels": a compound the parse may misread is left to the names.
  return !!w && w.start === tokens[0]?.start && /^\p{L}+$/u.test(tokens[0].text) && (w.upos === "VERB" || w.upos === "AUX") && w.feats.includes("VerbForm=Fin");
}

function verbObjects(parse: ParsedSentence | undefined, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  if (!parse) return out;
  const tokenAt = new Map(tokens.map((t, k) => [t.start, k]));
  for (const w of parse.words) {
    const head = parse.words[w.head - 1];
    const k = tokenAt.get(w.start);
    if (k !== undefined && head?.upos === "VERB" && /^obj(:|$)/.test(w.deprel)) out.add(k);
  }
  return out;
}

/**
 * Tokens that are a proper name of one word and the subject of a verb ("Glencore paid bribes"):
 * read for an article's first sentence only, where such a name may be a body's (mentions.ts).
 */
function nameSubjects(parse: ParsedSentence | undefined, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  if (!parse) return out;
  const tokenAt = new Map(tokens.map((t, k) => [t.start, k]));
  // Words that head a longer name: a proper noun or a part of a name hangs from them.
  const named = new Set(parse.words.filter((x) => x.upos === "PROPN" || /^(flat|compound|appos)/.test(x.deprel)).map((x) => x.head));
  parse.words.forEach((w, i) => {
    const k = tokenAt.get(w.start);
    if (k !== undefined && w.upos === "PROPN" && parse.words[w.head - 1]?.upos === "VERB" && /^nsubj(:|$)/.test(w.deprel) && !named.has(i + 1)) out.add(k);
  });
  return out;
}

/** Surnames of heads of government on the day, named beside a word for a government and nothing else: mentions of them. */
function governmentsBySurname(tokens: readonly Token[], mentions: readonly Mention[], lex: Lexicon, actors: Actors, sentence: number): Mention[] {
  const out: Mention[] = [];
  const taken = (k: number) => mentions.some((m) => m.from <= k && k < m.to);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.upper || t.punct || taken(k) || (tokens[k + 1]?.upper && !tokens[k + 1]!.punct) || (k > 0 && tokens[k - 1]!.upper && !tokens[k - 1]!.punct && !lex.determiners.has(tokens[k - 1]!.norm))) continue;
    const beside = lex.modifiersBeforeNoun ? !!matchAny(tokens, k + 1, lex.government) : k > 0 && matchEndingAt(tokens, k - 1, 3, lex.government) !== undefined;
    const person = beside ? actors.leaderBySurname(t.norm) : undefined;
    if (person) out.push({ sentence, from: k, to: k + 1, text: t.text, start: t.start, end: t.end, kind: "entity", entity: person, confidence: 0.7 });
  }
  return out;
}

/**
 * "President Clinton", "Prime Minister Thatcher": a lone surname the gazetteer knows no one by, with
 * the title of the office, is the one person who held that office in a state under that surname on
 * the article's date; what the words made of it goes ("President of Serbia", the office in the state
 * the sentence named). "King Hussein" is not Saddam Hussein, nor "presidente Barrow" Belize's prime minister.
 */
function leadersBySurname(found: ReturnType<typeof findMentions>, tokens: readonly Token[], actors: Actors): void {
  for (const m of found.mentions) {
    if (m.kind !== "entity" || m.entity?.label !== "Person" || actors.gaz.entries.has(keyOf(m.entity))) continue;
    const name = tokens.slice(m.from, m.to).filter((t) => t.upper && !t.punct);
    const leader = name.length === 1 ? actors.leaderBySurname(name[0]!.norm) : undefined;
    const title = found.untitled.find((u) => keyOf(u.person) === keyOf(m.entity!) && !u.member)?.role.toLowerCase();
    if (!leader || !title) continue;
    const offices = actors.gaz.entries.get(keyOf(leader))?.offices ?? [];
    if (!offices.some((o) => o.leads && (!o.from || o.from <= actors.date) && (!o.to || actors.date < o.to) && o.role.toLowerCase().startsWith(title))) continue;
    const made = m.entity;
    m.entity = leader;
    const state = actors.officeOf(leader, "on-date")?.state;
    found.facts = found.facts.flatMap((f) => (f.from.id !== made.id || f.from.label !== "Person" ? [f] : f.type === "LEADS" && f.to.id !== state ? [] : [{ ...f, from: leader }]));
    found.untitled = found.untitled.map((u) => (keyOf(u.person) === keyOf(made) ? { ...u, person: leader } : u));
    found.created = found.created.filter((c) => keyOf(c.ref) !== keyOf(made) || found.mentions.some((x) => x.entity && keyOf(x.entity) === keyOf(made)));
  }
}

/** Is the text at [start, end) a modifier of a noun after it in the parse ("U.S." in "a U.S. aid package")? Its last word says. */
function modifierWord(parse: ParsedSentence | undefined, start: number, end: number): boolean {
  const words = parse?.words ?? [];
  const i = words.findLastIndex((x) => x.start >= start && x.start < end);
  return i >= 0 && /^(compound|amod)(:|$)/.test(words[i]!.deprel) && words[i]!.head - 1 > i;
}

/** Is the token an object of the parse (obj, iobj, or an oblique's noun)? */
function objectWord(parse: ParsedSentence | undefined, t: Token): boolean {
  const w = parse?.words.find((x) => x.start === t.start);
  return !!w && /^(obj|iobj|obl)(:|$)/.test(w.deprel);
}

/**
 * The actors of the last list of exactly `n` states or people ("Spain, Ireland and Norway", "with
 * Macron, Scholz and Sunak"), in the sentence so far or the few before it.
 */
function lastList(views: readonly SentenceView[], n: number, lex: Lexicon): EntityRef[] | undefined {
  for (let v = views.length - 1; v >= 0 && v >= views.length - 4; v--) {
    const { tokens, mentions } = views[v]!;
    const named = mentions.filter((m) => m.kind === "entity" && m.refs.length === 1 && (m.refs[0]!.label === "State" || m.refs[0]!.label === "Person"));
    // Runs of states, or of people, joined by commas and "and", each whole.
    const runs: ResolvedMention[][] = [];
    for (const m of named) {
      const run = runs.at(-1);
      const prev = run?.at(-1);
      // "Macron, German Chancellor Olaf Scholz and British Prime Minister Rishi Sunak": a title may stand between.
      const between = prev ? tokens.slice(prev.to, m.from) : [];
      const joined = between.length <= 5 && between.some((t) => t.text === "," || isConjunction(lex, t)) && between.every((t) => !t.punct || t.text === ",");
      if (run && prev && prev.refs[0]!.label === m.refs[0]!.label && joined) run.push(m);
      else runs.push([m]);
    }
    const found = runs.filter((r) => r.length === n && new Set(r.map((x) => x.refs[0]!.id)).size === n).at(-1);
    if (found) return found.map((x) => x.refs[0]!);
  }
  return undefined;
}

/** The state the sentences so far name most often, if one leads. */
function mostNamedState(views: readonly { mentions: readonly ResolvedMention[] }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of views) for (const m of v.mentions) if (m.kind === "entity" && m.refs.length === 1 && m.refs[0]!.label === "State") counts.set(m.refs[0]!.id, (counts.get(m.refs[0]!.id) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}
