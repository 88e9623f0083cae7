/**
 * The syntax layer alone, per language, each in a fresh process so that its model's load time and
 * the process's memory are its own: sentences of the generated corpus tokenized, tagged, lemmatized
 * and parsed, timed after a warm-up.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./corpus.js";
import { splitSentences } from "../src/extract/text.js";
import { parseSentence, syntaxFor } from "../src/syntax/index.js";

const SELF = fileURLToPath(import.meta.url);

export async function benchSyntax(articles: number, print: (line: string) => void): Promise<void> {
  for (const lang of ["pt", "en", "es"]) {
    const r = spawnSync(process.execPath, [...process.execArgv, SELF, lang, String(articles)], { encoding: "utf8" });
    const line = r.stdout.trim().split("\n").at(-1);
    print(r.status === 0 && line ? line : `syntax ${lang}: failed: ${r.stderr.trim().split("\n").at(-1)}`);
  }
}

function probe(lang: string, articles: number): void {
  const started = performance.now();
  syntaxFor(lang);
  const loadMs = performance.now() - started;
  const loadedMb = process.memoryUsage().rss / 2 ** 20;
  const sentences = generateCorpus(articles * 3)
    .filter((a) => a.language === lang)
    .flatMap((a) => splitSentences(a.text, lang));
  const warm = sentences.slice(0, Math.min(200, sentences.length >> 2));
  for (const s of warm) parseSentence(s.text, lang, s.start);
  let words = 0;
  const t0 = performance.now();
  for (const s of sentences) words += parseSentence(s.text, lang, s.start).words.length;
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `syntax ${lang}: ${sentences.length} sentences, ${words} words in ${seconds.toFixed(2)} s = ${Math.round(words / seconds)} tokens/s on one thread (tokens, tags, features, lemmas, parse); model load ${Math.round(loadMs)} ms; process memory with the model loaded ${Math.round(loadedMb)} MB`,
  );
}

if (process.argv[1] === SELF) probe(process.argv[2]!, Number(process.argv[3] ?? 300));
