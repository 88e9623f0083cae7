/**
 * extract(article) -> Extraction: the whole text -> mentions -> entities/events stage.
 * Everything here is pure: the same article gives the same extraction.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { findDates, referenceDate } from "./dates.js";
import { subjectBefore, type EventDraft, type ResolvedMention, type SentenceView } from "./events.js";
import { sentenceEvents } from "./predicates.js";
import { eventDictionary } from "./eventDictionary.js";
import { parseSentence, type ParsedSentence } from "../syntax/index.js";
import { defaultGazetteer, type Gazetteer, type GazEntry } from "./gazetteer.js";
import { detectLanguage, isLanguage } from "./language.js";
import { lexicon, prepositionOf, type Lexicon } from "./lexicon.js";
import { findDateline } from "./dateline.js";
import { aimAtTopic } from "./topic.js";
import { findMentions, type NewEntity } from "./mentions.js";
import { firstMatch, matchAny, occursIn } from "./patterns.js";
import { DATA_DIR } from "../paths.js";
import { documentId, slug } from "../model/ids.js";
import { keyOf, type EntityRef } from "../model/keys.js";
import { splitSentences, tokenize } from "./text.js";
import { coreferEvents } from "./coref.js";
import { targetReactions } from "./reactions.js";
import type { Article, EntityRecord, EventRecord, Extraction, Mention, RelationRecord, Sentence, Token } from "./types.js";

/** Organizations a state answers for. */
const STATE_BODIES = new Set(["military", "intelligence", "coastguard"]);

const KIND_NAMES: Record<string, string> = parse(readFileSync(join(DATA_DIR, "agreement-kinds.yaml"), "utf8"));

function activeOffices(e: GazEntry, date: string | undefined) {
  const d = date ?? new Date().toISOString().slice(0, 10);
  return (e.offices ?? []).filter((o) => (!o.from || o.from <= d) && (!o.to || d < o.to));
}

interface AgreementDraft {
  tmp: string;
  sentence: number;
  mention: ResolvedMention;
  kind: string;
  status?: string;
  parties: EntityRef[];
  context: EntityRef[];
  date?: string;
  /** A definite, generic mention ("o acordo") with nothing of its own: the last agreement named. */
  anaphoric: boolean;
  /** The name the text calls it by, which is then its id. */
  name?: string;
}

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

