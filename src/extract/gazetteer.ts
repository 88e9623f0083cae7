/**
 * Everything we know by name: every state from i18n-iso-countries in pt/en/es, its capital from
 * countries-list, plus data/gazetteer/*.yaml (demonyms, metonyms, people, organizations, places),
 * and any user file.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { slug } from "../model/ids.js";
import { keyOf, type EntityRef } from "../model/keys.js";
import { tokenize } from "./text.js";
import { DATA_DIR } from "../paths.js";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries") as typeof import("i18n-iso-countries");
for (const l of ["en", "pt", "es"]) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
const capitals = (require("countries-list") as { countries: Record<string, { capital?: string }> }).countries;

export interface Office {
  role: string;
  leads?: string;
  partOf?: string;
  from?: string;
  to?: string;
}

export interface GazEntry {
  ref: EntityRef;
  name: string;
  aliases: string[];
  wikidata?: string;
  iso2?: string;
  kind?: string;
  /** Organizations: the state (or organization id) they belong to. Places: the state that contains them. */
  state?: string;
  /** Organizations: which of its state's bodies it is (data/gazetteer/state-bodies.yaml). */
  body?: string;
  offices?: Office[];
  /** From a converted dictionary (Phoenix actors, GeoNames cities): its spelling is ASCII and not always right. */
  converted?: boolean;
  /** Places of the converted cities list: how many live there (GeoNames). */
  population?: number;
  /** States that no longer exist: the day they ceased to, and the States that took their place. */
  dissolved?: string;
  successors?: string[];
}

export type NameHow = "name" | "metonym" | "demonym";

export interface NameHit {
  entry: GazEntry;
  how: NameHow;
}

interface Candidate {
  words: string[];
  /** The surface as written in the gazetteer: acronyms match only in the same case. */
  exactCase?: string[];
  /** An international organization's acronym of four or five letters, which the press also writes as a word: "Nato", "Brics", "Otan". */
  asWord?: boolean;
  /** A name written in lower case, as a common noun is ("a zona euro", "the euro area"). */
  anyCase?: boolean;
  hit: NameHit;
}

export interface Gazetteer {
  entries: Map<string, GazEntry>;
  /** Longest-first candidates by folded first word. */
  index: Map<string, Candidate[]>;
  stateByIso2: Map<string, GazEntry>;
  /** Organizations by state and kind ("PRK:military", "USA:foreign-ministry"), for "tropas norte-coreanas". */
  byStateKind: Map<string, GazEntry>;
  /** The id prefix and English name of a state's body of each kind, for the states that have none in the gazetteer. */
  bodies: Map<string, { id: string; name: string; kind?: string; actsForState?: boolean }>;
  /**
   * The states that no longer exist whose land a present-day state's was, by that state's id: from
   * when and until when (its dissolution, or the day the successor left it), and whether the
   * present-day state continues it (Russia the Soviet Union, Germany West Germany).
   */
  predecessors: Map<string, { id: string; from: string; until: string; continued: boolean }[]>;
  /** The last word of every person's name, folded: a lone word that is one may be anyone's surname. */
  surnames: Set<string>;
}

/** "norte-coreano/a/os/as" -> its four forms; an ending that starts with a vowel replaces the last vowel. */
export function expandForms(spec: string): string[] {
  const [base, ...ends] = spec.split("/");
  if (!base) return [];
  const out = [base];
  for (const e of ends) out.push(/^[aeiouáéíóú]/i.test(e) && /[aeiou]$/i.test(base) ? base.slice(0, -1) + e : base + e);
  return out;
}

