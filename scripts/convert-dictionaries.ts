/**
 * npm run convert:dictionaries -- --petrarch2 DIR --universal-petrarch DIR --plover DIR [--out DIR]
 *
 * Converts the field's dictionaries into this project's data, deterministically (the same inputs give
 * the same bytes): each DIR is a git repository (bare or not) of the source, read at the commit pinned
 * below or, where none is pinned, at its HEAD, whose hash is recorded in the output.
 *   - CAMEO verb patterns (PETRARCH2, English; UniversalPetrarch, Spanish) + PLOVER's CAMEO tables +
 *     data/dictionaries/cameo-plover.yaml + data/dictionaries/hand/<lang>.yaml
 *       -> data/dictionaries/events.{en,es,pt}.json
 *   - Phoenix actor dictionaries (PETRARCH2) + data/gazetteer/{people,organizations}.yaml (ids kept)
 *       -> data/gazetteer/phoenix-people.json, phoenix-organizations.json
 * See data/dictionaries/README.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { checkEventDictionary, type DictEntry, type EventDictionary, type LemmaEntries } from "../src/extract/eventDictionary.js";
import type { Language } from "../src/extract/types.js";
import { convertVerbDictionary, irregularForms, specificity, type Stats } from "./dictionaries/events.js";
import { english, spanish, spanishVerb } from "./dictionaries/languages.js";
import { readVerbDictionary } from "./dictionaries/petrarch.js";
import { parseTable2018, parseTable2021, PloverMap, type Override } from "./dictionaries/plover.js";
import { convertPhoenix, type PhoenixInput } from "./dictionaries/phoenix.js";

/** `{ ...head, [key]: rows }` with one row a line. */
export function jsonRows(head: Record<string, unknown>, key: string, rows: readonly object[]): string {
  const lines = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return `{\n${lines.join("\n")}\n${JSON.stringify(key)}: [\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n}\n`;
}

export interface Source {
  name: string;
  repository: string;
  path: string;
  /** A commit to read instead of HEAD. */
  commit?: string;
  license: string;
}

export const SOURCES = {
  cameoEn: { name: "PETRARCH2 CAMEO verb dictionary", repository: "openeventdata/petrarch2", path: "petrarch2/data/dictionaries/CAMEO.2.0.txt", license: "MIT" },
  cameoEs: { name: "UniversalPetrarch Spanish verb patterns", repository: "openeventdata/UniversalPetrarch", path: "UniversalPetrarch/data/dictionaries/spanish/verbpatterns_es_190128.txt", license: "MIT" },
  plover2018: {
    name: "PLOVER CAMEO-to-PLOVER table (2018, the 18 categories)",
    repository: "openeventdata/PLOVER",
    path: "cameo/CAMEO-PLOV.txt",
    // The table was removed from the repository in 2021 (79ad6a5); this is the last commit that has it.
    commit: "f3b1a1360ed880e66e210c1f26f3581a45ccaeb9",
    license: "CC BY-SA 4.0",
  },
  plover2021: { name: "PLOVER CAMEO-to-PLOVER table (2021, modes and contexts)", repository: "openeventdata/PLOVER", path: "CAMEO2PLOVER-2021.txt", license: "CC BY-SA 4.0" },
  phoenixCountries: { name: "Phoenix country actors", repository: "openeventdata/petrarch2", path: "petrarch2/data/dictionaries/Phoenix.Countries.actors.txt", license: "MIT" },
  phoenixInternational: { name: "Phoenix international actors", repository: "openeventdata/petrarch2", path: "petrarch2/data/dictionaries/Phoenix.International.actors.txt", license: "MIT" },
  phoenixMilNonState: { name: "Phoenix non-state armed actors", repository: "openeventdata/petrarch2", path: "petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt", license: "MIT" },
} satisfies Record<string, Source>;

export type Resolved = Omit<Source, "commit"> & { commit: string };