export function extract(article: Article, opts: ExtractOptions = {}): Extraction {
  const gaz = opts.gazetteer ?? defaultGazetteer();
  const text = article.text.replace(/\r\n?/g, "\n");
  const language = isLanguage(article.language) ? article.language : detectLanguage(text);
  const lex = lexicon(language);
  const published = article.published;
  const sentences = splitSentences(text, language);
  const docId = documentId(text);
  const firstLine = text.trim().split("\n")[0]?.trim();
  const title = article.title ?? (firstLine && !/[.!?]$/.test(firstLine) ? firstLine : undefined);

  const entities = new Map<string, EntityRecord>();
  const seenSpans = new Set<string>();
  const created = new Map<string, NewEntity>();
  const textFacts: { type: RelationRecord["type"]; from: EntityRef; to: EntityRef; role?: string; sentence: number; confidence: number }[] = [];
  const views: SentenceView[] = [];
  const leaders = new Map<string, EntityRef>(); // state id -> person named as its leader in this text
  let lastPerson: EntityRef | undefined;
  let lastIgo: EntityRef | undefined;
  /** Sides the article has talked about: states, and armed groups that belong to no state (Hezbollah, Hamas). */
  const recentSides: { ref: EntityRef; sentence: number }[] = [];

  const touch = (ref: EntityRef, m: { sentence: number; start: number; end: number; text: string }, confidence: number) => {
    const key = keyOf(ref);
    let rec = entities.get(key);
    if (!rec) {
      const g = gaz.entries.get(key);
      const c = created.get(key);
      rec = {
        label: ref.label,
        id: ref.id,
        // A converted dictionary writes names in ASCII, sometimes misspelt: the article's full name wins.
        name: g?.converted && m.text.includes(" ") ? m.text : (g?.name ?? c?.name ?? m.text),
        aliases: [],
        wikidata: g?.wikidata,
        iso2: g?.iso2,
        kind: g?.kind ?? c?.kind,
        ...(g?.successors ? { dissolved: g.dissolved, successors: g.successors } : {}),
        confidence,
        mentions: [],
      };
      entities.set(key, rec);
    }
    rec.confidence = Math.max(rec.confidence, confidence);
    if (m.text && !rec.aliases.includes(m.text)) rec.aliases.push(m.text);
    const at = `${m.start}:${m.end}`;
    if (!seenSpans.has(`${key}@${at}`)) {
      seenSpans.add(`${key}@${at}`);
      rec.mentions.push(m);
    }
  };

  // Who the gazetteer says led each state on the publication date, built on first need instead of
  // scanning every entry for each "o presidente russo".
  let officeHolders: Map<string, EntityRef> | undefined;
  const leaderOf = (state: string): EntityRef | undefined => {
    const named = leaders.get(state);
    if (named) return named;
    if (!officeHolders) {
      officeHolders = new Map();
      for (const e of gaz.entries.values()) {
        if (e.ref.label !== "Person") continue;
        for (const o of activeOffices(e, published)) if (o.leads && !officeHolders.has(o.leads)) officeHolders.set(o.leads, e.ref);
      }
    }
    return officeHolders.get(state);
  };

  /** The state a person stands for: the one the text names them leading, else their office in the gazetteer. */
  const stateOf = (person: EntityRef): string | undefined =>
    [...leaders.entries()].find(([, p]) => p.id === person.id)?.[0] ?? officeOf(gaz, person, { date: published })?.state;
  /** What the gazetteer, or the text that made it up, says an entity is and belongs to. */
  const knownAs = (r: EntityRef): { kind?: string; state?: string } => {
    const g = gaz.entries.get(keyOf(r));
    const c = created.get(keyOf(r));
    return { kind: g?.kind ?? c?.kind, state: g?.state ?? c?.state };
  };

  // Mentions, resolved in reading order so that "o presidente russo" and "as duas nações" see what came before.
  const surnames = new Map<string, EntityRef>();
  /** Whose weapons of each kind the article has named: "drones russos" makes a later "quatro drones" Russia's. */
  const weaponOwners = new Map<string, EntityRef>();
  const reference = referenceDate(published);
  const dateline = findDateline(text);
  for (const s of sentences) {
    // The dateline's city and agency are where the story was filed and who filed it, not its actors.
    const tokens = tokenize(s.text, s.start);
    const found = findMentions(tokens, s.index, lex, gaz, surnames);
    if (dateline) found.mentions = found.mentions.filter((m) => m.end <= dateline.start || m.start >= dateline.end);
    for (const c of found.created) if (!created.has(keyOf(c.ref))) created.set(keyOf(c.ref), c);
    for (const f of found.facts) {
      textFacts.push({ ...f, sentence: s.index, confidence: 0.9 });
      if (f.type === "LEADS" && f.from.label === "Person") leaders.set(f.to.id, f.from);
    }
    const personBefore = lastPerson;
    const resolved: ResolvedMention[] = [];
    for (const m of found.mentions) {
      let refs: EntityRef[] = [];
      // "Montenegro anunciou", after "Luís Montenegro": a surname the article has given a person is
      // that person, even where it is also a state's name.
      const surnameOf = m.kind === "entity" && m.to - m.from === 1 && m.entity?.label !== "Person" ? surnames.get(tokens[m.from]!.norm) : undefined;
      if (surnameOf) refs = [surnameOf];
      else if (m.entity) refs = [m.entity];
      else if (m.kind === "role" && m.roleState) {
        const l = leaderOf(m.roleState);
        refs = l ? [l] : [{ label: "State", id: m.roleState }];
      } else if (found.possessiveGov.includes(m)) {
        const st = lastPerson ? stateOf(lastPerson) : undefined;
        if (st) refs = [{ label: "State", id: st }];
      } else if (found.members.includes(m)) {
        if (lastIgo) refs = [lastIgo];
      } else if (found.pairs.includes(m)) {
        // The two sides the article has talked about most so far, the last sentences weighing more;
        // the sentence's subject, who speaks of "both sides", is not one of them.
        // A state's own body ("según la cancillería argentina, ambos gobiernos") speaks for one of them.
        const organ = (x: Mention) => x.viaDemonym && x.from > 0 && !tokens[x.from - 1]!.upper && !tokens[x.from - 1]!.punct;
        const subject = resolved[0] && !found.pairs.includes(resolved[0]) && !organ(resolved[0]) ? resolved[0].refs : [];
        const speaker = new Set(subject.flatMap((r) => (r.label === "Person" ? [keyOf(r), `State:${stateOf(r)}`] : [keyOf(r)])));
        const recent = recentSides.filter((x) => x.sentence < s.index && !speaker.has(keyOf(x.ref))).reverse();
        const count = new Map<string, { ref: EntityRef; n: number }>();
        for (const x of recent) {
          const c = count.get(keyOf(x.ref)) ?? { ref: x.ref, n: 0 };
          c.n += x.sentence >= s.index - 2 ? 2 : 1;
          count.set(keyOf(x.ref), c);
        }
        const two = [...count.values()].sort((a, b) => b.n - a.n).slice(0, 2).map((c) => c.ref);
        if (two.length === 2) refs = two.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
      }
      // The mention becomes its resolved self: a copy would cost a spread of every mention of every sentence.
      const r = Object.assign(m, { refs }) as ResolvedMention;
      if (m.kind === "entity" && refs[0]?.label === "Place") {
        const fact = found.facts.find((f) => f.type === "LOCATED_IN" && f.from.id === refs[0]!.id);
        const st = fact?.to.id ?? gaz.entries.get(keyOf(refs[0]))?.state;
        if (st) r.containerState = { label: "State", id: st };
      }
      resolved.push(r);
      for (const ref of refs) {
        if (m.kind !== "agreement") touch(ref, { sentence: s.index, start: m.start, end: m.end, text: m.alias ?? m.text }, m.confidence);
        if (ref.label === "Organization" && knownAs(ref).kind === "igo") lastIgo = ref;
        if (ref.label === "Person") {
          lastPerson = ref;
          if (m.kind === "entity" && m.to - m.from >= 2) surnames.set(tokens[m.to - 1]!.norm, ref);
          // A leader named counts for the state they lead when "the two leaders" is resolved.
          const led = m.roleState ?? stateOf(ref);
          if (led && !found.pairs.includes(m)) recentSides.push({ ref: { label: "State", id: led }, sentence: s.index });
        }
        // Where something happens ("em Washington") and who tells it ("Turkish officials said") are
        // not what the article is about.
        const prep = prepositionOf(lex, tokens[m.from - 1]) ?? prepositionOf(lex, tokens[m.from - 2]);
        const side = ref.label === "State" || (ref.label === "Organization" && !knownAs(ref).state && (knownAs(ref).kind === "other" || knownAs(ref).kind === "military"));
        if (side && m.kind === "entity" && !found.pairs.includes(m) && prep !== "in" && !tellsIt(tokens, m, lex)) recentSides.push({ ref, sentence: s.index });
      }
      // Only now: the steps above read what the mention was, a role phrase or a name.
      if (m.kind === "role" && refs[0]) r.kind = "entity";
    }
    // "Prime Minister Abiy Ahmed told parliament that Ethiopia...": an office without its state is
    // held in the one state the sentence names, if it names one; a state named as where something
    // happens or goes ("in Addis Ababa", "to Kampala", "with Eritrea") is not the office's. An
    // office of one state only (the pope's) is held there. Another office's state ("convocou o
    // embaixador israelense", "con el ministro chino") is not this one's.
    for (const u of found.untitled) {
      // "presidente Hugo Chávez", "Prime Minister Theresa May": the text says they head a government,
      // the gazetteer whose (a converted record may only know them as an official, or up to its last date).
      if (stateOf(u.person)) {
        const active = officeOf(gaz, u.person, { date: published });
        if (!u.member && !u.of && active && !active.leads) textFacts.push({ type: "LEADS", from: u.person, to: { label: "State", id: active.state }, role: u.role, sentence: s.index, confidence: 0.6 });
        continue;
      }
      const last = u.of ? undefined : officeOf(gaz, u.person, { latest: true });
      if (last) {
        textFacts.push({ type: u.member ? "PART_OF" : "LEADS", from: u.person, to: { label: "State", id: last.state }, role: u.role, sentence: s.index, confidence: 0.6 });
        if (!u.member) leaders.set(last.state, u.person);
        continue;
      }
      const states = new Set(
        resolved
          .filter((m) => m.kind === "entity" && m.refs[0]?.label === "State" && !m.role && m.alias !== "" && (prepositionOf(lex, tokens[m.from - 1]) ?? "of") === "of")
          .map((m) => m.refs[0]!.id),
      );
      if (!u.of && states.size !== 1) continue;
      const to: EntityRef = { label: "State", id: u.of ?? [...states][0]! };
      textFacts.push({ type: u.member ? "PART_OF" : "LEADS", from: u.person, to, role: u.role, sentence: s.index, confidence: 0.6 });
      if (!u.member) leaders.set(to.id, u.person);
    }
    // "said he would travel": a personal pronoun is the person named last before it. "Hamas said it
    // was ready": a pronoun for a thing is the state or organization named last before it in the sentence.
    // A word that stands for what was named before it (a pronoun, "quatro drones"): a mention of that, not an alias.
    const pointingBack = (k: number, ref: EntityRef): ResolvedMention => {
      const t = tokens[k]!;
      touch(ref, { sentence: s.index, start: t.start, end: t.end, text: "" }, 0.6);
      return { sentence: s.index, from: k, to: k + 1, text: t.text, start: t.start, end: t.end, kind: "entity", entity: ref, alias: "", confidence: 0.6, refs: [ref] };
    };
    tokens.forEach((t, k) => {
      const word = t.text.toLowerCase();
      const personal = lex.personalPronouns.has(word);
      if ((!personal && !lex.neuterPronouns.has(word)) || resolved.some((m) => m.from <= k && k < m.to)) return;
      const before = resolved.filter((m) => m.to <= k);
      const person = personal
        ? before.filter((m) => m.refs[0]?.label === "Person").at(-1)?.refs[0] ?? personBefore
        : before.filter((m) => m.kind === "entity" && (m.refs[0]?.label === "State" || m.refs[0]?.label === "Organization")).at(-1)?.refs[0];
      if (person) resolved.push(pointingBack(k, person));
    });
    resolved.push(...weaponsOfOwners(tokens, resolved, weaponOwners, lex).map(({ at, owner }) => pointingBack(at, owner)));
    resolved.sort((a, b) => a.from - b.from);
    views.push({ index: s.index, tokens, mentions: resolved, dates: findDates(tokens, s.text, s.start, lex, reference) });
  }

  // Agreements: kind, status and parties from the words around the noun.
  const agreements: AgreementDraft[] = [];
  const drafts: EventDraft[] = [];
  const dictionary = eventDictionary(language);
  for (const v of views) {
    for (const m of v.mentions.filter((x) => x.kind === "agreement")) {
      const tmp = `tmp-${v.index}-${m.from}`;
      m.refs = [{ label: "Agreement", id: tmp }];
      agreements.push(agreementDraft(v, m, lex, tmp));
    }
    drafts.push(...sentenceEvents(v, parseOf(v, text, language, dateline), lex, dictionary, published));
  }
  for (const a of agreements) {
    if (a.parties.length) continue;
    const v = views[a.sentence]!;
    // "Thailand and Cambodia agreed to a ceasefire", "firmaron un acuerdo": who agrees or signs is a party.
    const agreeing = drafts.find((d) => d.sentence === a.sentence && d.type === "AGREE" && d.about.some((r) => r.id === a.tmp) && d.sources.length + d.targets.length >= 2);
    if (agreeing) {
      a.parties = [...agreeing.sources, ...agreeing.targets];
      a.status ??= "signed";
      continue;
    }
    // "um acordo ... que assinaram": the parties are the sentence's actors who met or spoke.
    const after = v.tokens.slice(a.mention.to, a.mention.to + 6);
    if (after.some((t) => lex.relativePronouns.has(t.norm)) && a.status === "signed") {
      const e = drafts.find((d) => d.sentence === a.sentence && d.sources.length + d.targets.length >= 2);
      if (e) a.parties = [...e.sources, ...e.targets];
    } else if (a.status === "signed" && occursIn(v.tokens, a.mention.from - 4, a.mention.from, lex.agreementStatus.filter((x) => x.status === "signed").map((x) => x.pattern))) {
      a.parties = subjectBefore(v, lex, a.mention.from);
    }
  }
  // People who sign, sign for their states.
  for (const a of agreements) {
    for (const p of a.parties.filter((r) => r.label === "Person")) {
      const st = stateOf(p);
      if (st && !a.parties.some((r) => r.id === st)) a.parties.push({ label: "State", id: st });
    }
  }
  const agreementIds = new Map<string, string>();
  const genericKinds = new Set(lex.agreementGenericKinds.map((k) => k.kind));
  let lastAgreement: string | undefined;
  const lastOfKind = new Map<string, string>();
  for (const a of agreements) {
    // "O acordo", "the deal": the agreement already named.
    // A generic noun ("the pact", "o tratado") with none of its own kind named before points to the last agreement.
    const antecedent = a.anaphoric && !a.parties.length ? (a.kind === "agreement" ? lastAgreement : lastOfKind.get(a.kind) ?? (genericKinds.has(a.kind) ? lastAgreement : undefined)) : undefined;
    if (antecedent) {
      agreementIds.set(a.tmp, antecedent);
      const rec = entities.get(`Agreement:${antecedent}`)!;
      touch({ label: "Agreement", id: antecedent }, { sentence: a.sentence, start: a.mention.start, end: a.mention.end, text: a.mention.text }, 0.7);
      rec.status = rankStatus(rec.status, a.status);
      continue;
    }
    const states = (a.parties.length ? a.parties : a.context).filter((r) => r.label === "State").map((r) => r.id);
    const uniq = [...new Set(states)].sort();
    const id = a.name ? slug(a.name) : [a.kind, ...uniq.map((x) => x.toLowerCase())].join("-") + (uniq.length ? "" : `-${docId.slice(0, 8)}`);
    agreementIds.set(a.tmp, id);
    lastAgreement = id;
    lastOfKind.set(a.kind, id);
    const ref: EntityRef = { label: "Agreement", id };
    const names = uniq.map((x) => gaz.entries.get(`State:${x}`)?.name ?? x);
    touch(ref, { sentence: a.sentence, start: a.mention.start, end: a.mention.end, text: a.mention.text }, 0.8);
    const rec = entities.get(keyOf(ref))!;
    rec.name = a.name ?? `${names.length ? `${names.join("–")} ` : ""}${KIND_NAMES[a.kind] ?? a.kind}`;
    rec.kind = a.kind;
    rec.status = rankStatus(rec.status, a.status);
    rec.date ??= a.date;
    for (const p of a.parties) textFacts.push({ type: "PARTY_TO", from: p, to: ref, sentence: a.sentence, confidence: 0.75 });
  }
  const remap = (r: EntityRef): EntityRef => (r.label === "Agreement" && agreementIds.has(r.id) ? { label: "Agreement", id: agreementIds.get(r.id)! } : r);

  // Events: summits and calls are between leaders; then one event per happening.
  for (const d of drafts) {
    d.about = d.about.map(remap);
    if (d.type === "CONSULT") {
      const all = [...d.sources, ...d.targets];
      if (all.some((r) => r.label === "Person")) {
        const swap = (r: EntityRef) => (r.label === "State" && leaders.get(r.id) ? leaders.get(r.id)! : r);
        d.sources = d.sources.map(swap);
        d.targets = d.targets.map(swap);
      }
    }
  }
  targetReactions(drafts, views, lex, (r) => {
    const { kind, state } = knownAs(r);
    return r.label === "Organization" && state && STATE_BODIES.has(kind ?? "") ? { label: "State", id: state } : r;
  });
  // What the text says of whose people and bodies are ("Eritrea's information minister, Yemane
  // Gebremeskel") wins over the gazetteer; the first thing it says, as for the rest of the article.
  const saidState = new Map<string, string>();
  for (const f of textFacts) if ((f.type === "PART_OF" || f.type === "LEADS") && f.to.label === "State" && !saidState.has(f.from.id)) saidState.set(f.from.id, f.to.id);
  aimAtTopic(
    drafts,
    new Map([...entities.values()].filter((r) => r.label === "State").map((r) => [r.id, r.mentions.length])),
    (r) => (r.label === "State" ? r.id : saidState.get(r.id) ?? (r.label === "Person" ? stateOf(r) : knownAs(r).state)),
  );
  const events = coreferEvents(drafts);
  for (const e of events) {
    for (const r of [...e.sources, ...e.targets, ...e.at, ...e.reportedBy]) ensureEntity(r, e.mentions[0]!);
  }
  function ensureEntity(r: EntityRef, m: { sentence: number; start: number; end: number; text: string }) {
    if (!entities.has(keyOf(r))) touch(r, { ...m, text: "" }, 0.6);
  }

  // Structural relations: what the text says, then what the gazetteer knows of what it names.
  const relations = new Map<string, RelationRecord>();
  const relate = (type: RelationRecord["type"], from: EntityRef, to: EntityRef, sentence: number, confidence: number, basis: RelationRecord["basis"], role?: string) => {
    if (keyOf(from) === keyOf(to)) return;
    const key = `${type}|${keyOf(from)}|${keyOf(to)}`;
    const r = relations.get(key);
    if (r) {
      if (!r.evidence.includes(sentence)) r.evidence.push(sentence);
      r.confidence = Math.max(r.confidence, confidence);
      if (basis === "text") r.basis = "text";
      r.role ??= role;
      return;
    }
    relations.set(key, { type, from, to, role, evidence: [sentence], confidence, basis });
  };
  for (const f of textFacts) {
    const fromKey = keyOf(f.from);
    if (!entities.has(fromKey) && f.type !== "PARTY_TO") continue;
    ensureEntity(f.to, { sentence: f.sentence, start: sentences[f.sentence]!.start, end: sentences[f.sentence]!.start, text: "" });
    ensureEntity(f.from, { sentence: f.sentence, start: sentences[f.sentence]!.start, end: sentences[f.sentence]!.start, text: "" });
    relate(f.type, f.from, f.to, f.sentence, f.confidence, "text", f.role);
  }
  for (const rec of [...entities.values()]) {
    const g = gaz.entries.get(keyOf(rec));
    const first = rec.mentions[0]!.sentence;
    const container = knownAs(rec).state;
    if (container && (rec.label === "Organization" || rec.label === "Place")) {
      const to: EntityRef = gaz.entries.has(`State:${container}`) ? { label: "State", id: container } : { label: "Organization", id: container };
      ensureEntity(to, { ...rec.mentions[0]!, text: "" });
      relate(rec.label === "Place" ? "LOCATED_IN" : "PART_OF", rec, to, first, 0.7, "gazetteer");
    }
    if (g && rec.label === "Person") {
      for (const o of activeOffices(g, published)) {
        const target = o.leads ?? o.partOf;
        if (!target) continue;
        const to: EntityRef = gaz.entries.has(`State:${target}`) ? { label: "State", id: target } : { label: "Organization", id: target };
        if ([...relations.values()].some((r) => r.from.id === rec.id && (r.type === "LEADS" || r.type === "PART_OF") && r.to.id === to.id)) continue;
        ensureEntity(to, { ...rec.mentions[0]!, text: "" });
        relate(o.leads ? "LEADS" : "PART_OF", rec, to, first, 0.7, "gazetteer", o.role);
        rec.role ??= o.role;
      }
    }
  }
  for (const r of relations.values()) {
    if (r.type === "LEADS" && r.role) {
      const p = entities.get(keyOf(r.from));
      const st = entities.get(keyOf(r.to));
      if (p && !p.role) p.role = st ? `${r.role} of ${st.name}` : r.role;
    }
  }

  const sortByKey = <T extends EntityRef>(xs: T[]) => xs.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  // Empty aliases come from entities only implied (a leader's state); keep real surface forms.
  const entityList = sortByKey([...entities.values()]).map((e) => ({ ...e, aliases: e.aliases.filter(Boolean) }));
  return {
    document: { id: docId, title, url: article.url, publisher: article.publisher, published, language, source: article.source, text },
    sentences,
    entities: entityList,
    relations: [...relations.values()].sort((a, b) => `${a.type}|${keyOf(a.from)}|${keyOf(a.to)}`.localeCompare(`${b.type}|${keyOf(b.from)}|${keyOf(b.to)}`)),
    events,
  };
}