function add(g: Gazetteer, surface: string, hit: NameHit, anyCase = false): void {
  const toks = tokenize(surface);
  if (!toks.length) return;
  const words = toks.map((t) => t.norm);
  const isAcronym = surface.length <= 5 && surface === surface.toUpperCase() && /\p{Lu}/u.test(surface);
  const asWord = isAcronym && toks.length === 1 && surface.length >= 4 && hit.entry.kind === "igo" && !hit.entry.converted;
  const cand: Candidate = { words, hit, exactCase: isAcronym ? toks.map((t) => t.text) : undefined, ...(asWord ? { asWord } : {}), ...(anyCase ? { anyCase } : {}) };
  const list = g.index.get(words[0]!) ?? [];
  // The same words may be a name and a demonym of one state: "China", "la guardia costera china".
  const same = list.find((c) => c.words.join(" ") === words.join(" ") && keyOf(c.hit.entry.ref) === keyOf(hit.entry.ref) && c.hit.how === hit.how);
  if (same) {
    if (anyCase) same.anyCase = true;
    return;
  }
  // Longest first, and in the order added among equals: insert after the last as long or longer.
  let at = list.length;
  while (at > 0 && list[at - 1]!.words.length < words.length) at--;
  list.splice(at, 0, cand);
  g.index.set(words[0]!, list);
}

/** Where an entry comes from: a converted dictionary only adds to what the hand-written files say. */
type Weight = "own" | "converted";

function register(g: Gazetteer, e: GazEntry, weight: Weight = "own"): GazEntry {
  const key = keyOf(e.ref);
  const prev = g.entries.get(key);
  if (prev) {
    // A later file (the user's) adds names and may override properties; a converted one adds names,
    // and offices of years the entry's own leave out.
    prev.aliases = [...new Set([...prev.aliases, ...e.aliases])];
    if (weight === "own") Object.assign(prev, { ...e, aliases: prev.aliases });
    else if (e.offices?.length) prev.offices = [...(prev.offices ?? []), ...e.offices.filter((o) => !(prev.offices ?? []).some((h) => overlaps(h, o)))];
    e = prev;
  } else {
    if (weight === "converted") e.converted = true;
    g.entries.set(key, e);
  }
  for (const s of [e.name, ...e.aliases]) add(g, s, { entry: e, how: "name" });
  return e;
}

/** Two date ranges share a day (an open end runs on). */
export function overlaps(a: { from?: string; to?: string }, b: { from?: string; to?: string }): boolean {
  return (a.from ?? "0000") < (b.to ?? "9999") && (b.from ?? "0000") < (a.to ?? "9999");
}

function loadYaml(path: string): any {
  return parse(readFileSync(path, "utf8"));
}

interface PersonRow { id: string; name: string; aliases?: string[]; wikidata?: string; offices?: Office[] }
interface OrgRow { id: string; name: string; kind?: string; state?: string; body?: string; aliases?: string[]; common?: string[]; wikidata?: string }
interface PlaceRow { id: string; name: string; aliases?: string[]; in?: string; wikidata?: string; population?: number }

const isQid = (id: string) => /^Q\d+$/.test(id);

const ROW_KEYS = {
  people: new Set(["id", "name", "aliases", "wikidata", "offices"]),
  organizations: new Set(["id", "name", "kind", "state", "body", "aliases", "common", "wikidata"]),
  places: new Set(["id", "name", "aliases", "in", "wikidata", "population"]),
};

/**
 * Throws on a row with a key its kind does not have: in a YAML flow mapping an unquoted comma in a
 * name ("name: Foreign, Commonwealth and Development Office") splits it into a short name and a key.
 */
function checkRows(data: Record<string, unknown>): void {
  for (const [kind, rows] of Object.entries(data)) {
    const keys = ROW_KEYS[kind as keyof typeof ROW_KEYS];
    if (!keys) throw new Error(`unknown section ${kind}`);
    for (const row of (rows ?? []) as Record<string, unknown>[]) {
      const bad = Object.keys(row).find((k) => !keys.has(k));
      if (bad !== undefined) throw new Error(`${kind} row ${String(row.id)}: unknown key "${bad}"`);
      if (typeof row.id !== "string" || typeof row.name !== "string") throw new Error(`${kind} row ${String(row.id)}: needs an id and a name`);
    }
  }
}

