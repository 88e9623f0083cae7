/**
 * Scores extraction on single-sentence event reports (wire-service ledes): for each line of a JSON
 * Lines file with the sentence, its publication date and the gold PLOVER type, source and target
 * (states as ISO 3166 alpha-3, other actors as slugs), whether an event of that type comes out, and
 * whether one does with the same source and target states (a person counts as the state they lead
 * or serve, an agency as its state, a body of an organization as the organization; a joint act with
 * several sources and no target as one between them, as score.mjs reads it, with the figure for
 * directed events alone printed beside).
 *
 *   npx tsx scripts/eval/ledes.ts FILE.jsonl [--verbose]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extract } from "../../src/extract/index.js";
import type { Extraction } from "../../src/extract/types.js";
import { slug } from "../../src/model/ids.js";
import type { EntityRef } from "../../src/model/keys.js";
import { SYMMETRIC_TYPES } from "../../src/model/plover.js";

interface Lede {
  id: string;
  text: string;
  published: string;
  type: string;
  source: string[];
  target: string[];
}

/** Every id an actor may be written as in the gold: its own id and slugs, and the state it acts for. */
function keysOf(x: Extraction, r: EntityRef): Set<string> {
  const keys = namesOf(x, r);
  for (const rel of x.relations) {
    // A leader or agency acts for its state; a body of an organization (the Security Council), its
    // head and its staff (the UN's human rights chief, Hezbollah's leader) for it.
    if ((rel.type === "LEADS" || rel.type === "PART_OF") && rel.from.id === r.id && rel.to.label === "State") keys.add(rel.to.id);
    if ((rel.type === "LEADS" || rel.type === "PART_OF") && rel.from.id === r.id && rel.to.label === "Organization") for (const k of namesOf(x, rel.to)) keys.add(k);
  }
  return keys;
}

/** An actor's own id and the slugs of its names ("eu", "european-union"). */
function namesOf(x: Extraction, r: EntityRef): Set<string> {
  const keys = new Set<string>([r.id, r.id.toLowerCase()]);
  const e = x.entities.find((y) => y.label === r.label && y.id === r.id);
  for (const name of [e?.name, ...(e?.aliases ?? [])]) if (name) keys.add(slug(name).replace(/-/g, "_")).add(slug(name));
  return keys;
}

/** The predicted actors and the gold ids name the same sides: each gold id has an actor and each actor a gold id. */
function sameSides(x: Extraction, actors: EntityRef[], gold: string[]): boolean {
  const keys = actors.map((a) => keysOf(x, a));
  const g = gold.map((id) => id.toLowerCase());
  return g.every((id) => keys.some((k) => k.has(id) || k.has(id.toUpperCase()))) && keys.every((k) => g.some((id) => k.has(id) || k.has(id.toUpperCase())));
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: "boolean", default: false } } });
const file = positionals[0];
if (!file) {
  console.error("usage: ledes.ts FILE.jsonl [--verbose]");
  process.exit(2);
}
const ledes = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Lede);
let typed = 0, full = 0, strict = 0, none = 0;
const byType = new Map<string, { n: number; typed: number; full: number }>();
for (const l of ledes) {
  const x = extract({ source: l.id, text: l.text, published: l.published, language: "en" });
  const sameType = x.events.filter((e) => e.type === l.type);
  const directed = (e: Extraction["events"][number]) =>
    SYMMETRIC_TYPES.has(l.type)
      ? sameSides(x, [...e.sources, ...e.targets], [...l.source, ...l.target])
      : sameSides(x, e.sources, l.source) && sameSides(x, e.targets, l.target);
  // A joint act ("Iran and Saudi Arabia agreed"): several sources and no target, which score.mjs
  // reads as a fact between each two of them; its direction is not checked.
  const joint = (e: Extraction["events"][number]) => e.sources.length >= 2 && !e.targets.length && l.target.length > 0 && sameSides(x, e.sources, [...l.source, ...l.target]);
  const ok = sameType.some((e) => directed(e) || joint(e));
  if (sameType.some(directed)) strict++;
  if (sameType.length) typed++;
  if (ok) full++;
  if (!x.events.length) none++;
  const t = byType.get(l.type) ?? { n: 0, typed: 0, full: 0 };
  t.n++;
  if (sameType.length) t.typed++;
  if (ok) t.full++;
  byType.set(l.type, t);
  if (values.verbose && !ok) {
    const got = x.events.map((e) => `${e.type} ${e.sources.map((r) => r.id).join("+")} -> ${e.targets.map((r) => r.id).join("+")}`).join("; ") || "no event";
    console.log(`${l.id}: want ${l.type} ${l.source.join("+")} -> ${l.target.join("+")}; got ${got}\n  ${l.text}`);
  }
}
const f = (k: number) => (k / ledes.length).toFixed(2);
if (values.verbose) for (const [t, c] of [...byType].sort()) console.log(`${t.padEnd(12)} ${c.n} type ${c.typed} type+states ${c.full}`);
console.log(`ledes ${ledes.length}: type ${f(typed)} | type+states ${f(full)} (directed only ${f(strict)}) | no event ${f(none)}`);