/** The parse of a sentence, its words at their offsets in the article. */
/** The sentence's parse, without the part of the dateline it holds: parsed with it, the city becomes the root. */
function parseOf(v: SentenceView, text: string, language: string, dateline: { start: number; end: number } | undefined): ParsedSentence {
  const first = v.tokens[0];
  const last = v.tokens[v.tokens.length - 1];
  if (!first || !last) return { tokens: [], words: [] };
  const start = dateline && first.start >= dateline.start && first.start < dateline.end ? Math.min(dateline.end, last.end) : first.start;
  return parseSentence(text.slice(start, last.end), language, start);
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

/**
 * A person's office in a state as the gazetteer records it: the one held on the date, or with
 * `{ latest: true }` the last one it knows at whatever date.
 */
function officeOf(gaz: Gazetteer, p: EntityRef, when: { date: string | undefined } | { latest: true }): { state: string; leads: boolean } | undefined {
  const g = gaz.entries.get(keyOf(p));
  if (!g) return undefined;
  const o = "latest" in when ? [...(g.offices ?? [])].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""))[0] : activeOffices(g, when.date)[0];
  const state = o?.leads ?? o?.partOf;
  return state && gaz.entries.has(`State:${state}`) ? { state, leads: !!o!.leads } : undefined;
}