/** A user's gazetteer file: `{ people: [...], organizations: [...], places: [...] }` in the rows' formats. */
function addRows(g: Gazetteer, data: { people?: PersonRow[]; organizations?: OrgRow[]; places?: PlaceRow[] }, weight: Weight = "own"): void {
  if (weight === "own") checkRows(data as Record<string, unknown>);
  for (const p of data.people ?? []) {
    register(g, {
      ref: { label: "Person", id: p.id },
      name: p.name,
      aliases: p.aliases ?? [],
      wikidata: p.wikidata ?? (isQid(p.id) ? p.id : undefined),
      offices: p.offices,
    }, weight);
  }
  for (const o of data.organizations ?? []) {
    const e = register(g, {
      ref: { label: "Organization", id: o.id },
      name: o.name,
      aliases: o.aliases ?? [],
      wikidata: o.wikidata ?? (isQid(o.id) ? o.id : undefined),
      kind: o.kind ?? "other",
      state: o.state,
      body: o.body,
    }, weight);
    for (const c of o.common ?? []) add(g, c, { entry: e, how: "name" }, true);
    // A state's forces named by demonym ("tropas norte-coreanas") are those of the hand-written files only.
    const body = o.body ?? o.kind;
    if (weight === "own" && o.state && body && !g.byStateKind.has(`${o.state}:${body}`)) g.byStateKind.set(`${o.state}:${body}`, e);
  }
  for (const p of data.places ?? []) {
    register(g, {
      ref: { label: "Place", id: p.id },
      name: p.name,
      aliases: p.aliases ?? [],
      wikidata: p.wikidata ?? (isQid(p.id) ? p.id : undefined),
      state: p.in,
      ...(p.population ? { population: p.population } : {}),
    }, weight);
  }
}

/** Throws where a hand-written office is held in no state or organization the gazetteer knows ("leads: XKK"). */
function checkOffices(g: Gazetteer, where?: string): void {
  for (const e of g.entries.values()) {
    if (e.converted) continue;
    for (const o of e.offices ?? []) {
      const to = o.leads ?? o.partOf;
      if (to && !g.entries.has(`State:${to}`) && !g.entries.has(`Organization:${to}`)) throw new Error(`${where ? `${where}: ` : ""}${e.ref.id}: office held in ${to}, no state or organization the gazetteer knows`);
    }
  }
}

