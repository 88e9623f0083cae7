/**
 * Finds what a sentence names: gazetteer entities, role phrases ("o presidente russo, Vladimir
 * Putin"), governments, armed forces and intelligence services qualified by a state, places,
 * agreements, and capitalized names the gazetteer does not know.
 */
import { JOINED_ARTICLE, lookup, type Gazetteer, type GazEntry, type NameHit } from "./gazetteer.js";
import { ofBefore, prepositionOf, type Lexicon, isConjunction } from "./lexicon.js";
import { firstMatch, matchAny, type Pattern } from "./patterns.js";
import { slug } from "../model/ids.js";
import type { EntityRef } from "../model/keys.js";
import { NATIONAL_ROLE } from "../model/relationships.js";
import type { Mention, Token } from "./types.js";
import { fold } from "../model/text.js";
import { tokenize } from "./text.js";

/** A structural fact read off one phrase: the apposition, the descriptor, the place phrase. */
export interface LocalFact {
  type: "LEADS" | "PART_OF" | "LOCATED_IN";
  from: EntityRef;
  to: EntityRef;
  role?: string;
}

/** An entity the gazetteer does not hold, made up from the text. */
export interface NewEntity {
  ref: EntityRef;
  name: string;
  kind?: string;
  state?: string;
  /** Which of its state's bodies it is (data/gazetteer/state-bodies.yaml). */
  body?: string;
}

export interface SentenceMentions {
  mentions: Mention[];
  facts: LocalFact[];
  created: NewEntity[];
  /** Mentions that stand for "the state of whoever was just named" ("o seu governo"). */
  possessiveGov: Mention[];
  /** Mentions of "the two nations". */
  pairs: Mention[];
  /** Mentions of "the allies", "the bloc": the international organization the article named last. */
  members: Mention[];
  /** People named after an office without its state ("Prime Minister Abiy Ahmed"): the sentence may say which. */
  untitled: { person: EntityRef; role: string; member: boolean; of?: string }[];
  /**
   * A state's body named by its kind alone ("the foreign ministry", "La Fiscalía de la Nación", "el
   * Congreso"): the mentions stage makes it the body of the state the story was filed in. Where the
   * text capitalizes it as a name, `fallback` is the mention of it as an organization of its own,
   * for a story with no dateline.
   */
  bareBodies: { from: number; to: number; kind: string; fallback?: Mention }[];
}

interface Ctx {
  tokens: Token[];
  lex: Lexicon;
  gaz: Gazetteer;
  sentence: number;
  /** Tokens the parse makes a verb's object: a city name there is the city ("captured Kisangani"). */
  objects: ReadonlySet<number>;
  /** Tokens the parse makes a verb's subject, a proper name of one word ("Glencore paid bribes"). */
  subjects: ReadonlySet<number>;
  /** Where the story's dateline ends in this sentence's tokens (0 for none): a city there is the city. */
  datelineEnd: number;
}

const CONNECTORS = new Set(["de", "da", "do", "das", "dos", "of", "the", "del", "la", "e", "y", "and", "for", "el"]);

function mention(ctx: Ctx, from: number, to: number, kind: Mention["kind"], entity: EntityRef | undefined, confidence: number, extra: Partial<Mention> = {}): Mention {
  const a = ctx.tokens[from]!;
  const b = ctx.tokens[to - 1]!;
  return { sentence: ctx.sentence, from, to, text: "", start: a.start, end: b.end, kind, entity, confidence, ...extra };
}

function skipDeterminers(ctx: Ctx, i: number): number {
  while (ctx.tokens[i] && ctx.lex.determiners.has(ctx.tokens[i]!.norm)) i++;
  return i;
}

function bestName(ctx: Ctx, i: number, how?: (h: NameHit) => boolean): { hit: NameHit; length: number } | null {
  const hits = lookup(ctx.gaz, ctx.tokens, i).filter((h) => (!how || how(h.hit)) && (!isCity(h.hit) || cityAt(ctx, i, h.length, h.hit.entry.population)));
  return hits[0] ?? null;
}

const BIG_CITY = 1_000_000;

/** A place of the converted cities list (GeoNames), which names thousands of towns after people and common words. */
const isCity = (h: NameHit) => h.entry.converted === true && h.entry.ref.label === "Place";

/**
 * Where a city name is the city: the whole of a capitalized name ("Garland" in "Merrick Garland" and
 * "Orlando" in "Juan Orlando Hernández" are not), right after a preposition of place or direction
 * ("em Pemba", "to Bryansk", "outside San Francisco") or a place word and "of".
 */
function cityAt(ctx: Ctx, i: number, length: number, population = 0): boolean {
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[i + length];
  // "HAIA E MOSCOU -": in a dateline every word is capitalized.
  if (i < ctx.datelineEnd) return true;
  if (after?.upper && !after.punct) return false;
  const role = prepositionOf(ctx.lex, before);
  if (role === "in" || role === "to" || role === "near" || role === "from") return true;
  // "pulled out of Basra".
  if (role === "of" && ctx.tokens[i - 2]?.norm === "out") return true;
  for (let k = i; k < i + length; k++) if (ctx.objects.has(k)) return true;
  // "the capital Sanaa", "a cidade Kharkiv": a place word right before names the city.
  if (before && ctx.lex.cityHeads.has(before.norm)) return true;
  // A city of millions ("the Houthis control Sanaa") is itself wherever it stands, unless a name
  // goes before it ("Ricardo Lagos").
  if (population >= BIG_CITY && !(before?.upper && !before.punct && i - 1 > 0)) return true;
  // "o porto de Odesa", "the city of Bryansk": a place word and "of" say what follows is a place.
  const head = ctx.tokens[i - 2]?.norm ?? "";
  return role === "of" && (ctx.lex.cityHeads.has(head) || ctx.lex.placeHeads.has(head));
}

/** "in", "at", "near", "outside": a name after one is where something is. */
function placePreposition(lex: Lexicon, t: Token | undefined): boolean {
  const role = prepositionOf(lex, t);
  return role === "in" || role === "near";
}

/** A state named at i as a noun or metonym ("Rússia", "Moscovo", "EUA"), after "de/do/of" and determiners. */
function stateNounAfterOf(ctx: Ctx, i: number): { entry: GazEntry; end: number } | null {
  const t = ctx.tokens[i];
  if (!t || prepositionOf(ctx.lex, t) !== "of") return null;
  const j = skipDeterminers(ctx, i + 1);
  const h = bestName(ctx, j, (x) => x.entry.ref.label === "State" && x.how !== "demonym");
  return h ? { entry: h.hit.entry, end: j + h.length } : null;
}

/** "South American nations", "Latin American leaders": a demonym at i is a region's adjective, no state's. */
const regional = (ctx: Ctx, i: number): boolean => i > 0 && ctx.tokens[i - 1]!.upper && ctx.lex.regionPrefixes.has(ctx.tokens[i - 1]!.norm);

function demonymAt(ctx: Ctx, i: number): { entry: GazEntry; end: number } | null {
  if (regional(ctx, i)) return null;
  const h = bestName(ctx, i, (x) => x.how === "demonym");
  return h ? { entry: h.hit.entry, end: i + h.length } : null;
}

/**
 * The states of a private person's nationality named at i: a demonym ("British"), or two joined by a
 * hyphen ("British-Iranian"), which the tokenizer keeps as one word.
 */
function nationalitiesAt(ctx: Ctx, i: number): { states: EntityRef[]; end: number } | null {
  const d = demonymAt(ctx, i);
  if (d) return d.entry.ref.label === "State" ? { states: [d.entry.ref], end: d.end } : null;
  const t = ctx.tokens[i];
  const parts = t && !t.punct && t.text.includes("-") ? t.text.split("-") : [];
  if (parts.length !== 2) return null;
  const states = parts.map((p) => demonymAt({ ...ctx, tokens: tokenize(p) }, 0)?.entry.ref).filter((r): r is EntityRef => r?.label === "State");
  return states.length === 2 ? { states, end: i + 1 } : null;
}

/** "aid worker", "o jornalista": a private person's word at i, after at most two words that qualify it ("basketball star"); where it ends. */
function nationalNounAt(ctx: Ctx, i: number): number {
  for (let k = i; k <= i + 2 && ctx.tokens[k] && !ctx.tokens[k]!.upper && !ctx.tokens[k]!.punct; k++) {
    const n = at(ctx, k, ctx.lex.nationals);
    if (n) return k + n;
  }
  return 0;
}

/** "russo" or "dos EUA" after a head noun ("dos EUA" only, without `demonyms`); English puts the demonym before it (handled by the caller). */
function qualifyingState(ctx: Ctx, i: number, demonyms = true): { entry: GazEntry; end: number } | null {
  // Adjectives such as "fronteiriça" may sit between the noun and the demonym. English puts its
  // demonyms first: in "ships entered Japanese waters" the ships are not Japan's; nor does it put a
  // word between the noun and its "of" ("pulled its troops out of Somalia").
  const reach = ctx.lex.modifiersBeforeNoun ? 1 : 2;
  for (let k = i; k < Math.min(i + reach, ctx.tokens.length); k++) {
    const d = ctx.lex.modifiersBeforeNoun || !demonyms ? null : demonymAt(ctx, k);
    if (d) return d;
    const s = stateNounAfterOf(ctx, k);
    if (s) return s;
    if (ctx.tokens[k]!.upper || ctx.tokens[k]!.punct) break;
  }
  return null;
}

/** Kinds of organization whose English names a state's name or demonym may open: rebel fronts, parties, armies. */
const GROUP_KINDS = new Set(["party", "other", "military"]);