function git(repo: string, args: string[]): string {
  return execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** A source's text and the commit it was read at. */
export function readSource(repo: string, s: Source): { text: string; source: Resolved } {
  const commit = git(repo, ["rev-parse", `${s.commit ?? "HEAD"}^{commit}`]).trim();
  const text = git(repo, ["show", `${commit}:${s.path}`]);
  return { text, source: { name: s.name, repository: s.repository, path: s.path, commit, license: s.license } };
}

export function ploverMap(table2018: string, table2021: string, overridesYaml: string): PloverMap {
  return new PloverMap(parseTable2018(table2018), parseTable2021(table2021), (parse(overridesYaml) ?? {}) as Record<string, Override>);
}

interface HandEntry extends Partial<DictEntry> {
  cameo?: string;
}
interface HandFile {
  verbs?: Record<string, HandEntry[]>;
  nouns?: Record<string, HandEntry[]>;
  classes?: Record<string, string[]>;
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
const ORDER: (keyof DictEntry)[] = [
  "type", "mode", "context", "status", "cameo", "cameoTarget", "symmetric", "prt", "se", "subj", "obj", "objMods", "obl",
  "xcomp", "purpose", "pred", "said", "done", "advmod", "mods", "target", "source", "by", "block", "verb", "pattern", "from", "note",
];

/** A hand entry -> a dictionary entry: its CAMEO code gives type and mode unless it states them. */
function handEntry(h: HandEntry, plover: PloverMap, where: string): DictEntry {
  const coding = h.cameo ? plover.code(h.cameo) : undefined;
  if (h.type === undefined && !coding) throw new Error(`${where}: a hand entry needs a type or a CAMEO code`);
  const e: Record<string, unknown> = { ...h };
  e.type = h.type !== undefined ? h.type : coding!.type;
  e.mode = h.mode !== undefined ? h.mode : (coding?.mode ?? null);
  if (h.context === undefined && coding?.context.length && e.type) e.context = coding.context;
  if (h.status === undefined && coding?.status) e.status = coding.status;
  for (const k of ["obj", "subj", "objMods", "xcomp", "purpose", "pred", "said", "done", "advmod", "mods"] as const) if (e[k] !== undefined) e[k] = (e[k] as string[]).map((x) => (x.startsWith("&") ? x : fold(x)));
  if (h.obl) e.obl = h.obl.map((o) => ({ ...o, case: fold(o.case), ...(o.noun ? { noun: o.noun.map((x) => (x.startsWith("&") ? x : fold(x))) } : {}) }));
  e.from = "hand";
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (e[k] !== undefined) out[k] = e[k];
  for (const k of Object.keys(e)) if (!(k in out)) out[k] = e[k];
  return out as unknown as DictEntry;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}

/** Hand entries first, so that on a tie of specificity they win; a verb missing from the dictionary is added. */
function mergeHand(into: Record<string, LemmaEntries>, hand: Record<string, HandEntry[]> | undefined, plover: PloverMap, where: string): number {
  let n = 0;
  for (const [raw, list] of Object.entries(hand ?? {})) {
    const lemma = fold(raw);
    const entries = list.map((h, i) => handEntry(h, plover, `${where}.${raw}[${i}]`));
    n += entries.length;
    const prev = into[lemma];
    into[lemma] = prev ? { ...prev, entries: [...entries, ...prev.entries] } : { entries };
  }
  return n;
}

/** One entry a line: readable diffs for a file of thousands. */
export function formatDictionary(d: EventDictionary): string {
  const lines: string[] = ["{"];
  lines.push(`"language": ${JSON.stringify(d.language)},`);
  lines.push(`"about": ${JSON.stringify(d.about)},`);
  lines.push(`"sources": [\n${d.sources.map((s) => ` ${JSON.stringify(s)}`).join(",\n")}\n],`);
  lines.push(`"overrides": {\n${Object.entries(d.overrides).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n")}\n},`);
  lines.push(`"classes": {\n${Object.entries(d.classes).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n")}\n},`);
  const lemmas = (part: Record<string, LemmaEntries>) =>
    Object.entries(part)
      .map(([k, v]) => ` ${JSON.stringify(k)}: {"entries": [\n${v.entries.map((e) => `  ${JSON.stringify(e)}`).join(",\n")}]${v.blocks ? `, "blocks": ${JSON.stringify(v.blocks)}` : ""}}`)
      .join(",\n");
  lines.push(`"verbs": {\n${lemmas(d.verbs)}\n},`);
  lines.push(`"blocks": {\n${Object.entries(d.blocks).map(([k, v]) => ` ${JSON.stringify(k)}: [\n${v.map((e) => `  ${JSON.stringify(e)}`).join(",\n")}]`).join(",\n")}\n},`);
  lines.push(`"nouns": {\n${lemmas(d.nouns)}\n},`);
  lines.push(`"forms": ${JSON.stringify(d.forms ?? {})}`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

const ABOUT =
  "Generated by `npm run convert:dictionaries` (scripts/convert-dictionaries.ts); do not edit: edit data/dictionaries/hand/<language>.yaml or cameo-plover.yaml and convert again. Format: src/extract/eventDictionary.ts; sources and licences: data/dictionaries/README.md.";

export interface EventInputs {
  language: Language;
  verbDictionary?: { text: string; source: Resolved };
  plover: PloverMap;
  ploverSources: Resolved[];
  handYaml: string;
}

/** One language's event dictionary from its sources. */
export function buildEventDictionary(inp: EventInputs): { dict: EventDictionary; stats?: Stats; hand: number } {
  const hand = (parse(inp.handYaml) ?? {}) as HandFile;
  for (const k of Object.keys(hand)) if (!["verbs", "nouns", "classes"].includes(k)) throw new Error(`hand/${inp.language}.yaml: unknown key ${k}`);
  let converted: Pick<EventDictionary, "classes" | "verbs" | "blocks"> = { classes: {}, verbs: {}, blocks: {} };
  let stats: Stats | undefined;
  let forms: Record<string, string> = {};
  if (inp.verbDictionary) {
    const raw = readVerbDictionary(inp.verbDictionary.text);
    const lemma = inp.language === "es" ? (w: string) => spanishVerb(fold(w.replace(/^\+/, "").split("_")[0]!)) : (w: string) => fold(w.replace(/^\+/, "").split("_")[0]!);
    const verbs = new Set(raw.blocks.flatMap((b) => b.verbs.map((v) => lemma(v.text)).filter((x): x is string => !!x)));
    const spec = inp.language === "es" ? spanish(verbs) : english(verbs);
    const r = convertVerbDictionary(spec, raw, inp.plover, verbs);
    converted = r.out;
    forms = irregularForms(spec, raw);
    stats = r.stats;
  }
  const classes = { ...converted.classes };
  for (const [k, v] of Object.entries(hand.classes ?? {})) classes[k] = [...new Set([...(classes[k] ?? []), ...v.map(fold)])].sort();
  const verbs = converted.verbs;
  const nouns: Record<string, LemmaEntries> = {};
  let n = mergeHand(verbs, hand.verbs, inp.plover, `hand/${inp.language}.yaml verbs`);
  n += mergeHand(nouns, hand.nouns, inp.plover, `hand/${inp.language}.yaml nouns`);
  const dict: EventDictionary = {
    language: inp.language,
    about: ABOUT,
    sources: [...(inp.verbDictionary ? [inp.verbDictionary.source] : []), ...inp.ploverSources],
    overrides: Object.fromEntries(Object.entries(inp.plover.overrides).map(([k, o]) => [k, o.reason])),
    classes: sortKeys(classes),
    verbs: sortKeys(verbs),
    blocks: sortKeys(converted.blocks),
    nouns: sortKeys(nouns),
    forms,
  };
  checkEventDictionary(dict, `events.${inp.language}.json`);
  return { dict, stats, hand: n };
}

/** Entry counts by type, for the report. */
export function countByType(d: EventDictionary): Record<string, { verbs: number; blocks: number; nouns: number }> {
  const out: Record<string, { verbs: number; blocks: number; nouns: number }> = {};
  const add = (e: DictEntry, k: "verbs" | "blocks" | "nouns") => ((out[e.type ?? "(none)"] ??= { verbs: 0, blocks: 0, nouns: 0 })[k] += 1);
  for (const v of Object.values(d.verbs)) for (const e of v.entries) add(e, "verbs");
  for (const b of Object.values(d.blocks)) for (const e of b) add(e, "blocks");
  for (const v of Object.values(d.nouns)) for (const e of v.entries) add(e, "nouns");
  return sortKeys(out);
}

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--") || argv[i + 1] === undefined) throw new Error(`usage: convert-dictionaries --petrarch2 DIR --universal-petrarch DIR --plover DIR [--out DATA_DIR]`);
    out[a.slice(2)] = argv[++i]!;
  }
  for (const k of ["petrarch2", "universal-petrarch", "plover"]) if (!out[k]) throw new Error(`missing --${k} (a clone or snapshot of openeventdata/${k === "petrarch2" ? "petrarch2" : k === "plover" ? "PLOVER" : "UniversalPetrarch"})`);
  return out;
}

function main(): void {
  const a = args(process.argv.slice(2));
  const root = resolve(import.meta.dirname, "..");
  const data = resolve(a.out ?? join(root, "data"));
  const own = (p: string) => readFileSync(join(root, "data", p), "utf8");
  const p18 = readSource(a.plover!, SOURCES.plover2018);
  const p21 = readSource(a.plover!, SOURCES.plover2021);
  const plover = ploverMap(p18.text, p21.text, own("dictionaries/cameo-plover.yaml"));
  const ploverSources = [p18.source, p21.source];
  mkdirSync(join(data, "dictionaries"), { recursive: true });
  const report: string[] = [];
  const inputs: Record<Language, { text: string; source: Resolved } | undefined> = {
    en: readSource(a.petrarch2!, SOURCES.cameoEn),
    es: readSource(a["universal-petrarch"]!, SOURCES.cameoEs),
    pt: undefined,
  };
  for (const language of ["en", "es", "pt"] as Language[]) {
    const { dict, stats, hand } = buildEventDictionary({ language, verbDictionary: inputs[language], plover, ploverSources, handYaml: own(`dictionaries/hand/${language}.yaml`) });
    writeFileSync(join(data, "dictionaries", `events.${language}.json`), formatDictionary(dict));
    const entries = (part: Record<string, LemmaEntries>) => Object.values(part).reduce((n, v) => n + v.entries.length, 0);
    report.push(
      `events.${language}.json: ${Object.keys(dict.verbs).length} verb lemmas (${entries(dict.verbs)} entries), ${Object.keys(dict.blocks).length} blocks (${Object.values(dict.blocks).reduce((n, b) => n + b.length, 0)} patterns), ${Object.keys(dict.nouns).length} noun lemmas (${entries(dict.nouns)} entries), ${hand} hand entries`,
    );
    if (stats) report.push(`  source: ${stats.blocks} blocks, ${stats.verbs} verb lines (${stats.verbsSkipped} not verbs), ${stats.patterns} patterns, ${stats.patternsConverted} converted; skipped: ${JSON.stringify(stats.patternsSkipped)}`);
    report.push(`  by type: ${JSON.stringify(countByType(dict))}`);
    void specificity;
  }
  // Actors.
  const phoenix: PhoenixInput = {
    countries: readSource(a.petrarch2!, SOURCES.phoenixCountries),
    international: readSource(a.petrarch2!, SOURCES.phoenixInternational),
    milNonState: readSource(a.petrarch2!, SOURCES.phoenixMilNonState),
    people: parse(own("gazetteer/people.yaml")),
    organizations: parse(own("gazetteer/organizations.yaml")),
    historical: parse(own("gazetteer/historical-states.yaml")),
  };
  const actors = convertPhoenix(phoenix);
  // JSON, not YAML: 17,000 rows parse in milliseconds instead of seconds, in every process that
  // builds the gazetteer. The rows have the shape of people.yaml's and organizations.yaml's.
  const about = (what: string) =>
    `${what} from the Phoenix actor dictionaries of PETRARCH2 (MIT), generated by \`npm run convert:dictionaries\` (scripts/convert-dictionaries.ts); do not edit: see data/gazetteer/README.md.`;
  const sources = [phoenix.countries, phoenix.international, phoenix.milNonState].map((s) => s.source);
  writeFileSync(join(data, "gazetteer", "phoenix-people.json"), jsonRows({ about: about("People"), sources }, "people", actors.people));
  writeFileSync(join(data, "gazetteer", "phoenix-organizations.json"), jsonRows({ about: about("Organizations"), sources }, "organizations", actors.organizations));
  report.push(...actors.report);
  console.log(report.join("\n"));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