export function buildGazetteer(userFiles: readonly string[] = []): Gazetteer {
  const g: Gazetteer = { entries: new Map(), index: new Map(), stateByIso2: new Map(), byStateKind: new Map(), bodies: new Map(Object.entries(loadYaml(join(DATA_DIR, "gazetteer", "state-bodies.yaml")))), predecessors: new Map(), surnames: new Set() };
  const extra: Record<string, { iso2?: string; wikidata?: string; name?: string; names?: string[]; notNames?: string[]; demonyms?: string[]; metonyms?: string[] }> = loadYaml(
    join(DATA_DIR, "gazetteer", "states.yaml"),
  );
  // ISO 3166 codes that name no sovereign state (Antarctica, Greenland, Hong Kong...) are places,
  // inside the state that holds them where there is one.
  const territories: Record<string, string | null> = loadYaml(join(DATA_DIR, "gazetteer", "territories.yaml"));
  const ambiguous = new Set<string>((loadYaml(join(DATA_DIR, "gazetteer", "capitals.yaml")) as { ambiguous: string[] }).ambiguous);
  const territoryRows: PlaceRow[] = [];
  // A state whose id the file sets for its two-letter code, where the library's differs (Kosovo).
  const idOf = new Map(Object.entries(extra).flatMap(([id, x]) => (x.iso2 ? [[x.iso2, id] as const] : [])));
  for (const iso2 of Object.keys(countries.getAlpha2Codes())) {
    const iso3 = idOf.get(iso2) ?? countries.alpha2ToAlpha3(iso2)!;
    const names = ["en", "pt", "es"].flatMap((l) => (countries.getName(iso2, l, { select: "all" }) ?? []) as string[]);
    if (iso3 in territories) {
      // "Falkland Islands (Malvinas)": news writes either name, never both.
      const forms = names.filter((n) => !n.includes(",")).flatMap((n) => n.match(/^(.+?) \((.+)\)$/)?.slice(1) ?? [n]);
      const name = forms[0] ?? iso3;
      territoryRows.push({ id: slug(name), name, aliases: [...new Set(forms)], in: territories[iso3] ?? undefined } as PlaceRow);
      continue;
    }
    const x = extra[iso3] ?? {};
    const e = register(g, {
      ref: { label: "State", id: iso3 },
      name: x.name ?? countries.getName(iso2, "en", { select: "alias" }) ?? countries.getName(iso2, "en") ?? iso3,
      aliases: [...new Set([...names.filter((n) => !n.includes(",") && !x.notNames?.includes(n)), ...(x.names ?? [])])],
      wikidata: x.wikidata,
      iso2,
    });
    g.stateByIso2.set(iso2, e);
    const capital = capitals[iso2]?.capital;
    for (const m of [...(x.metonyms ?? []), ...(capital && !ambiguous.has(capital) ? [capital] : [])]) add(g, m, { entry: e, how: "metonym" });
    for (const d of x.demonyms ?? []) for (const f of expandForms(d)) add(g, f, { entry: e, how: "demonym" });
  }
  // States that no longer exist (data/gazetteer/historical-states.yaml): ISO 3166-3 ids, never in stateByIso2.
  const historical: Record<string, { name: string; wikidata?: string; iso2?: string; names?: string[]; demonyms?: string[]; metonyms?: string[]; from?: string; dissolved?: string; successors?: string[]; seceded?: Record<string, string>; continuator?: string }> = loadYaml(
    join(DATA_DIR, "gazetteer", "historical-states.yaml"),
  );
  for (const [id, h] of Object.entries(historical)) {
    const e = register(g, { ref: { label: "State", id }, name: h.name, aliases: h.names ?? [], wikidata: h.wikidata, iso2: h.iso2, dissolved: h.dissolved, successors: h.successors });
    for (const d of h.demonyms ?? []) for (const f of expandForms(d)) add(g, f, { entry: e, how: "demonym" });
    for (const m of h.metonyms ?? []) add(g, m, { entry: e, how: "metonym" });
    if (!h.from || !h.dissolved) continue;
    for (const s of h.successors ?? []) {
      const list = g.predecessors.get(s) ?? [];
      list.push({ id, from: h.from, until: h.seceded?.[s] ?? h.dissolved, continued: h.continuator === s });
      g.predecessors.set(s, list);
    }
  }
  // Prefer the common English short names users expect.
  const common: Record<string, string> = { USA: "United States", GBR: "United Kingdom", RUS: "Russia", PRK: "North Korea", KOR: "South Korea", IRN: "Iran", SYR: "Syria", VNM: "Vietnam", TWN: "Taiwan", MDA: "Moldova", BOL: "Bolivia", VEN: "Venezuela", TZA: "Tanzania", LAO: "Laos", PSE: "Palestine" };
  for (const [iso3, name] of Object.entries(common)) {
    const e = g.entries.get(`State:${iso3}`);
    if (e) e.name = name;
  }
  addRows(g, {
    people: loadYaml(join(DATA_DIR, "gazetteer", "people.yaml")),
    organizations: loadYaml(join(DATA_DIR, "gazetteer", "organizations.yaml")),
    places: [...loadYaml(join(DATA_DIR, "gazetteer", "places.yaml")), ...territoryRows],
  });
  // People and organizations converted from the Phoenix actor dictionaries (scripts/convert-dictionaries.ts):
  // after the hand-written files, so that those win; an entry of both only gains names.
  // JSON for their size (17,000 rows): YAML would take seconds to parse in every process.
  const converted = (f: string, key: string) => (JSON.parse(readFileSync(join(DATA_DIR, "gazetteer", f), "utf8")) as Record<string, unknown>)[key] as never[];
  addRows(g, { people: converted("phoenix-people.json", "people"), organizations: converted("phoenix-organizations.json", "organizations") }, "converted");
  // GeoNames cities (scripts/convert-cities.ts), after every other place so that a name given there wins.
  addRows(g, { places: converted("cities.json", "places") }, "converted");
  checkOffices(g, "data/gazetteer/people.yaml");
  for (const f of userFiles) {
    try {
      addRows(g, loadYaml(f) ?? {});
      checkOffices(g);
    } catch (err) {
      throw new Error(`${f}: not a gazetteer file (${(err as Error).message.split("\n")[0]})`);
    }
  }
  for (const e of g.entries.values()) {
    if (e.ref.label !== "Person") continue;
    for (const n of [e.name, ...e.aliases]) {
      const last = tokenize(n).at(-1);
      if (last && /\p{L}/u.test(last.text)) g.surnames.add(last.norm);
    }
  }
  return g;
}

