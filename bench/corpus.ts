/**
 * A generated corpus for benchmarks: articles of about 4 KB in pt, en and es, built from sentence
 * templates and the gazetteer's states and leaders, reproducible from a seed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Article, Language } from "../src/extract/types.js";
import { defaultGazetteer } from "../src/extract/gazetteer.js";
import { DATA_DIR } from "../src/paths.js";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS: Record<Language, string[]> = {
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  pt: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
  es: ["lunes", "martes", "miércoles", "jueves", "viernes"],
};

export function generateCorpus(count: number, seed = 7, targetBytes = 4000): Article[] {
  const templates: Record<Language, string[]> = parse(readFileSync(join(DATA_DIR, "bench-templates.yaml"), "utf8"));
  const gaz = defaultGazetteer();
  // The hand-written gazetteer's leaders and today's states: the converted dictionaries (thousands of
  // past office holders, states that no longer exist) would change the articles from one data update to the next.
  const leaders = [...gaz.entries.values()].filter((e) => e.ref.label === "Person" && !e.converted && e.offices?.some((o) => o.leads && o.leads.length === 3));
  const states = [...gaz.entries.values()].filter((e) => e.ref.label === "State" && e.wikidata && !e.dissolved);
  const stateName = (iso3: string, lang: Language) => {
    const e = gaz.entries.get(`State:${iso3}`)!;
    // The first alias in the article's language is good enough for a benchmark; English otherwise.
    return lang === "en" ? e.name : e.aliases.find((a) => /[ãõçáéíóúâê]/i.test(a)) ?? e.name;
  };
  const rand = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const lang = (["en", "pt", "es"] as const)[i % 3]!;
    const lines: string[] = [];
    let size = 0;
    while (size < targetBytes) {
      const [a, b] = [pick(leaders), pick(leaders)];
      const [s, t, u] = [pick(states), pick(states), pick(states)];
      const line = pick(templates[lang])
        .replace("{A}", a.name)
        .replace("{B}", b.name)
        .replace("{S}", stateName(s.ref.id, lang))
        .replace("{T}", stateName(t.ref.id, lang))
        .replace("{U}", stateName(u.ref.id, lang))
        .replace("{D}", pick(WEEKDAYS[lang]))
        .replace("{N}", String(1000 + Math.floor(rand() * 20000)));
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    const day = String(1 + (i % 28)).padStart(2, "0");
    out.push({
      source: `generated-${i}`,
      title: `Generated article ${i}`,
      url: `https://bench.actorgraph.test/${i}`,
      published: `2025-0${1 + (i % 9)}-${day}`,
      language: lang,
      text: lines.join("\n"),
    });
  }
  return out;
}