/**
 * "Rwandan Patriotic Front", "Tigray People's Liberation Front", "Sudan Liberation Army", "Communist
 * Party of Nepal": an English organization name that names a state or a people inside it, which an
 * organization word ends (before its "of" phrase). The state's word is part of the name, not a
 * mention of the state before another name.
 */
function namedGroup(ctx: Ctx, i: number): { end: number; kind: string } | null {
  const t = ctx.tokens;
  if (ctx.lex.language !== "en" || !t[i]?.upper || t[i]!.punct || functionWord(ctx.lex, t[i]!)) return null;
  // "the Kurdish-led Syrian Democratic Forces": who leads or backs it is no part of its name.
  const dash = t[i]!.text.lastIndexOf("-");
  if (dash > 0 && ctx.lex.compoundSuffixes.has(fold(t[i]!.text.slice(dash + 1)))) return null;
  let end = i;
  let possessive = false;
  for (let span = capitalizedSpan(ctx, i, true); span; ) {
    end = span.end;
    // "Tigray People's Liberation Front": a possessive inside the name, of a word names use so; not
    // an owner's ("China's People's Liberation Army", "Khalifa Haftar's Libyan National Army").
    if (!/^['’]s$/.test(t[end]?.text ?? "") || !t[end + 1]?.upper || t[end + 1]!.punct || !ctx.lex.namePossessives.has(t[end - 1]!.norm)) break;
    possessive = true;
    span = capitalizedSpan(ctx, end + 1, true);
  }
  if (end - i < 2) return null;
  const of = t.slice(i + 1, end).findIndex((x) => x.norm === "of");
  const headAt = of >= 0 ? i + of : end - 1;
  const head = t[headAt]!;
  const kind = ctx.lex.organizationHeads.find((h) => h.pattern.words.length === 1 && h.pattern.words[0]!.text === head.norm && GROUP_KINDS.has(h.kind))?.kind;
  // "the Syrian Army", "China Coast Guard", "Armed Forces of the Philippines" are the state's own;
  // "the Sudan Liberation Army" a group of its own.
  if (!kind) return null;
  if (kind === "military" && (end - i < 3 || of >= 0 || t.slice(i, end).some((_, j) => at(ctx, i + j, ctx.lex.coastGuard)) || stateAndPlacesOnly(ctx, i, headAt))) return null;
  // A name the gazetteer knows, whole or from one of its words to the end, is that one.
  const known = bestName(ctx, i);
  if (known && i + known.length >= end) return null;
  for (let k = i + 1; k < end; k++) {
    const tail = bestName(ctx, k, (x) => x.entry.ref.label === "Organization");
    if (tail && k + tail.length >= end) return null;
  }
  let state = false;
  for (let k = i; k < end; k++) {
    if (firstMatch(t, k, ctx.lex.roles, (r) => r.pattern)) return null;
    state ||= !!demonymAt(ctx, k) || !!bestName(ctx, k, (x) => x.entry.ref.label === "State");
  }
  return state || possessive ? { end, kind } : null;
}

/**
 * "Russian Black Sea Fleet": the words before a military name's head are only a state's name or
 * demonym and places the gazetteer knows, so the unit is the state's own, as "the Syrian Army" is;
 * "Sudan Liberation Army" says more of itself.
 */
function stateAndPlacesOnly(ctx: Ctx, from: number, head: number): boolean {
  for (let k = from; k < head; ) {
    const h = bestName(ctx, k, (x) => x.entry.ref.label === "State" || x.entry.ref.label === "Place");
    if (!h) return false;
    k += h.length;
  }
  return true;
}

/** The kind of organization a name's head word says it is ("Defence Ministry": government), if any. */
function headKind(lex: Lexicon, words: readonly Token[]): string | undefined {
  for (const w of words) {
    const hd = lex.organizationHeads.find((h) => h.pattern.words[0]!.text === w.norm);
    if (hd) return hd.kind;
  }
  return undefined;
}

/** The words of a span as written: no space before closing punctuation ("Jr.", "Kursk,"), none around hyphens. */
function spanText(ctx: Ctx, from: number, to: number): string {
  return surface(ctx.tokens, from, to);
}

/** The words of a token range as written, punctuation closed up. */
export function surface(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(" ").replace(/ ([,.;:)])/g, "$1").replace(/ - /g, "-");
}

/**
 * "Arthur A. Hartman", "George H. W. Bush": a first name, middle initials with their stops, and the
 * rest of the name. The gazetteer is asked for the name without the initials ("Eduard A. Shevardnadze"
 * is Eduard Shevardnadze); a name it does not know is new, initials and all.
 */
function withInitials(ctx: Ctx, i: number, created: NewEntity[]): { ref: EntityRef; start: number; end: number; confidence: number } | null {
  const t = ctx.tokens;
  const word = (x: Token | undefined) => !!x && x.upper && !x.punct && x.text.length > 1 && !designation(x);
  // The cheap test first: this runs at every capitalized word.
  if (!/^\p{Lu}$/u.test(t[i + 1]?.text ?? "") || t[i + 2]?.text !== "." || !word(t[i]) || functionWord(ctx.lex, t[i]!)) return null;
  // "Former U.S. President", "Two U.S. Navy cruisers": dotted initials the gazetteer knows are no middle name.
  if (bestName(ctx, i + 1)) return null;
  const whole = bestName(ctx, i);
  let k = i + 1;
  while (/^\p{Lu}$/u.test(t[k]?.text ?? "") && t[k + 1]?.text === ".") k += 2;
  if (k === i + 1 || !word(t[k]) || (whole && whole.hit.entry.ref.label !== "Person") || (whole && i + whole.length > k)) return null;
  let end = k + 1;
  while (word(t[end])) end++;
  const bare = [t[i]!, ...t.slice(k)];
  const known = lookup(ctx.gaz, bare, 0).find((h) => h.hit.entry.ref.label === "Person" && h.length === 1 + end - k);
  if (known) return { ref: known.hit.entry.ref, start: i, end, confidence: 0.9 };
  const name = surface(t, i, end);
  const ref: EntityRef = { label: "Person", id: slug(name) };
  created.push({ ref, name });
  return { ref, start: i, end, confidence: 0.7 };
}

/**
 * The person named at i, if one is. `surname`: one capitalized word is a name too, where a title
 * stands right before it ("o papa Francisco").
 * `apposition`: the name is set off after an office (", Israel Katz,"), where a first name that is
 * also a state's name ("Israel", "Jordan") still begins a name the gazetteer does not know.
 */
function personAt(ctx: Ctx, i: number, created: NewEntity[], surname = false, apposition = false): { ref: EntityRef; start: number; end: number; confidence: number } | null {
  // "Supreme Leader Ayatollah Ali Khamenei", "General Park An-su": the word of address is no part of the name.
  if (ctx.tokens[i] && ctx.lex.honorifics.has(ctx.tokens[i]!.norm) && ctx.tokens[i + 1]?.upper && !bestName(ctx, i)) return personAt(ctx, i + 1, created, surname, apposition);
  const initialled = withInitials(ctx, i, created);
  if (initialled) return initialled;
  const h = bestName(ctx, i, (x) => x.entry.ref.label === "Person");
  const span = capitalizedSpan(ctx, i, false);
  // "Defence Minister Kim Yong-hyun" is not "Kim" (Kim Jong Un) followed by something: a longer unknown name wins.
  const longer = h && span && span.end > i + h.length && unknownSpan(ctx, i + h.length, span.end);
  if (h && !longer) return { ref: h.hit.entry.ref, start: i, end: i + h.length, confidence: 0.95 };
  if (span) {
    // "Marcelo Rebelo de Sousa", "Ulisses Correia e Silva": a particle and a capitalized word no
    // gazetteer knows go on the name ("Lula e Putin" are two); a joiner only before the name's end.
    const t = ctx.tokens;
    for (;;) {
      const p = t[span.end]?.norm ?? "";
      const next = t[span.end + 1];
      if (!next?.upper || next.punct || bestName(ctx, span.end + 1)) break;
      const last = !t[span.end + 2] || t[span.end + 2]!.punct;
      if (ctx.lex.nameParticles.has(p) || (ctx.lex.nameJoiners.has(p) && last)) span.end += 2;
      else break;
      // "Tamim bin Hamad al-Thani": an article joined to a capitalized word goes on too.
      while (((t[span.end]?.upper && !t[span.end]!.punct) || JOINED_ARTICLE.test(t[span.end]?.text ?? "")) && !bestName(ctx, span.end)) span.end++;
    }
  }
  const known = bestName(ctx, i);
  const firstName = apposition && known?.length === 1 && span && span.end - i >= 2 && !bestName(ctx, i + 1);
  if (span && span.end - i >= (surname ? 1 : 2) && (!known || firstName) && !functionWord(ctx.lex, ctx.tokens[i]!)) {
    const name = ctx.tokens.slice(i, span.end).map((t) => t.text).join(" ");
    const ref: EntityRef = { label: "Person", id: slug(name) };
    created.push({ ref, name });
    return { ref, start: i, end: span.end, confidence: 0.7 };
  }
  return null;
}

/** A run of capitalized words, optionally joined by connectors ("Ministério da Defesa"). */
/**
 * "o ministro iraniano dos Negócios Estrangeiros, Abbas Araghchi": the portfolio after the state,
 * capitalized words no gazetteer knows, is part of the office; the name comes after it.
 */
function portfolioEnd(ctx: Ctx, i: number): number {
  const span = portfolioAfter(ctx, i, true);
  return span && ctx.tokens[span.end]?.text === "," ? span.end : i;
}

/** "de Seguridad", "of Home Affairs", "for Foreign Affairs": capitalized words after an office's "of" or "for" that name nothing the gazetteer knows. */
function portfolioAfter(ctx: Ctx, i: number, allowConnectors = false): { end: number } | null {
  if (!["of", "to"].includes(prepositionOf(ctx.lex, ctx.tokens[i]) ?? "")) return null;
  const k = skipDeterminers(ctx, i + 1);
  const span = capitalizedSpan(ctx, k, allowConnectors);
  return span && unknownSpan(ctx, k, span.end) ? span : null;
}

/** A name, of one word or several, whose last word carries a suffix such as "-backed" (a state's or a body's) or "-linked" (a body's), where the gazetteer knows the name. */
function backerBefore(ctx: Ctx, i: number): { ref: EntityRef; end: number } | null {
  const t = ctx.tokens;
  for (let j = i; j < Math.min(t.length, i + 5) && t[j]!.upper && !t[j]!.punct; j++) {
    const dash = t[j]!.text.lastIndexOf("-");
    const suffix = dash > 0 ? fold(t[j]!.text.slice(dash + 1)) : "";
    const affiliated = ctx.lex.affiliationSuffixes.has(suffix);
    if (!affiliated && !ctx.lex.compoundSuffixes.has(suffix)) continue;
    const view = [...t.slice(i, j), ...tokenize(t[j]!.text.slice(0, dash))];
    const hit = lookup(ctx.gaz, view, 0).find((x) => x.length === view.length && (x.hit.entry.ref.label === "Organization" || (!affiliated && x.hit.entry.ref.label === "State")));
    return hit ? { ref: hit.hit.entry.ref, end: j + 1 } : null;
  }
  return null;
}

/** "F-111", "Su-27", "Hwasong-15": a model's designation names a machine, and is no word of a name the gazetteer lacks. */
const designation = (t: Token) => /-\p{N}/u.test(t.text);

function capitalizedSpan(ctx: Ctx, i: number, allowConnectors: boolean): { end: number } | null {
  const t = ctx.tokens;
  if (!t[i]?.upper || t[i]!.punct || designation(t[i]!)) return null;
  let end = i + 1;
  for (;;) {
    // "Asaad al-Shaibani", "Abdel Fattah el-Sisi": a lower-case article joined to a capitalized word goes on the name.
    if ((t[end]?.upper && !t[end]!.punct && !designation(t[end]!)) || JOINED_ARTICLE.test(t[end]?.text ?? "")) end++;
    // "Comisión de la Verdad" and "Chefes de Estado e de Governo" are one name; "la Cicig y la
    // Fiscalía" two: a conjunction before an article joins names, not words of one.
    else if (allowConnectors && t[end] && CONNECTORS.has(t[end]!.norm) && t[end + 1] && (t[end + 1]!.upper || (CONNECTORS.has(t[end + 1]!.norm) && !(isConjunction(ctx.lex, t[end]) && ctx.lex.determiners.has(t[end + 1]!.norm)) && t[end + 2]?.upper))) {
      end += CONNECTORS.has(t[end + 1]!.norm) ? 3 : 2;
    } else break;
  }
  return { end };
}

/**
 * "the Paris agreement", "the Minsk accords": a city written before a lower-case agreement noun
 * names the agreement (as "the Paris Agreement" does), not its state as a party to it.
 */
function cityAgreement(ctx: Ctx, i: number): { end: number; name: string } | null {
  const t = ctx.tokens;
  if (ctx.lex.language !== "en" || !t[i]?.upper || !ctx.lex.determiners.has(t[i - 1]?.norm ?? "")) return null;
  const city = bestName(ctx, i, (x) => (x.entry.ref.label === "Place" && x.how === "name") || x.how === "metonym");
  const noun = city ? t[i + city.length] : undefined;
  if (!city || !noun || noun.upper) return null;
  const single = noun.norm.endsWith("s") ? noun.norm.slice(0, -1) : noun.norm;
  if (!ctx.lex.agreementNouns.some((p) => p.words.length === 1 && (p.words[0]!.text === noun.norm || p.words[0]!.text === single))) return null;
  const end = i + city.length + 1;
  return { end, name: surface(t, i, end) };
}

/**
 * "Tratado de Itaipu", "Anexo C do Tratado de Itaipu", "the Paris Agreement": a capitalized span with
 * an agreement noun and a name word of its own is that agreement, called by its name. A span the
 * gazetteer knows ("North Atlantic Treaty Organization") or that an organization word ends is not.
 */
function namedAgreement(ctx: Ctx, i: number): { end: number; name: string } | null {
  const t = ctx.tokens;
  if (!t[i]?.upper || functionWord(ctx.lex, t[i]!)) return null;
  const span = capitalizedSpan(ctx, i, true);
  if (!span) return null;
  for (let k = i; k < span.end; k++) {
    const n = t[k]!.upper ? at(ctx, k, ctx.lex.agreementNouns) : 0;
    if (!n) continue;
    const own = t.slice(i, span.end).some((x, j) => (i + j < k || i + j >= k + n) && x.upper && !x.punct && !CONNECTORS.has(x.norm));
    // "Mísseis da Aliança Atlântica": a name the gazetteer knows from the noun on is that name.
    const known = bestName(ctx, i);
    const fromNoun = bestName(ctx, k);
    if (!own || (known && i + known.length >= k + n) || (fromNoun && fromNoun.length > n) || headKind(ctx.lex, t.slice(k + n, span.end))) return null;
    // Romance order names it from the noun on ("do Tratado de Itaipu"); English puts the name first.
    return { end: span.end, name: surface(t, k + n < span.end ? k : i, span.end) };
  }
  return null;
}

/** The key an agreement's name is remembered by. */
export const agreementKey = (words: readonly Token[]): string => words.map((w) => w.norm).join(" ");

/** "the treaty", "the last treaty", "um acordo": an agreement noun at k, after an article and at most two lower-case words. */
function describedAsAgreement(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  if (!ctx.lex.determiners.has(t[k]?.norm ?? "")) return false;
  for (let j = k + 1; j <= k + 3 && j < t.length && !t[j]!.punct && !t[j]!.upper; j++) if (at(ctx, j, ctx.lex.agreementNouns)) return true;
  return false;
}

/** Does the gazetteer know none of tokens [from, to)? A name it knows in part is not a new one. */
function unknownSpan(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (bestName(ctx, k)) return false;
  return true;
}

/** "the province of Paktika", "a província moçambicana de Cabo Delgado": a name the gazetteer lacks after the "of" at `of`. */
function unknownNameAfterOf(ctx: Ctx, of: number): { end: number } | null {
  if (prepositionOf(ctx.lex, ctx.tokens[of]) !== "of") return null;
  const span = capitalizedSpan(ctx, of + 1, true);
  return span && unknownSpan(ctx, of + 1, span.end) ? span : null;
}

/**
 * A state's body of a kind ("military", "foreign-ministry"): the one the gazetteer has for that
 * state, or one made up from data/gazetteer/state-bodies.yaml (its new entity is added to `created`).
 */
export function stateBody(gaz: Gazetteer, state: { ref: EntityRef; name: string }, kind: string, created: NewEntity[]): EntityRef {
  const known = gaz.byStateKind.get(`${state.ref.id}:${kind}`);
  if (known) return known.ref;
  const spec = gaz.bodies.get(kind);
  if (!spec) throw new Error(`state-bodies.yaml has no body of kind ${kind}`);
  const ref: EntityRef = { label: "Organization", id: `${spec.id}-${state.ref.id.toLowerCase()}` };
  created.push({ ref, name: spec.name.replace("{state}", state.name), kind: spec.kind ?? kind, state: state.ref.id, body: kind });
  return ref;
}

/** The state body named at i ("coast guard", "troops", "intelligence", "foreign ministry"), longest list first. */
function bodyAt(ctx: Ctx, i: number): { kind: string; length: number } | null {
  for (const [ps, kind] of [[ctx.lex.coastGuard, "coastguard"], [ctx.lex.forces, "military"], [ctx.lex.intelligence, "intelligence"], [ctx.lex.reliefSocieties, "relief"]] as const) {
    const length = at(ctx, i, ps);
    if (length) return { kind, length };
  }
  return namedBodyAt(ctx.lex, ctx.tokens, i);
}

/** "the foreign ministry", "a chancelaria", "el Congreso": a body of government by its kind at i. */
export function namedBodyAt(lex: Lexicon, tokens: readonly Token[], i: number): { kind: string; length: number } | null {
  const b = firstMatch(tokens, i, lex.stateBodies, (x) => x.pattern);
  return b ? { kind: b.item.kind, length: b.length } : null;
}

function functionWord(lex: Lexicon, t: Token): boolean {
  // "Nenhum Estado abandonou": a word for no one opens no name; nor does "Fuentes del Gobierno".
  return lex.determiners.has(t.norm) || lex.possessives.has(t.norm) || isConjunction(lex, t) || lex.relativePronouns.has(t.norm) || lex.negativeSubjects.has(t.norm) || lex.sourceNouns.has(t.norm) || prepositionOf(lex, t) !== undefined;
}

/** "without agreement", "sem um acordo": the word at i follows a word of absence, an article between at most. */
function afterAbsence(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  const k = i > 0 && lex.determiners.has(tokens[i - 1]!.norm) ? i - 2 : i - 1;
  return k >= 0 && lex.absence.has(tokens[k]!.norm);
}

function at(ctx: Ctx, i: number, ps: readonly Pattern[]): number {
  return matchAny(ctx.tokens, i, ps)?.length ?? 0;
}

/** What the article has named before the sentence, for the names no gazetteer holds. */
export interface NamedSoFar {
  /**
   * The surnames (folded) of the people the article has already named in full, so that "Paz
   * viajará", after "Rodrigo Paz", is that person even where the gazetteer does not know them.
   */
  people?: ReadonlyMap<string, EntityRef>;
  /** The agreements it has called by a name of their own ("New START, the last treaty ..."), by the name's folded words. */
  agreements?: ReadonlySet<string>;
  /** Acronyms the article gave bodies in brackets ("Movimiento Revolucionario Túpac Amaru (MRTA)"), as written. */
  acronyms?: ReadonlyMap<string, EntityRef>;
}

/** What the parse says of the sentence's tokens that finding names needs. */
export interface SentenceSyntax {
  /** The tokens that are a verb's object. */
  objects?: ReadonlySet<number>;
  /** The tokens that are, alone, a proper name and a verb's subject. */
  subjects?: ReadonlySet<number>;
  /** Whether the sentence opens with a verb ("Morreram Shao Yunhuan, ..."), which is no part of a name. */
  leadingVerb?: boolean;
  /** Where the story's dateline ends in the sentence's tokens. */
  datelineEnd?: number;
}

export function findMentions(tokens: Token[], sentence: number, lex: Lexicon, gaz: Gazetteer, named: NamedSoFar = {}, syntax: SentenceSyntax = {}): SentenceMentions {
  const { people, agreements, acronyms } = named;
  const ctx: Ctx = { tokens, lex, gaz, sentence, objects: syntax.objects ?? new Set(), subjects: syntax.subjects ?? new Set(), datelineEnd: syntax.datelineEnd ?? 0 };
  const out: SentenceMentions = { mentions: [], facts: [], created: [], possessiveGov: [], pairs: [], members: [], untitled: [], bareBodies: [] };
  const push = (m: Mention) => {
    m.text = surface(tokens, m.from, m.to);
    out.mentions.push(m);
    return m;
  };
  /** A name the gazetteer lacks becomes an entity of its own, named as written (the mention may run on to `mentionTo`). */
  const newName = (from: number, to: number, label: EntityRef["label"], confidence: number, more: { kind?: string; state?: string } = {}, mentionTo = to): EntityRef => {
    const name = tokens.slice(from, to).map((x) => x.text).join(" ").replace(/ (['’]s)\b/g, "$1");
    const ref: EntityRef = { label, id: slug(name) };
    out.created.push({ ref, name, ...more });
    push(mention(ctx, from, mentionTo, "entity", ref, confidence));
    return ref;
  };
  /**
   * A role and its state end at `end`; a name after it (", Vladimir Putin" or "Vladimir Putin") is the
   * person who holds the role. Returns where reading goes on.
   */
  let lastRole: { role: string; member: boolean } | undefined;
  const rolePhrase = (from: number, end: number, noun: { role: string; member: boolean; byState?: Record<string, string> }, state: GazEntry): number => {
    const office = noun.byState?.[state.ref.id];
    const role = office ? { role: office, member: false } : noun;
    lastRole = role;
    const person = personAt(ctx, tokens[end]?.text === "," ? end + 1 : end, out.created, false, tokens[end]?.text === ",");
    if (!person && role.member) {
      // "la embajadora estadounidense ante la ONU, Nikki Haley": where an envoy is posted may come
      // between the title and the name. The title still stands for the state, and the post and the
      // name are read on as any other words; the name serves the state.
      const posting = matchAny(tokens, end, ctx.lex.postings);
      const post = posting ? capitalizedSpan(ctx, end + posting.length, false) : null;
      const named = post && tokens[post.end]?.text === "," ? personAt(ctx, post.end + 1, [], false, true) : null;
      if (named) out.facts.push({ type: "PART_OF", from: named.ref, to: state.ref, role: role.role });
    }
    if (!person) {
      // "o ministro da defesa russo" unnamed acts for Russia; only a head ("o presidente russo") is a person we can name.
      if (role.member) push(mention(ctx, from, end, "entity", state.ref, 0.7, { alias: "" }));
      else push(mention(ctx, from, end, "role", undefined, 0.8, { role: role.role, roleState: state.ref.id }));
      return end;
    }
    push(mention(ctx, from, person.end, "entity", person.ref, person.confidence, { role: role.role, roleState: state.ref.id, alias: spanText(ctx, person.start, person.end) }));
    out.facts.push({ type: role.member ? "PART_OF" : "LEADS", from: person.ref, to: state.ref, role: role.role });
    return person.end;
  };
  /** A private person named after words ending at `end` that give their nationality: their mention, and their PART_OF each state. Where reading goes on (0: no one was). */
  const nationalNamed = (from: number, end: number, states: readonly EntityRef[]): number => {
    const comma = tokens[end]?.text === ",";
    const person = personAt(ctx, comma ? end + 1 : end, out.created, false, comma);
    if (!person) return 0;
    push(mention(ctx, from, person.end, "entity", person.ref, person.confidence, { alias: spanText(ctx, person.start, person.end) }));
    for (const st of states) out.facts.push({ type: "PART_OF", from: person.ref, to: st, role: NATIONAL_ROLE });
    return person.end;
  };
  /** A state's body of a kind named at [from, to): its mention, and its PART_OF the state. */
  const bodyMention = (from: number, to: number, state: GazEntry, kind: string): EntityRef => {
    const ref = stateBody(gaz, state, kind, out.created);
    push(mention(ctx, from, to, "entity", ref, 0.85));
    out.facts.push({ type: "PART_OF", from: ref, to: state.ref });
    return ref;
  };
  /** The holder of an office named without its state, which the rest of the sentence may give. */
  const untitledHolder = (holder: { ref: EntityRef; start: number; end: number; confidence: number }, role: { role: string; member: boolean; of?: string }): number => {
    // "Defense Secretary Lloyd Austin spoke with his Russian counterpart, Sergei Shoigu": the office a counterpart holds.
    lastRole = { role: role.role, member: role.member };
    push(mention(ctx, holder.start, holder.end, "entity", holder.ref, holder.confidence, { role: role.role }));
    out.untitled.push({ person: holder.ref, role: role.role, member: role.member, of: role.of });
    return holder.end;
  };
  let i = syntax.leadingVerb && !bestName(ctx, 0) ? 1 : 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.punct) {
      i++;
      continue;
    }
    // "de acordo com": a reporting phrase, not an agreement.
    const cue = matchAny(tokens, i, lex.reportingBefore);
    if (cue) {
      i += cue.length;
      continue;
    }
    const grouped = namedGroup(ctx, i);
    if (grouped) {
      newName(i, grouped.end, "Organization", 0.6, { kind: grouped.kind });
      i = grouped.end;
      continue;
    }
    // English order: "Russian President Vladimir Putin", "North Korean troops", "Russia's Kursk region".
    const pre = demonymAt(ctx, i) ?? (() => {
      const h = bestName(ctx, i, (x) => x.entry.ref.label === "State" && x.how !== "demonym");
      return h ? { entry: h.hit.entry, end: i + h.length + (tokens[i + h.length]?.text === "'s" ? 1 : 0) } : null;
    })();
    // "British-Iranian aid worker Nazanin Zaghari-Ratcliffe", "U.S. basketball star Brittney Griner":
    // a private person, of the states the words before name.
    if (lex.language === "en" && t.upper) {
      const nat = pre ? (pre.entry.ref.label === "State" ? { states: [pre.entry.ref], end: pre.end } : null) : nationalitiesAt(ctx, i);
      const noun = nat ? nationalNounAt(ctx, nat.end) : 0;
      const end = noun ? nationalNamed(i, noun, nat!.states) : 0;
      if (end) {
        i = end;
        continue;
      }
    }
    const english = !!pre && lex.language === "en";
    let afterPre = pre?.end ?? i;
    while (english && tokens[afterPre] && lex.roleModifiers.has(tokens[afterPre]!.norm)) afterPre++;
    const preRole = english ? firstMatch(tokens, afterPre, lex.roles, (r) => r.pattern)?.item : undefined;
    // "Irish Republican Army", "Sudan People's Liberation Army": a group the gazetteer names whole is
    // no state's body; "U.S. Treasury Secretary" is still an office.
    const wholeGroup = english && !preRole ? bestName(ctx, i, (x) => x.entry.ref.label === "Organization") : null;
    if (pre && english && !(wholeGroup && i + wholeGroup.length > pre.end)) {
      const j = afterPre;
      if (preRole) {
        // "Pakistan's Minister of State for Foreign Affairs, Zain Noorani": the portfolio is the office's.
        i = rolePhrase(i, portfolioEnd(ctx, j + preRole.pattern.words.length), preRole, pre.entry);
        continue;
      }
      const b = bodyAt(ctx, j);
      if (b) {
        bodyMention(i, j + b.length, pre.entry, b.kind);
        i = j + b.length;
        continue;
      }
      // "his Afghan counterpart, Mullah Mohammad Yaqoob": the same office in the other state.
      const c = at(ctx, j, lex.counterparts);
      if (c && lastRole && personAt(ctx, tokens[j + c]?.text === "," ? j + c + 1 : j + c, [])) {
        i = rolePhrase(i, j + c, lastRole, pre.entry);
        continue;
      }
      const g = at(ctx, j, lex.government) || c;
      if (g) {
        push(mention(ctx, i, j + g, "entity", pre.entry.ref, 0.9, { viaDemonym: true, alias: "" }));
        i = j + g;
        continue;
      }
      const p = at(ctx, j, lex.places);
      if (p) {
        const k = j + p;
        const place = tokens[k]?.norm === "of" ? bestName(ctx, k + 1, (x) => x.entry.ref.label === "Place") : null;
        // "the Afghan province of Paktika": a name the gazetteer lacks is still a place, inside that state.
        const named = place ? null : unknownNameAfterOf(ctx, k);
        if (place) {
          push(mention(ctx, i, k + 1 + place.length, "entity", place.hit.entry.ref, 0.9));
          out.facts.push({ type: "LOCATED_IN", from: place.hit.entry.ref, to: pre.entry.ref });
          i = k + 1 + place.length;
        } else if (named) {
          push(mention(ctx, i, k, "location", pre.entry.ref, 0.8, { alias: "" }));
          out.facts.push({ type: "LOCATED_IN", from: newName(k + 1, named.end, "Place", 0.6), to: pre.entry.ref });
          i = named.end;
        } else {
          push(mention(ctx, i, k, "location", pre.entry.ref, 0.8, { alias: "" }));
          i = k;
        }
        continue;
      }
    }

    // "o jornalista norte-americano Evan Gershkovich", "la cooperante española X".
    const national = lex.language === "en" ? 0 : at(ctx, i, lex.nationals);
    if (national) {
      let j = i + national;
      while (tokens[j] && lex.roleModifiers.has(tokens[j]!.norm)) j++;
      const nat = nationalitiesAt(ctx, j);
      const end = nat ? nationalNamed(i, nat.end, nat.states) : 0;
      if (end) {
        i = end;
        continue;
      }
    }
    // Role phrase: "o presidente russo, Vladimir Putin", "el presidente de EE.UU., Donald Trump".
    const role = firstMatch(tokens, i, lex.roles, (r) => r.pattern)?.item;
    if (role) {
      let j = i + role.pattern.words.length;
      while (tokens[j] && lex.roleModifiers.has(tokens[j]!.norm)) j++;
      const q = qualifyingState(ctx, j);
      if (q) {
        i = rolePhrase(i, portfolioEnd(ctx, q.end), role, q.entry);
        // "os presidentes do Brasil, Lula, e do Paraguai, Santiago Peña": the same office in each state named.
        for (;;) {
          const k = tokens[i]?.text === "," ? i + 1 : i;
          const next = tokens[k] && isConjunction(lex, tokens[k]) ? qualifyingState(ctx, k + 1) : null;
          if (!next || !personAt(ctx, tokens[next.end]?.text === "," ? next.end + 1 : next.end, [])) break;
          i = rolePhrase(k + 1, next.end, role, next.entry);
        }
        continue;
      }
      // "el ministro de Seguridad de Honduras, Ramón Sabillón": a portfolio the lexicon lacks between
      // the office and its state; with no state ("el ministro de Seguridad, Ramón Sabillón") the office
      // is held in a state the rest of the sentence names, as for a bare office.
      const portfolio = portfolioAfter(ctx, j);
      if (portfolio) {
        const inState = qualifyingState(ctx, portfolio.end);
        if (inState) {
          i = rolePhrase(i, inState.end, role, inState.entry);
          continue;
        }
        const holder = tokens[portfolio.end]?.text === "," ? personAt(ctx, portfolio.end + 1, out.created, false, true) : null;
        if (holder) {
          i = untitledHolder(holder, role);
          continue;
        }
      }
      // "o porta-voz do governo, Olivier Véran": an office in a government the phrase does not name
      // is held in the state the rest of the sentence names, as for a bare office.
      if (prepositionOf(lex, tokens[j]) === "of") {
        let g = j + 1;
        while (tokens[g] && lex.determiners.has(tokens[g]!.norm)) g++;
        const gov = at(ctx, g, lex.government);
        const holder = gov && tokens[g + gov]?.text === "," ? personAt(ctx, g + gov + 1, out.created, false, true) : null;
        if (holder) {
          i = untitledHolder(holder, role);
          continue;
        }
        // "a porta-voz da diplomacia russa, Maria Zakharova": the office is in that state;
        // "el portavoz de la cancillería china, Wang Wenbin": in that state's body, which is named too.
        const body = namedBodyAt(lex, tokens, g);
        const inState = body ? qualifyingState(ctx, g + body.length) : gov ? qualifyingState(ctx, g + gov) : null;
        const named = inState && tokens[inState.end]?.text === "," ? personAt(ctx, inState.end + 1, out.created, false, true) : null;
        if (inState && named && body) {
          const ref = bodyMention(g, inState.end, inState.entry, body.kind);
          push(mention(ctx, named.start, named.end, "entity", named.ref, named.confidence, { role: role.role }));
          out.facts.push({ type: role.member ? "PART_OF" : "LEADS", from: named.ref, to: ref, role: role.role });
          lastRole = role;
          i = named.end;
          continue;
        }
        if (inState && named) {
          i = rolePhrase(i, inState.end, role, inState.entry);
          continue;
        }
      }
      // "el secretario general de la ONU, António Guterres", "NATO Secretary-General Mark Rutte": the
      // office is in an organization named after the role noun or right before it.
      let k = j + 1;
      while (tokens[k] && lex.determiners.has(tokens[k]!.norm)) k++;
      const after = prepositionOf(lex, tokens[j]) === "of" ? bestName(ctx, k, (x) => x.entry.ref.label === "Organization") : null;
      const before = out.mentions.at(-1);
      // "o diretor-geral da agência": the organization of that kind the sentence has named.
      const head = !after && prepositionOf(lex, tokens[j]) === "of" && !tokens[k]?.upper ? firstMatch(tokens, k, lex.organizationHeads, (h) => h.pattern) : null;
      const named = head ? out.mentions.filter((m) => m.entity?.label === "Organization").at(-1)?.entity : undefined;
      const org = after?.hit.entry.ref ?? named ?? (before?.to === i && before.entity?.label === "Organization" ? before.entity : undefined);
      const end = after ? k + after.length : named ? k + head!.length : j;
      const person = org ? personAt(ctx, tokens[end]?.text === "," ? end + 1 : end, out.created) : null;
      if (org && person) {
        if (after) push(mention(ctx, k, end, "entity", org, 0.95));
        push(mention(ctx, person.start, person.end, "entity", person.ref, person.confidence, { role: role.role }));
        out.facts.push({ type: role.member ? "PART_OF" : "LEADS", from: person.ref, to: org, role: role.role });
        i = person.end;
        continue;
      }
      // "Prime Minister Abiy Ahmed", "el presidente José Raúl Mulino": the holder of an office whose
      // state is not in the phrase; extraction looks for it in the rest of the sentence.
      const holder = personAt(ctx, tokens[j]?.text === "," ? j + 1 : j, out.created, tokens[j]?.text !== ",");
      if (holder) {
        i = untitledHolder(holder, role);
        continue;
      }
      // "o ministro dos Negócios Estrangeiros, Paulo Rangel": an office named without its state has
      // capitalized words that are no name of their own.
      if (tokens.slice(i + 1, j).some((x) => x.upper)) {
        i = j;
        continue;
      }
      // "acusaram o primeiro-ministro de traição", "the prime minister said": an office alone, after a
      // definite article, is whoever the article has named holding it (resolved with the article so far).
      const article = tokens[i - 1];
      let next = j + 1;
      while (tokens[next] && lex.determiners.has(tokens[next]!.norm)) next++;
      const ofName = prepositionOf(lex, tokens[j]) === "of" && tokens[next]?.upper;
      if (article && lex.determiners.has(article.norm) && !lex.indefiniteArticles.has(article.norm) && !tokens[j]?.upper && !ofName) {
        push(mention(ctx, i, j, "role", undefined, 0.6, { role: role.role, alias: "" }));
        i = j;
        continue;
      }
    }

    // "o governo russo", "a liderança russa", "o seu governo"; "o seu homólogo saudita" only with its state.
    const gov = at(ctx, i, lex.government);
    const counterpart = gov ? 0 : at(ctx, i, lex.counterparts);
    if (gov || counterpart) {
      const q = qualifyingState(ctx, i + (gov || counterpart));
      // "o presidente argentino, Javier Milei, e o seu homólogo chileno, Gabriel Boric": the
      // counterpart holds the same office in the other state.
      if (q && counterpart && lastRole && personAt(ctx, tokens[q.end]?.text === "," ? q.end + 1 : q.end, [])) {
        i = rolePhrase(i, q.end, lastRole, q.entry);
        continue;
      }
      if (q) {
        push(mention(ctx, i, q.end, "entity", q.entry.ref, 0.9, { viaDemonym: true, alias: "" }));
        i = q.end;
        continue;
      }
      // "el Gobierno de Gustavo Petro": the government of a person the gazetteer knows is theirs;
      // the name that follows is the mention, and no organization is made up of the phrase.
      const of = i + (gov || counterpart);
      if (gov && prepositionOf(lex, tokens[of]) === "of" && bestName(ctx, of + 1, (x) => x.entry.ref.label === "Person")) {
        i = of + 1;
        continue;
      }
      if (gov && i > 0 && lex.possessives.has(tokens[i - 1]!.norm)) {
        out.possessiveGov.push(push(mention(ctx, i - 1, i + gov, "entity", undefined, 0.7, { alias: "" })));
        i += gov;
        continue;
      }
    }

    // "tropas norte-coreanas", "forças russas", "serviços secretos sul-coreanos".
    const named = bodyAt(ctx, i);
    const qualified = named ? qualifyingState(ctx, i + named.length) : null;
    const body = named && qualified ? { q: qualified, kind: named.kind } : null;
    if (body) {
      bodyMention(i, body.q.end, body.q.entry, body.kind);
      i = body.q.end;
      continue;
    }

    // "the foreign ministry said", "La Fiscalía de la Nación abrió": a body of government by its kind
    // alone. A name of two capitalized words or more is also read as an organization's below, for a
    // story with no dateline to say whose body it is.
    const alone = named && !body ? namedBodyAt(lex, tokens, i) : null;
    if (alone && (i === 0 || (lex.determiners.has(tokens[i - 1]!.norm) && !lex.indefiniteArticles.has(tokens[i - 1]!.norm)))) {
      const end = i + alone.length;
      if (!tokens[end]?.upper && !(prepositionOf(lex, tokens[end]) && tokens[end + 1]?.upper)) {
        out.bareBodies.push({ from: i, to: end, kind: alone.kind });
        const asName = t.upper && capitalizedSpan(ctx, i, true)?.end === end && end - i >= 2;
        if (!asName) {
          i = end;
          continue;
        }
      }
    }

    // "the small Balkan state of Montenegro", "o pequeno país balcânico do Montenegro": the state
    // itself, an actor, not a place in it (as "o estado do Alasca" is).
    if (lex.stateNouns.has(t.norm) && !t.upper) {
      const named = qualifyingState(ctx, i + 1, false);
      if (named) {
        push(mention(ctx, i, named.end, "entity", named.entry.ref, 0.9));
        i = named.end;
        continue;
      }
    }

    // Place phrases: "região fronteiriça russa de Kursk", "estado do Alasca", "linha da frente ucraniana".
    const pl = at(ctx, i, lex.places);
    if (pl && !tokens[i]!.upper) {
      let j = i + pl;
      const q = qualifyingState(ctx, j);
      if (q) j = q.end;
      const ofPlace = tokens[j] && prepositionOf(lex, tokens[j]) === "of" ? bestName(ctx, j + 1, (x) => x.entry.ref.label === "Place") : null;
      if (ofPlace) {
        const place = ofPlace.hit.entry;
        push(mention(ctx, i, j + 1 + ofPlace.length, "entity", place.ref, 0.9));
        const container = q?.entry.ref.id ?? place.state;
        if (container) out.facts.push({ type: "LOCATED_IN", from: place.ref, to: { label: "State", id: container } });
        i = j + 1 + ofPlace.length;
        continue;
      }
      // "a província moçambicana de Cabo Delgado", "the city of El Fasher": a name the gazetteer
      // lacks is still a place, inside the state the phrase names.
      const named = unknownNameAfterOf(ctx, j);
      if (named) {
        if (q) push(mention(ctx, i, j, "location", q.entry.ref, 0.8, { alias: "" }));
        const place = newName(j + 1, named.end, "Place", 0.6);
        if (q) out.facts.push({ type: "LOCATED_IN", from: place, to: q.entry.ref });
        i = named.end;
        continue;
      }
      if (q) {
        push(mention(ctx, i, j, "location", q.entry.ref, 0.8, { alias: "" }));
        i = j;
        continue;
      }
    }

    // "the allies", "o bloco", "los Estados miembros", "a organização"; "la Organización de los
    // Estados Americanos" is a name.
    const members = at(ctx, i, lex.memberAnaphora);
    if (members && !tokens[i + members - 1]!.upper) {
      out.members.push(push(mention(ctx, i, i + members, "entity", undefined, 0.6, { alias: "" })));
      i += members;
      continue;
    }

    // "as duas nações", "both countries", "los tres países".
    const pair = at(ctx, i, lex.pairAnaphora);
    const group = pair ? undefined : firstMatch(tokens, i, lex.groupAnaphora, (g) => g.pattern);
    if (pair || group) {
      const length = pair || group!.length;
      out.pairs.push(push(mention(ctx, i, i + length, "entity", undefined, 0.7, { alias: "", sides: group?.item.sides ?? 2 })));
      i += length;
      continue;
    }

    // Organization names the gazetteer lacks: "Ministério da Defesa da Rússia".
    const head = t.upper ? firstMatch(tokens, i, lex.organizationHeads, (h) => h.pattern)?.item : undefined;
    if (head) {
      const span = capitalizedSpan(ctx, i, true);
      const known = bestName(ctx, i, (x) => x.entry.ref.label === "Organization");
      if (span && span.end - i >= 2 && !(known && i + known.length >= span.end)) {
        let state: string | undefined;
        for (let k = i + 1; k < span.end && !state; k++) {
          const s = bestName(ctx, k, (x) => x.entry.ref.label === "State" && x.how === "name");
          if (s) state = s.hit.entry.ref.id;
        }
        // "el Ministerio de Relaciones Exteriores brasileño": a demonym right after the name.
        const after = state ? null : demonymAt(ctx, span.end);
        state ??= after?.entry.ref.id;
        // "Oficina de Derechos Humanos de la ONU": an office of a known organization is part of it.
        let parent: EntityRef | undefined;
        for (let k = i + 1; k < span.end && !state && !parent; k++) {
          const o = bestName(ctx, k, (x) => x.entry.ref.label === "Organization");
          if (o && k + o.length === span.end && ofBefore(lex, tokens, k) !== undefined) parent = o.hit.entry.ref;
        }
        // "the IAEA's Board of Governors": a body named as a known organization's is part of it.
        if (!state && !parent && /^['’]s$/.test(tokens[i - 1]?.text ?? "")) {
          for (let k = Math.max(0, i - 6); k < i - 1 && !parent; k++) {
            const o = bestName(ctx, k, (x) => x.entry.ref.label === "Organization");
            if (o && k + o.length === i - 1) parent = o.hit.entry.ref;
          }
        }
        const ref = newName(i, span.end, "Organization", 0.6, { kind: head.kind, state }, after?.end ?? span.end);
        const bare = out.bareBodies.at(-1);
        if (!state && !parent && bare?.from === i && bare.to === span.end) bare.fallback = out.mentions.at(-1);
        if (state) out.facts.push({ type: "PART_OF", from: ref, to: { label: "State", id: state } });
        if (parent) out.facts.push({ type: "PART_OF", from: ref, to: parent });
        i = after?.end ?? span.end;
        continue;
      }
    }

    const titled = namedAgreement(ctx, i) ?? cityAgreement(ctx, i);
    if (titled) {
      push(mention(ctx, i, titled.end, "agreement", undefined, 0.85, { name: titled.name }));
      i = titled.end;
      continue;
    }
    // Agreements: "acordo de parceria estratégica", "strategic partnership agreement", "proposta de cessar-fogo".
    // "A Aliança Atlântica": a body the gazetteer names is no agreement its head noun would make.
    const ag = at(ctx, i, lex.agreementNouns);
    const gazetteerBody = ag && t.upper ? bestName(ctx, i, (x) => x.entry.ref.label === "Organization" && x.how === "name") : null;
    if (ag && !afterAbsence(lex, tokens, i) && !(gazetteerBody && gazetteerBody.length > ag)) {
      let from = i;
      let to = i + ag;
      // English puts the qualifiers first: "mutual defence agreement".
      while (from > 0 && lex.language === "en" && !tokens[from - 1]!.punct && !lex.determiners.has(tokens[from - 1]!.norm) && !prepositionOf(lex, tokens[from - 1]) && lex.agreementKinds.some((k) => k.pattern.words.some((w) => w.text === tokens[from - 1]!.norm))) from--;
      // Romance languages after: "acordo de parceria estratégica", "acuerdo de alto el fuego".
      while (to < tokens.length - 1 && prepositionOf(lex, tokens[to]) === "of" && !tokens[to + 1]!.upper) {
        let k = to + 1;
        while (k < tokens.length && k < to + 4 && !tokens[k]!.punct && !tokens[k]!.upper && !prepositionOf(lex, tokens[k]) && !lex.relativePronouns.has(tokens[k]!.norm) && !lex.determiners.has(tokens[k]!.norm) && !isConjunction(lex, tokens[k])) k++;
        if (k === to + 1) break;
        to = k;
      }
      while (to < tokens.length && !tokens[to]!.punct && !tokens[to]!.upper && firstMatch(tokens, to, lex.agreementKinds, (k) => k.pattern)) to++;
      push(mention(ctx, from, to, "agreement", undefined, 0.8));
      i = to;
      continue;
    }

    // "East China Sea", "Sea of Japan": a name that ends or starts with a place word is that place,
    // not the state it names.
    const region = regional(ctx, i);
    const h = bestName(ctx, i, (x) => !(region && x.how === "demonym"));
    if (t.upper && (i > 0 || !functionWord(lex, t))) {
      const span = capitalizedSpan(ctx, i, true);
      const words = span ? tokens.slice(i, span.end) : [];
      if (span && words.length >= 2 && (lex.placeHeads.has(words[0]!.norm) || lex.placeHeads.has(words.at(-1)!.norm)) && !(h && i + h.length >= span.end) && !headKind(lex, words)) {
        newName(i, span.end, "Place", 0.6);
        i = span.end;
        continue;
      }
    }

    // "atolón Second Thomas", "ilha Thitu": a name the gazetteer lacks right after a place word is that place.
    if (t.upper && i > 0 && !tokens[i - 1]!.upper && lex.placeHeads.has(tokens[i - 1]!.norm) && !h && !lex.modifiersBeforeNoun) {
      const span = capitalizedSpan(ctx, i, true);
      if (span && unknownSpan(ctx, i, span.end)) {
        newName(i - 1, span.end, "Place", 0.6);
        i = span.end;
        continue;
      }
    }

    // "a British-flagged tanker", "Islamic State-linked insurgents", "Muslim Brotherhood-backed
    // candidates": a known state or body before one of these suffixes says whose the thing is.
    const backer = t.upper ? backerBefore(ctx, i) : null;
    if (backer) {
      push(mention(ctx, i, backer.end, "entity", backer.ref, 0.8, { viaDemonym: true, alias: "" }));
      i = backer.end;
      continue;
    }
    // Gazetteer names: people, states, metonyms, demonyms, organizations, places.
    // "Kim Yo Jong" is not "Kim" (Kim Jong Un) followed by something: a longer unknown name wins.
    const longer = h && h.hit.entry.ref.label === "Person" ? capitalizedSpan(ctx, i, false) : null;
    if (h && longer && longer.end > i + h.length && unknownSpan(ctx, i + h.length, longer.end)) {
      newName(i, longer.end, "Person", 0.6);
      i = longer.end;
      continue;
    }
    if (h) {
      // "em Moscovo", "in Nairobi", "the capital Sanaa": a capital where something happens, or one a
      // place word names, is the city, not its state.
      // "demonstrations in Damascus, Baghdad, Beirut and Tripoli": a capital listed right after a place,
      // after a comma or "and", is a place too.
      const prev = out.mentions.at(-1);
      const listed = i > 1 && prev?.to === i - 1 && ((prev.kind === "entity" && prev.entity?.label === "Place") || prev.kind === "location") && (tokens[i - 1]!.text === "," || isConjunction(lex, tokens[i - 1]));
      const cityCue = prepositionOf(lex, tokens[i - 1]) === "in" || (i > 0 && lex.cityHeads.has(tokens[i - 1]!.norm)) || listed || i < ctx.datelineEnd;
      const city = h.hit.how === "metonym" && cityCue ? bestName(ctx, i, (x) => x.entry.ref.label === "Place" && x.how === "name") : null;
      const e = city && city.length === h.length ? city.hit.entry : h.hit.entry;
      const end = i + h.length;
      // "a agência noticiosa russa TASS": the demonym describes the organization that follows.
      if (h.hit.how === "demonym") {
        const next = bestName(ctx, end, (x) => x.entry.ref.label === "Organization" || x.entry.ref.label === "Person");
        if (next) {
          if (next.hit.entry.ref.label === "Organization") out.facts.push({ type: "PART_OF", from: next.hit.entry.ref, to: e.ref });
          push(mention(ctx, end, end + next.length, "entity", next.hit.entry.ref, 0.95));
          i = end + next.length;
          continue;
        }
        // "the Russian Defence Ministry": an organization the gazetteer lacks, of the state the demonym names.
        const span = capitalizedSpan(ctx, end, true);
        const kind = span ? headKind(lex, tokens.slice(end, span.end)) : undefined;
        if (span && kind && e.ref.label === "State" && unknownSpan(ctx, end, span.end)) {
          const ref = newName(i, span.end, "Organization", 0.6, { kind, state: e.ref.id });
          out.facts.push({ type: "PART_OF", from: ref, to: e.ref });
          i = span.end;
          continue;
        }
      }
      push(mention(ctx, i, end, "entity", e.ref, h.hit.how === "name" ? 0.95 : 0.85, { viaDemonym: h.hit.how === "demonym", viaMetonym: e === h.hit.entry && h.hit.how === "metonym" }));
      i = end;
      continue;
    }

    const known = t.upper ? people?.get(t.norm) : undefined;
    if (known && !tokens[i + 1]?.upper) {
      push(mention(ctx, i, i + 1, "entity", known, 0.8));
      i++;
      continue;
    }
    // "el MRTA acusó", after "Movimiento Revolucionario Túpac Amaru (MRTA)".
    const short = acronyms?.get(t.text);
    if (short) {
      push(mention(ctx, i, i + 1, "entity", short, 0.85));
      i++;
      continue;
    }

    // Unknown capitalized names: two words or more. At the start of a sentence, or of a text after its
    // dateline ("SANTIAGO - The UNASUR bloc"), every word is capitalized, so there a function word
    // ("Em", "The", "Segundo") cannot begin a name.
    if (t.upper && ((i > 0 && !tokens[i - 1]!.punct) || !functionWord(lex, t))) {
      // "Ayatollah Ali Khamenei": a word of address before a name of two words or more is left out of it.
      if (lex.honorifics.has(t.norm) && tokens[i + 1]?.upper && tokens[i + 2]?.upper && !tokens[i + 1]!.punct) {
        i++;
        continue;
      }
      // "LIMA.- El Congreso destituyó": an article capitalized after a dateline begins no name before a body's words.
      if (lex.determiners.has(t.norm) && namedBodyAt(lex, tokens, i + 1)) {
        i++;
        continue;
      }
      const initialled = withInitials(ctx, i, out.created);
      if (initialled) {
        push(mention(ctx, i, initialled.end, "entity", initialled.ref, initialled.confidence));
        i = initialled.end;
        continue;
      }
      // "Mikhail Gorbachev and Ronald Reagan": a run joined by "and" to a known name is read up to the "and".
      const joined = capitalizedSpan(ctx, i, true);
      const plain = joined && !unknownSpan(ctx, i, joined.end) ? capitalizedSpan(ctx, i, false) : null;
      const atJoint = plain && isConjunction(lex, tokens[plain.end]);
      let span = plain && atJoint && plain.end - i >= 2 && unknownSpan(ctx, i, plain.end) ? plain : joined;
      // "sanctioned Wang Junzheng and Chen Mingguo": two names of two words or more joined by "and"
      // are two people, unless the whole says it is a body or a place ("Ministry of Trade and Industry").
      const first = span === joined && joined ? capitalizedSpan(ctx, i, false) : null;
      if (first && joined && isConjunction(lex, tokens[first.end]) && first.end - i >= 2 && joined.end - first.end - 1 >= 2) {
        const whole = tokens.slice(i, joined.end);
        if (!headKind(lex, whole) && !whole.some((w) => lex.placeHeads.has(w.norm))) span = first;
      }
      // "near Wuqiu and Dongyin": after a preposition of place, "and" ends the name of one place.
      if (span && placePreposition(lex, tokens[i - 1])) {
        const and = tokens.slice(i, span.end).findIndex((w) => isConjunction(lex, w));
        if (and > 0) span = { end: i + and };
      }
      // "Foreign Affairs Undersecretary Theresa Lazaro": an office inside the run ends its portfolio;
      // the office and the name after it are read from there.
      const office = span ? tokens.slice(i + 1, span.end).findIndex((_, j) => firstMatch(tokens, i + 1 + j, lex.roles, (r) => r.pattern) && tokens[i + 2 + j]?.upper) : -1;
      if (span && office >= 0) {
        i += 1 + office;
        continue;
      }
      // "Swiss commodities trader Gunvor", "oilfield services company Baker Hughes", "la constructora
      // Odebrecht": a name no gazetteer knows right after a word for a firm is that firm.
      if (span && i > 0 && !tokens[i - 1]!.upper && lex.firms.has(tokens[i - 1]!.norm) && unknownSpan(ctx, i, span.end) && !headKind(lex, tokens.slice(i, span.end))) {
        newName(i, span.end, "Organization", 0.6, { kind: "company" });
        i = span.end;
        continue;
      }
      if (span && span.end - i >= 2 && unknownSpan(ctx, i, span.end)) {
        const words = tokens.slice(i, span.end);
        // "World War Two", "Nobel Peace Prize": an occasion, no actor (nor a place, nor a person).
        if (words.some((w) => lex.occasionHeads.has(w.norm))) {
          i = span.end;
          continue;
        }
        // "Last September", "Early Monday": a date, not a name.
        if (words.some((w) => lex.dates.months.has(w.norm) || lex.dates.weekdays.has(w.norm))) {
          i = span.end;
          continue;
        }
        const kind = headKind(lex, words);
        // "in Macomia", "em Macomia": after a preposition of place, an unknown name is a place.
        // "El Fasher, the capital of North Darfur": an apposition of a place noun says what it is.
        const next = tokens[span.end]?.text === "," ? span.end + 1 : -1;
        const described = next > 0 && (at(ctx, next, lex.places) > 0 || (lex.determiners.has(tokens[next]?.norm ?? "") && at(ctx, next + 1, lex.places) > 0));
        // "New START, the last treaty limiting ...": an apposition of an agreement noun names an
        // agreement, and the name stays that agreement's for the rest of the article.
        if (!kind && (agreements?.has(agreementKey(words)) || (next > 0 && describedAsAgreement(ctx, next)))) {
          push(mention(ctx, i, span.end, "agreement", undefined, 0.8, { name: surface(tokens, i, span.end) }));
          i = span.end;
          continue;
        }
        // "la base aérea de Torrejón de Ardoz (Madrid)", "Mascate (Omán)": a known place or state in brackets after a name says where it lies.
        const bracketed = tokens[span.end]?.text === "(" ? bestName(ctx, span.end + 1, (h) => h.entry.ref.label === "Place" || h.entry.ref.label === "State") : null;
        const lies = !!bracketed && tokens[span.end + 1 + bracketed.length]?.text === ")";
        const isPlace = !kind && (words.some((w) => lex.placeHeads.has(w.norm)) || placePreposition(lex, tokens[i - 1]) || described || lies);
        // "at the Indo Defence fair": news writes no article before a person's name, so an
        // unknown name after one that is neither an organization nor a place is left alone.
        if (!kind && !isPlace && i > 0 && lex.determiners.has(tokens[i - 1]!.norm) && !tokens[i - 1]!.upper) {
          i = span.end;
          continue;
        }
        // "Iván Velásquez Gómez" after "Iván Velásquez": a second surname names the person the article
        // named by the first.
        const earlier = !kind && !isPlace && span.end - i >= 3 ? people?.get(tokens[i + 1]!.norm) : undefined;
        if (earlier && earlier.id === slug(surface(tokens, i, i + 2))) {
          push(mention(ctx, i, span.end, "entity", earlier, 0.7));
          i = span.end;
          continue;
        }
        const named = newName(i, span.end, kind ? "Organization" : isPlace ? "Place" : "Person", 0.5, { kind });
        if (isPlace && lies) out.facts.push({ type: "LOCATED_IN", from: named, to: bracketed.hit.entry.ref });
        const after = isPlace && !lies ? stateAfterComma(ctx, span.end) : undefined;
        if (after) out.facts.push({ type: "LOCATED_IN", from: named, to: after });
        const bare = out.bareBodies.at(-1);
        if (bare?.from === i && bare.to === span.end) bare.fallback = out.mentions.at(-1);
        i = span.end;
        continue;
      }
      // "Glencore paid more than $100 million in bribes": one unknown name that opens an article's
      // first sentence as its verb's subject is a body, since a lede names a person in full.
      if (span && span.end - i === 1 && sentence === 0 && ledeBody(ctx, i) && !people?.has(t.norm)) {
        newName(i, i + 1, "Organization", 0.5);
        i++;
        continue;
      }
      // ", em Faro,", "in Paktika.", "near Wuqiu and": one unknown word set off as where something happens is a place.
      if (span && span.end - i === 1 && i > 1 && placePreposition(lex, tokens[i - 1]) && (/^[,.;]$/.test(tokens[i + 1]?.text ?? "") || isConjunction(lex, tokens[i + 1])) && unknownSpan(ctx, i, i + 1) && !headKind(lex, [t]) && !lex.dates.months.has(t.norm) && !lex.dates.weekdays.has(t.norm)) {
        const place = newName(i, i + 1, "Place", 0.5);
        const after = stateAfterComma(ctx, i + 1);
        if (after) out.facts.push({ type: "LOCATED_IN", from: place, to: after });
        i++;
        continue;
      }
    }
    i++;
  }
  appositiveOffices(ctx, out);
  return out;
}

/**
 * Whether the word at i, opening the sentence or following its dateline, can be a body's name as
 * its verb's subject: no name the gazetteer has, nor anyone's surname ("Campbell spoke"), nor a
 * word for nameless people ("Gunmen opened fire") or for a time. Later in the sentence, or later in
 * the article, a lone name is as often a surname, a weapon or a people ("Megrahi", "Kalibr").
 */
function ledeBody(ctx: Ctx, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  if (!ctx.subjects.has(i) || (i > 0 && !tokens[i - 1]!.punct) || !unknownSpan(ctx, i, i + 1) || ctx.gaz.surnames.has(t.norm)) return false;
  if ([lex.forces, lex.agentsOf, lex.crowds, lex.protesters, lex.government].some((ps) => matchAny(tokens, i, ps))) return false;
  return !lex.dates.months.has(t.norm) && !lex.dates.weekdays.has(t.norm) && !lex.honorifics.has(t.norm);
}

/**
 * "in Entebbe, Uganda,", "em Entebbe, em Uganda.": a state set off after a place no gazetteer knows
 * says where it lies, unless it goes on as someone's ("in Kyiv, Ukraine's president said").
 */
function stateAfterComma(ctx: Ctx, j: number): EntityRef | undefined {
  const { tokens, lex } = ctx;
  if (tokens[j]?.text !== ",") return undefined;
  const k = placePreposition(lex, tokens[j + 1]) ? j + 2 : j + 1;
  const state = bestName(ctx, k, (h) => h.entry.ref.label === "State");
  if (!state) return undefined;
  const next = tokens[k + state.length];
  return !next || ((next.punct || isConjunction(lex, next)) && !lex.genitiveMarkers.has(next.norm)) ? state.hit.entry.ref : undefined;
}

/**
 * "Ahmed al-Sharaa, the leader of Syria's new administration", "Volker Türk, the UN's human rights
 * chief" aside: a person named first and the office after, in apposition ("X, the president of Y",
 * "X, Syria's foreign minister", "X, presidente de Siria"), holds the office in that state.
 */
function appositiveOffices(ctx: Ctx, out: SentenceMentions): void {
  const { tokens, lex } = ctx;
  const pastModifiers = (j: number) => {
    while (tokens[j] && lex.roleModifiers.has(tokens[j]!.norm)) j++;
    return j;
  };
  const roleAt = (j: number) => firstMatch(tokens, j, lex.roles, (r) => r.pattern)?.item;
  const holds = (person: EntityRef, role: NonNullable<ReturnType<typeof roleAt>>, to: EntityRef) =>
    out.facts.push({ type: role.member ? "PART_OF" : "LEADS", from: person, to, role: role.role });
  const national = (person: EntityRef, states: readonly EntityRef[]) => {
    for (const to of states) out.facts.push({ type: "PART_OF", from: person, to, role: NATIONAL_ROLE });
  };
  for (const m of out.mentions) {
    if (m.kind !== "entity" || m.entity?.label !== "Person" || tokens[m.to]?.text !== ",") continue;
    if (out.facts.some((f) => (f.type === "LEADS" || f.type === "PART_OF") && f.from.id === m.entity!.id)) continue;
    let k = m.to + 1;
    while (tokens[k] && lex.determiners.has(tokens[k]!.norm) && !tokens[k]!.upper) k++;
    // "Syria's foreign minister", "the Syrian president".
    const pre = lex.language === "en" ? demonymAt(ctx, k) ?? possessiveState(ctx, k) : null;
    const title = pre ? roleAt(pastModifiers(pre.end)) : undefined;
    if (pre && title) {
      if (pre.entry.ref.label === "State") holds(m.entity, title, pre.entry.ref);
      continue;
    }
    // "Hyeon Soo Lim, a Canadian pastor", "Cheng Lei, an Australian who worked for CGTN", "Edan
    // Alexander, the last living American hostage": a person set off by an article and a demonym,
    // with no office, is of its state; "Dutch lawmaker X, Belgian lawmaker Y" is a list.
    const article = lex.language === "en" && k === m.to + 2 && (lex.indefiniteArticles.has(tokens[m.to + 1]!.norm) || tokens[m.to + 1]!.norm === "the");
    let nat: ReturnType<typeof nationalitiesAt> = null;
    for (let d = k; article && d <= k + 2 && tokens[d] && !tokens[d]!.punct; d++) {
      nat = nationalitiesAt(ctx, d);
      if (nat || tokens[d]!.upper || prepositionOf(lex, tokens[d])) break;
    }
    let after = nat?.end ?? 0;
    while (nat && tokens[after] && !tokens[after]!.upper && !tokens[after]!.punct && after < nat.end + 3) after++;
    if (nat && personAt(ctx, after, [])) nat = null;
    if (nat) {
      national(m.entity, nat.states);
      continue;
    }
    if (pre) continue;
    // "Raul Reyes, the FARC's second-in-command", "Yahya Sinwar, Hamas's leader": an office in a body.
    const owner = lex.language === "en" ? out.mentions.find((x) => x.from === k && x.kind === "entity" && x.entity?.label === "Organization" && tokens[x.to]?.text === "'s") : undefined;
    if (owner) {
      const role = roleAt(pastModifiers(owner.to + 1));
      if (role) holds(m.entity, role, owner.entity!);
      continue;
    }
    // "los cancilleres Fernando de Trazegnies, de Perú, y José Ayala Lasso, de Ecuador": a name set off
    // with its state alone holds there the office named before it.
    const from = stateNounAfterOf(ctx, m.to + 1);
    const next = from ? tokens[from.end] : undefined;
    if (from && from.entry.ref.label === "State" && (!next || next.punct || isConjunction(lex, next))) {
      for (let r = m.from - 1; r >= Math.max(0, m.from - 30); r--) {
        const before = roleAt(r);
        if (!before) continue;
        holds(m.entity, before, from.entry.ref);
        break;
      }
      continue;
    }
    let j = pastModifiers(k);
    const office = roleAt(j);
    if (!office) {
      // "Olivier Grondeau, un ciudadano francés".
      const noun = at(ctx, j, lex.nationals);
      const nat = noun ? nationalitiesAt(ctx, pastModifiers(j + noun)) : null;
      national(m.entity, nat?.states ?? []);
      continue;
    }
    j = pastModifiers(j + office.pattern.words.length);
    const state = qualifyingState(ctx, j)?.entry;
    if (state) {
      if (state.ref.label === "State") holds(m.entity, office, state.ref);
      continue;
    }
    // "Oleg Nikolenko, a spokesman for Ukraine's foreign ministry": the office is in the body named after it.
    if (prepositionOf(lex, tokens[j]) === "of" || tokens[j]?.norm === "for") {
      let g = j + 1;
      while (tokens[g] && lex.determiners.has(tokens[g]!.norm) && !tokens[g]!.upper) g++;
      const body = out.mentions.find((x) => x.from === g && x.kind === "entity" && x.entity?.label === "Organization");
      if (body) holds(m.entity, office, body.entity!);
    }
  }
}

/** "Syria's": a state's name and its possessive mark. */
function possessiveState(ctx: Ctx, i: number): { entry: GazEntry; end: number } | null {
  const h = bestName(ctx, i, (x) => x.entry.ref.label === "State");
  return h && ctx.tokens[i + h.length]?.text === "'s" ? { entry: h.hit.entry, end: i + h.length + 1 } : null;
}