const STATUS_RANK = ["proposed", "rejected", "signed", "in_force", "ended"];
function rankStatus(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return STATUS_RANK.indexOf(b) > STATUS_RANK.indexOf(a) ? b : a;
}

function agreementDraft(v: SentenceView, m: ResolvedMention, lex: Lexicon, tmp: string): AgreementDraft {
  const t = v.tokens;
  let kind: string | undefined;
  for (let k = m.from; k < m.to && !kind; k++) {
    kind = firstMatch(t, k, lex.agreementKinds, (x) => x.pattern)?.item.kind;
  }
  for (let k = m.from; k < m.to && !kind; k++) kind = firstMatch(t, k, lex.agreementGenericKinds, (x) => x.pattern)?.item.kind;
  let status: string | undefined;
  for (let k = Math.max(0, m.from - 4); k < Math.min(t.length, m.to + 6) && !status; k++) {
    if (k >= m.from && k < m.to) continue;
    status = firstMatch(t, k, lex.agreementStatus, (x) => x.pattern)?.item.status;
  }
  // "entre X e Y", "between X and Y".
  let parties: EntityRef[] = [];
  const between = v.mentions.find((x) => x.from > m.to && x.from <= m.to + 3 && prepositionOf(lex, t[x.from - 1]) === "between" || (x.from > m.to && x.from <= m.to + 3 && prepositionOf(lex, t[x.from - 2]) === "between" && lex.determiners.has(t[x.from - 1]!.norm)));
  if (between) {
    parties = [...between.refs];
    const next = v.mentions.find((x) => x.from > between.to && x.from <= between.to + 2 && lex.conjunctions.has(t[between.to]!.norm));
    if (next) parties.push(...next.refs);
  }
  // Where it is ("em Kuala Lumpur") is no part of what it is about.
  const context = v.mentions.filter((x) => x.kind === "entity" && x.from >= m.to && x.from <= m.to + 8 && prepositionOf(lex, t[x.from - 1]) !== "in" && prepositionOf(lex, t[x.from - 2]) !== "in").flatMap((x) => x.refs);
  const date = v.dates.find((d) => d.from >= m.from - 12 && d.from <= m.to + 12)?.past;
  const before = t[m.from - 1];
  const definite = !!before && lex.determiners.has(before.norm) && !lex.indefiniteArticles.has(before.norm);
  return { tmp, sentence: v.index, mention: m, kind: kind ?? "agreement", status, parties, context, date, anaphoric: definite && !m.name, name: m.name };
}

export type { Extraction, Sentence, EventRecord };