/** "al-Sharaa", "el-Sisi": a lower-case article joined to a capitalized word, which a name may hold or open. */
export const JOINED_ARTICLE = /^\p{Ll}{1,3}-\p{Lu}/u;

/** The Arabic article as a word of its own ("al Qaeda"). */
const ARABIC_ARTICLE = /^(al|el|ad|an|ar|as|ash|at|az)$/;

/** The longest gazetteer names starting at each position; acronyms must match case, names must be capitalized. */
export function lookup(g: Gazetteer, tokens: readonly { norm: string; text: string; upper: boolean }[], i: number): { hit: NameHit; length: number }[] {
  const out: { hit: NameHit; length: number }[] = [];
  const t0 = tokens[i];
  if (!t0) return out;
  const candidates = g.index.get(t0.norm) ?? [];
  // "IRA" written so is the acronym, not "Irã" in capitals, where the gazetteer knows the acronym;
  // only a word in capitals can be one, so no other word pays for the search.
  const capitals = t0.text.length <= 5 && t0.text === t0.text.toUpperCase() && /\p{Lu}/u.test(t0.text);
  const acronyms = capitals ? candidates.filter((c) => c.exactCase?.length === 1 && c.exactCase[0] === t0.text) : [];
  for (const c of candidates) {
    if (acronyms.length && c.words.length === 1 && !acronyms.includes(c)) continue;
    if (i + c.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < c.words.length && ok; k++) {
      const t = tokens[i + k]!;
      if (t.norm !== c.words[k]) ok = false;
      else if (c.exactCase && t.text !== c.exactCase[k] && !(c.asWord && t.text === t.text[0]! + c.exactCase[k]!.slice(1).toLowerCase())) ok = false;
    }
    if (!ok) continue;
    // Proper names start with a capital; demonyms are lower-case adjectives in pt/es.
    // "al-Sudani", "el-Sisi": a lower-case particle joined to a capitalized name is still a name.
    // "al Qaeda", "al Shabaab": an Arabic article written apart opens a name its next word capitalizes.
    const article = ARABIC_ARTICLE.test(t0.text) && c.words.length > 1 && !!tokens[i + 1]?.upper;
    if (c.hit.how !== "demonym" && !c.anyCase && !t0.upper && !JOINED_ARTICLE.test(t0.text) && !article) continue;
    out.push({ hit: c.hit, length: c.words.length });
  }
  return out;
}

let shared: Gazetteer | undefined;
/** The default gazetteer, plus the files named in ACTORGRAPH_GAZETTEER (comma-separated). */
export function defaultGazetteer(): Gazetteer {
  shared ??= buildGazetteer((process.env.ACTORGRAPH_GAZETTEER ?? "").split(",").filter(Boolean));
  return shared;
}
