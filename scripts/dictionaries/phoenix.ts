/**
 * The Phoenix actor dictionaries of PETRARCH2 -> gazetteer rows (data/gazetteer/phoenix-*.json).
 *
 * A record is a primary name, "+" synonyms and coded date ranges ("[USAGOV 010120-090120]": the
 * United States' government from 2001-01-20 to 2009-01-20), read as PETRARCH2 reads them (a primary
 * line with no codes of its own before the next primary gets none). People become rows of
 * people.yaml's shape, each coded range an office (`leads` where a heading or a title in the record
 * says head of state or government, else `partOf`), organizations rows of organizations.yaml's.
 */
import { createRequire } from "node:module";
import { overlaps } from "../../src/extract/gazetteer.js";
import type { Resolved } from "../convert-dictionaries.js";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries") as typeof import("i18n-iso-countries");
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

export interface PhoenixInput {
  countries: { text: string; source: Resolved };
  international: { text: string; source: Resolved };
  milNonState: { text: string; source: Resolved };
  /** data/gazetteer/people.yaml and organizations.yaml: their ids are kept for the people and bodies they hold. */
  people: { id: string; name: string; aliases?: string[]; offices?: { from?: string; to?: string }[] }[];
  organizations: { id: string; name: string; aliases?: string[] }[];
  /** data/gazetteer/historical-states.yaml: ids of states that no longer exist. */
  historical: Record<string, { name: string; phoenix?: string[]; dissolved?: string; continuator?: string }>;
}

interface Code {
  code: string;
  from?: string;
  to?: string;
  open?: boolean;
}

export interface ActorRecord {
  names: string[];
  codes: Code[];
  comment: string;
  /** The last heading comment above the record, within its country's part of the file. */
  section?: string;
  file: "countries" | "international" | "milNonState";
  line: number;
}

/** YYMMDD (00-30 is 20YY, as PETRARCH reads it) or YYYYMMDD -> YYYY-MM-DD, or undefined. */
export function phoenixDate(s: string): string | undefined {
  const d = s.trim();
  let y: number, m: number, day: number;
  if (/^\d{8}$/.test(d)) [y, m, day] = [+d.slice(0, 4), +d.slice(4, 6), +d.slice(6, 8)];
  else if (/^\d{6}$/.test(d)) {
    const yy = +d.slice(0, 2);
    [y, m, day] = [yy <= 30 ? 2000 + yy : 1900 + yy, +d.slice(2, 4), +d.slice(4, 6)];
  } else return undefined;
  if (m < 1 || m > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // "20090631": the month's last day was meant.
  const dd = Math.min(day, last);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

/** "[USAGOV 010120-090120]", "[EGYGOV > 140608]", "[AFGELI]" -> codes. */
export function parseCodes(s: string): Code[] {
  const out: Code[] = [];
  for (const m of s.matchAll(/\[\s*([A-Z]{2,}|---)\s*([^\]]*)\]/g)) {
    const code = m[1]!;
    const when = m[2]!.replace(/\s+/g, "");
    if (!when) out.push({ code });
    else if (when.startsWith(">")) {
      const from = phoenixDate(when.slice(1));
      if (from) out.push({ code, from, open: true });
    } else if (when.startsWith("<")) {
      const to = phoenixDate(when.slice(1));
      if (to) out.push({ code, to });
    } else {
      const [a, b] = when.split("-");
      const from = a ? phoenixDate(a) : undefined;
      const to = b ? phoenixDate(b) : undefined;
      if (from && to && from <= to) out.push({ code, from, to });
    }
  }
  return out;
}

export function readActors(text: string, file: ActorRecord["file"]): ActorRecord[] {
  const out: ActorRecord[] = [];
  let cur: ActorRecord | undefined;
  let section: string | undefined;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (!raw.trim()) continue;
    if (/^#/.test(raw)) {
      const h = raw.replace(/^#+/, "").trim();
      if (h && !/^[+\t[]/.test(h) && !/^[A-Z_]+_\s/.test(h) && !/\.txt\b|^[-=]+$|http/i.test(h)) section = h;
      continue;
    }
    const hash = raw.indexOf("#");
    const body = hash < 0 ? raw : raw.slice(0, hash);
    const comment = hash < 0 ? "" : raw.slice(hash + 1);
    if (/^\s/.test(raw)) {
      if (cur) cur.codes.push(...parseCodes(body));
      continue;
    }
    if (raw.startsWith("+")) {
      if (cur) {
        const name = body.slice(1).replace(/\[.*$/, "").trim();
        if (name) cur.names.push(name);
        cur.codes.push(...parseCodes(body));
      }
      continue;
    }
    const at = body.indexOf("[");
    const name = (at < 0 ? body : body.slice(0, at)).trim();
    const codes = parseCodes(body);
    // A country's own record ("AFGHANISTAN_  [AFG]") starts its part of the file: headings end there.
    if (codes.length === 1 && /^[A-Z]{3}$/.test(codes[0]!.code) && !codes[0]!.from && !codes[0]!.to) section = undefined;
    // A heading ("# Presidents") names the hand-added records right under it; the lists generated from
    // CountryInfo.txt that follow are every office holder, and end it.
    const generated = /CountryInfo\.txt/.test(comment);
    if (generated) section = undefined;
    // CountryInfo's blocks list a person's other names on lines of their own, without "+", before the
    // codes they all share ("BORIS_YELTSIN_  # CountryInfo.txt", "BORIS_N._YELTSIN", ..., "\t[RUSGOV ...]").
    if (!generated && !comment.trim() && name && cur && !cur.codes.length && /CountryInfo\.txt/.test(cur.comment)) {
      cur.names.push(name);
      cur.codes.push(...codes);
      continue;
    }
    cur = { names: name ? [name] : [], codes, comment, section, file, line: n + 1 };
    out.push(cur);
  }
  return out.filter((r) => r.names.length && r.codes.length);
}

// ---------------------------------------------------------------------------------------------
// Names.

const LOWER = new Set(["de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "ten", "bin", "bint", "ibn", "al", "el", "y", "e", "of", "the", "and", "and", "ul", "ud", "ad", "as", "at", "for", "on", "in"]);
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/i;

/** "ABDEL_FATTAH_EL-SISI" -> "Abdel Fattah el-Sisi"; "GEORGE_W._BUSH" -> "George W. Bush". */
export function properName(raw: string): string {
  const words = raw.replace(/_+$/, "").replace(/_/g, " ").trim().split(/\s+/);
  return words
    .map((w, i) => {
      if (/^\(.*\)$/.test(w)) return w;
      if (ROMAN.test(w) && i > 0) return w.toUpperCase();
      if (/^[A-Z]\.$/.test(w) || /^([A-Z]\.)+$/.test(w)) return w;
      if (/^JR\.?$/.test(w)) return "Jr.";
      return w
        .toLowerCase()
        .split("-")
        .map((p, j) => {
          if ((i > 0 || j > 0) && LOWER.has(p) && !(j === 0 && i === 0)) return p;
          if (/^mc[a-z]/.test(p)) return "Mc" + p[2]!.toUpperCase() + p.slice(3);
          if (/^o'[a-z]/.test(p)) return "O'" + p[2]!.toUpperCase() + p.slice(3);
          return p.charAt(0).toUpperCase() + p.slice(1);
        })
        .join("-");
    })
    .join(" ");
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’`´]/g, "'").replace(/\s+/g, " ").trim();
const slug = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
const tokens = (raw: string) => raw.replace(/_+$/, "").split(/[_\s]+/).filter(Boolean);

/** Titles that open a generic role or a title alias ("PRESIDENT_OBAMA"), never a name. */
const TITLES = new Set([
  "PRESIDENT", "PRESIDENT-ELECT", "VICE", "VICE-PRESIDENT", "PRIME", "PREMIER", "MINISTER", "FOREIGN", "DEFENSE", "DEFENCE",
  "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "GEN.", "GEN", "COLONEL", "COL.", "COL", "LT.", "MAJOR", "CAPTAIN", "ADMIRAL",
  "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "KING", "QUEEN", "PRINCE", "PRINCESS", "CROWN", "EMIR", "SULTAN",
  "SENATOR", "SEN.", "GOVERNOR", "GOV.", "CHANCELLOR", "CHAIRMAN", "CHAIRWOMAN", "SPEAKER", "MAYOR", "JUDGE", "JUSTICE",
  "AMBASSADOR", "ENVOY", "US", "U.S.", "AMERICAN", "UNITED", "BRITISH", "FRENCH", "RUSSIAN", "CHINESE", "THE", "FORMER",
  "EX", "EX-PRESIDENT", "LEADER", "DICTATOR", "REP.", "REPRESENTATIVE", "DEPUTY", "ACTING", "INTERIM", "PM", "FM",
  "SOVIET", "KANZLER", "BUNDESKANZLER", "GERMAN", "EGYPTIAN", "ISRAELI", "PALESTINIAN", "IRANIAN", "IRAQI", "SYRIAN", "AFGHAN", "PAKISTANI", "INDIAN",
]);
/** Honorifics that are part of how a person is named ("Sheikh Ahmed Yassin"): kept in aliases. */
const HONORIFICS = new Set(["SHEIKH", "SHEIK", "AYATOLLAH", "GRAND", "MULLAH", "IMAM", "CARDINAL", "POPE", "ARCHBISHOP", "BISHOP", "RABBI", "SIR", "LORD", "DAME", "HRH"]);
/** Words that make a name an organization's. */
const ORG_WORDS = new Set([
  "ARMY", "ARMED", "FORCE", "FORCES", "PARTY", "MINISTRY", "COUNCIL", "CONGRESS", "PARLIAMENT", "ASSEMBLY", "COURT", "BANK",
  "AGENCY", "COMMITTEE", "COMMISSION", "FRONT", "MOVEMENT", "ORGANIZATION", "ORGANISATION", "UNION", "LEAGUE", "ASSOCIATION",
  "POLICE", "GUARD", "GUARDS", "NAVY", "SERVICE", "SERVICES", "BUREAU", "DEPARTMENT", "OFFICE", "INSTITUTE", "FOUNDATION",
  "FUND", "PROGRAM", "PROGRAMME", "NEWS", "TIMES", "TELEVISION", "RADIO", "BRIGADE", "BRIGADES", "BATTALION", "MILITIA",
  "GROUP", "COMPANY", "CORPORATION", "AUTHORITY", "SECRETARIAT", "MISSION", "TRIBUNAL", "CENTRE", "CENTER", "SOCIETY",
  "ALLIANCE", "COALITION", "NETWORK", "UNIVERSITY", "COLLEGE", "SCHOOL", "HOSPITAL", "CHURCH", "CABINET", "GOVERNMENT",
  "ADMINISTRATION", "REGIME", "SENATE", "DUMA", "KNESSET", "MAJLIS", "POLITBURO", "PRESIDIUM", "DIRECTORATE", "COMMAND",
  "CORPS", "REGIMENT", "DIVISION", "UNIT", "UNITS", "CELLS", "NUCLEI", "NUCLEUS", "ORGANIZATIONS", "COMMITTEES", "BOARD",
  "COUNCILS", "FEDERATION", "CONFEDERATION", "SYNDICATE", "TRUST", "PROJECT", "INITIATIVE", "PARTNERSHIP", "FORUM",
  "CONFERENCE", "CHAMBER", "EXCHANGE", "AIRLINES", "AIRWAYS", "PRESS", "AGENCIES", "SECURITY", "INTELLIGENCE", "REPUBLIC",
  "KINGDOM", "EMIRATE", "STATE", "STATES", "NATIONS", "COMMUNITY", "REBELS", "INSURGENTS", "TALIBAN", "MUJAHIDEEN", "JIHAD",
  "HEZBOLLAH", "HAMAS", "FATAH", "BRIGADES", "SQUAD", "SQUADS", "TEAM", "TEAMS", "CLUB", "INC", "LTD", "CO", "GROUPS",
]);
/** Words that make a record a generic role or a crowd, not one body or one person. */
const GENERIC = new Set([
  "OFFICIAL", "OFFICIALS", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "ENVOY", "ENVOYS", "AMBASSADOR", "AMBASSADORS",
  "DIPLOMAT", "DIPLOMATS", "SOLDIER", "SOLDIERS", "TROOPS", "PEACEKEEPER", "PEACEKEEPERS", "MONITOR", "MONITORS",
  "DELEGATE", "DELEGATES", "DELEGATION", "REPRESENTATIVES", "LEADER", "LEADERS", "MEMBER", "MEMBERS", "COUNTRIES",
  "MINISTER", "MINISTERS", "PRESIDENT", "SECRETARY", "CHAIRMAN", "SUPPORTERS", "FIGHTERS", "MILITANTS", "STUDENTS",
  "WORKERS", "CITIZENS", "PEOPLE", "RESIDENT", "RESIDENTS", "EXPERTS", "STAFF", "PERSONNEL", "CONTINGENT", "VICE",
  "BODIES", "INSPECTOR", "INSPECTORS", "OBSERVER", "OBSERVERS", "WORKER", "EMPLOYEE", "EMPLOYEES", "CHIEF", "HEAD",
  "DIRECTOR", "COMMANDER", "COMMANDERS", "GENERAL", "OFFICER", "OFFICERS", "JUDGES", "RAPPORTEUR", "SPECIAL",
]);

const SMALL = new Set(["THE", "OF", "AND", "FOR", "IN", "ON", "TO", "DE", "LA", "EL", "AL", "DU", "DES", "DEL", "LE", "LES", "Y", "E", "DA", "DO", "DOS", "DI", "AT", "BY"]);
/** "NATO", "IAEA", "ANSF", "UNHCR": letters that are no word. */
function isAcronym(raw: string): boolean {
  const t = tokens(raw);
  if (t.length !== 1 || SMALL.has(t[0]!)) return false;
  const w = t[0]!.replace(/[.&\-/]/g, "");
  if (!/^[A-Z]{2,7}$/.test(w)) return false;
  return w.length <= 4 || (w.match(/[AEIOU]/g) ?? []).length <= 1;
}

function looksLikePersonName(raw: string): boolean {
  const t = tokens(raw);
  if (t.length < 2 || t.length > 6) return false;
  if (t.some((w) => /\d|[()/&]/.test(w))) return false;
  if (TITLES.has(t[0]!) || t.some((w) => ORG_WORDS.has(w) || GENERIC.has(w))) return false;
  return t.every((w) => /^[A-Z][A-Z'.\-]*$/.test(w));
}

// ---------------------------------------------------------------------------------------------
// Codes.

/** CAMEO country codes that are not ISO 3166-1 alpha-3 today, and what they are here. */
const CAMEO_STATES: Record<string, string | null> = {
  TMP: "TLS", ROM: "ROU", SUN: null, USR: null, YUG: null, CSK: null, DDR: null, FRY: null, SCG: null,
  KSV: null, INT: null, MNC: null, NGO: null, IGO: null, UNO: null, EUR: null, AFR: null, ASA: null, SAS: null, SEA: null,
  MEA: null, WEU: null, EEU: null, LAM: null, NAF: null, SAF: null, WAF: null, EAF: null, CAF: null, CAS: null, SAM: null,
  NAM: null, CRB: null, BAL: null, BLK: null, CAU: null, CFR: null, EIN: null, MOS: null, ARB: null, PGS: null, NMR: null,
};
const SECTOR: Record<string, string> = {
  BUS: "economy", AGR: "agriculture", MED: "information", EDU: "education", MIL: "defence", HLH: "health", DEV: "development",
  JUD: "justice", LAB: "labour", ENV: "environment", HRI: "human rights", REL: "religion", COP: "police", REF: "refugees",
  SPY: "intelligence", LEG: "legislature", MUS: "religion", CVL: "civil society", ELI: "", GOV: "",
};

export interface CodeOwner {
  /** A State id, or an Organization id for an IGO. */
  id: string;
  label: "State" | "Organization";
  /** The sectors after the owner: "GOV", "GOVBUS", "MIL", "ELI"... */
  rest: string;
}

function ownerOf(code: string, historical: Map<string, string>, igoIds: Map<string, string>): CodeOwner | undefined {
  if (code.startsWith("IGO")) {
    for (let n = code.length; n >= 6; n -= 3) {
      const id = igoIds.get(code.slice(0, n));
      if (id) return { id, label: "Organization", rest: code.slice(n) };
    }
    return undefined;
  }
  const pre = code.slice(0, 3);
  const rest = code.slice(3);
  const hist = historical.get(pre);
  if (hist) return { id: hist, label: "State", rest };
  if (pre in CAMEO_STATES) {
    const to = CAMEO_STATES[pre];
    return to ? { id: to, label: "State", rest } : undefined;
  }
  return countries.alpha3ToAlpha2(pre) ? { id: pre, label: "State", rest } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Roles.

const HEAD_ROLES: [RegExp, string, boolean][] = [
  [/\bvice[- ]presidents?\b/i, "Vice President", false],
  [/\bprime[- ]ministers?\b|\bpremiers?\b/i, "Prime Minister", true],
  [/\bpresidents?\b/i, "President", true],
  [/\bchancellors?\b/i, "Chancellor", true],
  [/\bmonarchs?\b|\bkings?\b|\bqueens?\b|\bemirs?\b|\bsultans?\b/i, "Monarch", true],
  [/\bsupreme leaders?\b/i, "Supreme Leader", true],
  [/\bheads? of state\b/i, "Head of State", true],
  [/\bheads? of government\b/i, "Head of Government", true],
  [/\bsecretar(y|ies) of state\b/i, "Secretary of State", false],
  [/\bsecretar(y|ies) of defen[cs]e\b/i, "Secretary of Defense", false],
  [/\battorneys? general\b/i, "Attorney General", false],
  [/\bsecretar(y|ies) of homeland security\b/i, "Secretary of Homeland Security", false],
  [/\bambassadors? to the un\b/i, "Ambassador to the United Nations", false],
  [/\bchiefs? of staff\b/i, "Chief of Staff", false],
  [/\bnational security advis[eo]rs?\b/i, "National Security Advisor", false],
  [/\btrade representatives?\b/i, "Trade Representative", false],
  [/\bdirectors? of central/i, "Director of Central Intelligence", false],
  [/\bforeign ministers?\b/i, "Foreign Minister", false],
];
const TITLE_ROLES: [RegExp, string, boolean][] = [
  [/^(US_|U\.S\._|AMERICAN_|[A-Z]+_)?VICE[_-]PRESIDENT_/, "Vice President", false],
  [/^(US_|U\.S\._|AMERICAN_|[A-Z]+_)?PRIME_MINISTER_/, "Prime Minister", true],
  [/^(US_|U\.S\._|AMERICAN_|UNITED_STATES_|[A-Z]+_)?PRESIDENT_/, "President", true],
  [/^(GERMAN_)?CHANCELLOR_/, "Chancellor", true],
  [/^(KING|QUEEN|EMIR|SULTAN)_/, "Monarch", true],
  [/^FOREIGN_MINISTER_/, "Foreign Minister", false],
];

function roleFromSection(section: string | undefined): [string, boolean] | undefined {
  if (!section) return undefined;
  for (const [re, role, leads] of HEAD_ROLES) if (re.test(section)) return [role, leads];
  return undefined;
}

// ---------------------------------------------------------------------------------------------

interface Office {
  role: string;
  leads?: string;
  partOf?: string;
  from?: string;
  to?: string;
}

/**
 * Phoenix codes the Soviet Union's leaders as Russia's ("[RUSGOV 850311-910824]"): an office held in
 * a state that continues a dissolved one (`continuator` in historical-states.yaml), ended by the
 * dissolution, was held in the dissolved state.
 */
function beforeDissolution(o: Office, historical: PhoenixInput["historical"], stateNames: Record<string, string>): Office {
  const state = o.leads ?? o.partOf;
  // One that runs past the date stays the continuator's: Yeltsin was Russia's president from July 1991.
  const h = Object.entries(historical).find(([, x]) => state && x.continuator === state && x.dissolved && o.to && o.to <= x.dissolved);
  if (!h || !state) return o;
  const [id, { name }] = h;
  return { ...o, role: o.role.replace(stateNames[state] ?? state, name), [o.leads ? "leads" : "partOf"]: id };
}

export interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  offices?: Office[];
}

export interface OrgRow {
  id: string;
  name: string;
  kind: string;
  state?: string;
  aliases: string[];
}

const KIND: [RegExp, string][] = [
  [/^(MIL|GOVMIL.*ARMY)/, "military"],
  [/^(SPY|GOVSPY)/, "intelligence"],
  [/^MED/, "media"],
  [/^(BUS|MNC)/, "company"],
  [/^(PTY|OPP)/, "party"],
  [/^(GOV|LEG|JUD|COP)/, "government"],
];

export function convertPhoenix(inp: PhoenixInput): { people: PersonRow[]; organizations: OrgRow[]; report: string[] } {
  const records = [
    ...readActors(inp.countries.text, "countries"),
    ...readActors(inp.international.text, "international"),
    ...readActors(inp.milNonState.text, "milNonState"),
  ];
  const historical = new Map<string, string>();
  for (const [id, h] of Object.entries(inp.historical)) for (const c of h.phoenix ?? []) historical.set(c, id);
  // Open-ended ranges end where the dictionaries' knowledge does: the last date they mention.
  const known = records.flatMap((r) => r.codes.flatMap((c) => [c.from, c.to])).filter((d): d is string => !!d && d <= "2030");
  const until = known.reduce((a, b) => (b > a ? b : a), "0000-00-00");
  const report: string[] = [];

  // Existing names -> ids.
  const personIds = new Map<string, string>();
  for (const p of inp.people) for (const n of [p.name, ...(p.aliases ?? [])]) if (n.includes(" ")) personIds.set(fold(n), p.id);
  const orgIds = new Map<string, string>();
  for (const o of inp.organizations) for (const n of [o.name, ...(o.aliases ?? [])]) orgIds.set(fold(n), o.id);
  const existingSurfaces = new Set([...personIds.keys(), ...orgIds.keys(), ...Object.values(inp.historical).map((h) => fold(h.name))]);
  for (const p of inp.people) for (const n of [p.name, ...(p.aliases ?? [])]) existingSurfaces.add(fold(n));
  for (const iso2 of Object.keys(countries.getAlpha2Codes())) for (const n of (countries.getName(iso2, "en", { select: "all" }) ?? []) as string[]) existingSurfaces.add(fold(n));

  const isPerson = (r: ActorRecord) =>
    (/CountryInfo\.txt|IGOrulers/.test(r.comment) && looksLikePersonName(r.names[0]!)) ||
    (looksLikePersonName(r.names[0]!) && r.codes.some((c) => c.from || c.to) && r.file !== "milNonState");

  // Organizations first: IGO codes name bodies that people's offices point to.
  const orgRows = new Map<string, OrgRow>();
  const igoIds = new Map<string, string>();
  let orgSkipped = 0;
  const orgRecords = records.filter((r) => !isPerson(r));
  // IGO records sharing a specific code are one body ("ASEAN_", "ASSOCIATION_OF_SOUTHEAST_ASIAN_NATIONS_").
  const groups = new Map<string, ActorRecord[]>();
  for (const r of orgRecords) {
    const codes = r.codes.filter((c) => !c.from && !c.to && c.code !== "---");
    if (codes.length !== 1) {
      orgSkipped++;
      continue;
    }
    const code = codes[0]!.code;
    const names = r.names.filter((n) => !tokens(n).some((w) => GENERIC.has(w)) && !/\d/.test(n));
    if (!names.length) {
      orgSkipped++;
      continue;
    }
    const key = code.startsWith("IGO") && code.length >= 9 ? code : `${code}#${r.file}:${r.line}`;
    const main = new Set(tokens(names[0]!).filter((w) => w.length > 3 && !SMALL.has(w)));
    const kept = names.filter((n, i) => i === 0 || isAcronym(n) || /\([A-Z.\-]+\)/.test(n) || tokens(n).some((w) => main.has(w)));
    const g = groups.get(key) ?? [];
    g.push({ ...r, names: kept });
    groups.set(key, g);
  }
  for (const [key, group] of groups) {
    const code = key.split("#")[0]!;
    const pre = code.slice(0, 3);
    // A state's own record, or a record of a historical or regional code: not a body.
    if (/^[A-Z]{3}$/.test(code) && (countries.alpha3ToAlpha2(code) || code in CAMEO_STATES || historical.has(code))) continue;
    const names = group.flatMap((r) => r.names);
    // Longest name first: "International Atomic Energy Agency" before "IAEA".
    const display = [...names].sort((a, b) => (isAcronym(a) ? 1 : 0) - (isAcronym(b) ? 1 : 0) || tokens(b).length - tokens(a).length || a.localeCompare(b));
    const surfaces: string[] = [];
    for (const n of display) {
      const m = /^(.*?)_*\(([A-Z][A-Z.\-]{1,9})\)_*$/.exec(n.trim());
      if (m) surfaces.push(orgName(m[1]!), m[2]!);
      else surfaces.push(isAcronym(n) ? tokens(n)[0]! : orgName(n));
    }
    const uniq = [...new Set(surfaces.map((s) => s.replace(/^The /, "")).filter((s) => s.length >= 2))];
    if (!uniq.length) continue;
    const existing = uniq.map((s) => orgIds.get(fold(s))).find(Boolean);
    let state: string | undefined;
    let kind = "other";
    if (code.startsWith("IGO")) kind = "igo";
    else {
      const owner = ownerOf(code, historical, igoIds);
      if (owner?.label === "State") state = owner.id;
      const rest = owner ? owner.rest : code.slice(3);
      for (const [re, k] of KIND) if (re.test(rest)) {
        kind = k;
        break;
      }
      if (!owner && ["MNC"].includes(pre)) kind = "company";
    }
    if (!existing && uniq.every((s) => existingSurfaces.has(fold(s)))) continue;
    // Which bodies: intergovernmental organizations, a state's own bodies (government, forces,
    // intelligence, media, parties) and the armed groups of the non-state file. Companies and NGOs
    // (thousands, many named with common words) are left out.
    const armed = group.every((r) => r.file === "milNonState");
    if (!existing && !(kind === "igo" || (state && kind !== "other" && kind !== "company") || armed)) {
      orgSkipped++;
      continue;
    }
    if (!existing && armed && group.some((r) => /^(ABU|SHEIKH|SHEIK|MULLAH|MAULANA|IMAM)_|_(BIN|IBN)_/.test(r.names[0]!))) {
      orgSkipped++;
      continue;
    }
    const id = existing ?? uniqueId(slug(uniq[0]!), (x) => orgRows.has(x) || orgIds.has(x) === true);
    const row = orgRows.get(id) ?? { id, name: existing ? inp.organizations.find((o) => o.id === existing)!.name : uniq[0]!, kind, ...(state ? { state } : {}), aliases: [] };
    for (const s of uniq) if (s !== row.name && !row.aliases.includes(s) && (!existingSurfaces.has(fold(s)) || orgIds.get(fold(s)) === id)) row.aliases.push(s);
    orgRows.set(id, row);
    if (code.startsWith("IGO") && code.length >= 9 && !igoIds.has(code)) igoIds.set(code, id);
  }
  // The bare UN code: its body is the United Nations.
  if (orgIds.get("united nations")) igoIds.set("IGOUNO", orgIds.get("united nations")!);

  // People.
  const people = new Map<string, PersonRow>();
  const surnameOwners = new Map<string, Set<string>>();
  const firstNames = new Set<string>();
  const personRecords = records.filter(isPerson);
  for (const r of personRecords) {
    for (const n of r.names) {
      const t = tokens(n).filter((w) => !TITLES.has(w) && !HONORIFICS.has(w));
      if (t.length >= 2) {
        const sur = fold(t.at(-1)!);
        (surnameOwners.get(sur) ?? surnameOwners.set(sur, new Set()).get(sur)!).add(fold(r.names[0]!));
        firstNames.add(fold(t[0]!));
      }
    }
  }
  let noOffice = 0;
  let stateNames: Record<string, string> = {};
  stateNames = Object.fromEntries(Object.keys(countries.getAlpha2Codes()).map((a2) => [countries.alpha2ToAlpha3(a2)!, countries.getName(a2, "en", { select: "alias" }) ?? countries.getName(a2, "en")!]));
  for (const [id, h] of Object.entries(inp.historical)) stateNames[id] = h.name;
  Object.assign(stateNames, { USA: "the United States", GBR: "the United Kingdom", RUS: "Russia", PRK: "North Korea", KOR: "South Korea", IRN: "Iran", SYR: "Syria", VNM: "Vietnam", TWN: "Taiwan", MDA: "Moldova", BOL: "Bolivia", VEN: "Venezuela", TZA: "Tanzania", LAO: "Laos", PSE: "Palestine", NLD: "the Netherlands", PHL: "the Philippines", COD: "the Democratic Republic of the Congo", CZE: "the Czech Republic", ARE: "the United Arab Emirates", CAF: "the Central African Republic", DOM: "the Dominican Republic" });
  const orgNames = new Map([...orgRows.values()].map((o) => [o.id, o.name] as const));
  for (const o of inp.organizations) orgNames.set(o.id, o.name);

  for (const r of personRecords) {
    const primary = r.names[0]!;
    const name = properName(tokens(primary).filter((w, i) => !(i === 0 && (TITLES.has(w) || HONORIFICS.has(w)))).join("_"));
    const titled = r.names.map((n) => TITLE_ROLES.find(([re]) => re.test(n.replace(/\s+/g, "_")))).filter(Boolean) as [RegExp, string, boolean][];
    const fromSection = roleFromSection(r.section);
    // Offices: dated codes of a state or an IGO, but not elites (ELI), opposition, rebels.
    const offices: Office[] = [];
    const dated = r.codes.filter((c) => c.from || c.to);
    const govRanges = dated.filter((c) => {
      const o = ownerOf(c.code, historical, igoIds);
      return o?.label === "State" && o.rest === "GOV";
    });
    // CountryInfo's leaders come out of its translation as elite until they take office, government
    // while in it, elite after ("[CYPELI 480101-880228] [CYPGOV 880228-930228] [CYPELI]"); its lists
    // of ministers have no elite ranges. Such a government range is a head of state's or government's.
    const eliteEnds = new Set(dated.filter((c) => /^[A-Z]{3}ELI$/.test(c.code) && c.to).map((c) => `${c.code.slice(0, 3)}@${c.to}`));
    const eliteAfter = r.codes.some((c) => /^[A-Z]{3}ELI$/.test(c.code) && !c.from && !c.to);
    const isLeaderRange = (c: Code) => /^[A-Z]{3}GOV$/.test(c.code) && !!c.from && eliteAfter && eliteEnds.has(`${c.code.slice(0, 3)}@${c.from}`);
    for (const c of dated) {
      const o = ownerOf(c.code, historical, igoIds);
      if (!o) continue;
      const rest = o.rest;
      if (/^(ELI|OPP|REB|INS|UAF|SEP|CVL|NGO|MNC)/.test(rest)) continue;
      const where = o.label === "State" ? stateNames[o.id] ?? o.id : orgNames.get(o.id) ?? o.id;
      let role: string;
      let leads = false;
      if (o.label === "Organization") role = `Official of ${where}`;
      else if (rest === "GOV" && fromSection) [role, leads] = [`${fromSection[0]} of ${where}`, fromSection[1]];
      else if (rest === "GOV" && titled.length && govRanges.length === 1) [role, leads] = [`${titled[0]![1]} of ${where}`, titled[0]![2]];
      else if (o.label === "State" && isLeaderRange(c)) [role, leads] = [`Head of state or government of ${where}`, true];
      else if (rest.startsWith("GOV")) {
        const sector = SECTOR[rest.slice(3, 6)] ?? "";
        role = rest.slice(3, 6) === "LEG" ? `Member of the legislature of ${where}` : `Government official of ${where}${sector ? ` (${sector})` : ""}`;
      } else if (rest.startsWith("MIL")) role = `Military officer of ${where}`;
      else if (rest.startsWith("SPY")) role = `Intelligence official of ${where}`;
      else if (rest.startsWith("LEG")) role = `Member of the legislature of ${where}`;
      else if (rest.startsWith("JUD")) role = `Judge in ${where}`;
      else if (rest.startsWith("COP")) role = `Police official of ${where}`;
      else if (rest === "") role = `Official of ${where}`;
      else continue;
      const office: Office = { role, [leads ? "leads" : "partOf"]: o.id };
      if (c.from) office.from = c.from;
      office.to = c.open ? until : c.to;
      if (!offices.some((x) => JSON.stringify(x) === JSON.stringify(office))) offices.push(office);
    }
    for (const o of offices.splice(0).map((x) => beforeDissolution(x, inp.historical, stateNames))) if (!offices.some((x) => JSON.stringify(x) === JSON.stringify(o))) offices.push(o);
    offices.sort((a, b) => (a.from ?? "").localeCompare(b.from ?? "") || a.role.localeCompare(b.role));
    const existing = r.names.map((n) => personIds.get(fold(properName(tokens(n).filter((w) => !TITLES.has(w)).join("_"))))).find(Boolean);
    if (!offices.length && !existing) {
      noOffice++;
      continue;
    }
    // Aliases: full names without titles; the surname alone only where the dictionary lists it and no
    // other person, first name, state or body shares it.
    const aliases: string[] = [];
    for (const n of r.names) {
      const t = tokens(n);
      if (TITLES.has(t[0]!) || t.some((w) => GENERIC.has(w) || ORG_WORDS.has(w)) || /[()\d/&]/.test(n)) continue;
      const p = properName(n);
      if (t.length === 1) {
        const f = fold(p);
        const owners = surnameOwners.get(f);
        if (p.length < 5 || (owners && owners.size > 1) || firstNames.has(f) || existingSurfaces.has(f) || LOWER.has(f)) continue;
      }
      if (existingSurfaces.has(fold(p)) && personIds.get(fold(p)) !== existing) continue;
      if (p !== name && !aliases.includes(p)) aliases.push(p);
    }
    if (existing) {
      // Someone the gazetteer has: the names it lacks, and offices of other years than its own
      // (people.yaml gives Nawaz Sharif his third term; Phoenix knows the first two).
      const own = inp.people.find((x) => x.id === existing)!;
      const prev = people.get(existing) ?? { id: existing, name: own.name, aliases: [] };
      for (const a of [name, ...aliases]) if (a !== prev.name && !prev.aliases.includes(a) && !personIds.has(fold(a))) prev.aliases.push(a);
      const held = [...(own.offices ?? []), ...(prev.offices ?? [])];
      const other = offices.filter((o) => !held.some((h) => overlaps(h, o)));
      if (other.length) prev.offices = [...(prev.offices ?? []), ...other].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
      people.set(existing, prev);
      continue;
    }
    const base = slug(name);
    const same = people.get(base);
    if (same && same.name === name && JSON.stringify(same.offices) === JSON.stringify(offices)) continue;
    const state = offices.find((o) => o.leads ?? o.partOf)?.leads ?? offices[0]!.partOf ?? "";
    const id = uniqueId(same ? `${base}-${state.toLowerCase()}` : base, (x) => people.has(x) || [...personIds.values()].includes(x));
    people.set(id, { id, name, aliases, offices });
  }
  const peopleRows = [...people.values()].sort((a, b) => a.id.localeCompare(b.id));
  const orgList = [...orgRows.values()].sort((a, b) => a.id.localeCompare(b.id));
  report.push(
    `phoenix-people.json: ${peopleRows.length} people (${peopleRows.filter((p) => inp.people.some((x) => x.id === p.id)).length} already in people.yaml, names added), ${peopleRows.reduce((n, p) => n + (p.offices?.length ?? 0), 0)} offices (${peopleRows.reduce((n, p) => n + (p.offices?.filter((o) => o.leads).length ?? 0), 0)} heads of state or government); ${noOffice} records of people with no dated office left out; open-ended ranges end ${until}`,
    `phoenix-organizations.json: ${orgList.length} organizations (${orgList.filter((o) => inp.organizations.some((x) => x.id === o.id)).length} already in organizations.yaml, names added; by kind ${JSON.stringify(countBy(orgList.map((o) => o.kind)))}); ${orgSkipped} records with no single undated code or only generic names left out`,
  );
  return { people: peopleRows, organizations: orgList, report };
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of [...xs].sort()) out[x] = (out[x] ?? 0) + 1;
  return out;
}

function orgName(raw: string): string {
  const t = tokens(raw);
  const proper = properName(t.join("_")).split(" ");
  // Short letter groups stay capitals ("UN", "EU", "ATD"), words do not ("World", "Party").
  return t
    .map((w, i) => (!SMALL.has(w) && /^[A-Z]{2,3}$/.test(w) && (!/[AEIOU]/.test(w) || ["UN", "EU", "US", "AU", "UAE"].includes(w)) ? w : proper[i]!))
    .join(" ")
    .replace(/^(.)/, (c) => c.toUpperCase());
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}
