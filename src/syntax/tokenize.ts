/**
 * Text to tokens to syntactic words, with character offsets kept at every step. A surface token
 * may be several words in Universal Dependencies: fused contractions ("do" = de + o, "del", "à")
 * and suffixes split off a host ("divulgá-las" = divulgá + las, "celebrarlos", "don't" = do + n't).
 * Which forms split, and after which host endings, is learnt from the treebank (learnTokenization)
 * and stored in the model, so no language's list lives in code.
 */
import type { ConlluSentence } from "./conllu.js";

export interface SuffixRule {
  /** Lower-case surface suffix, separator included ("-las", "los", "n't", "'s"). */
  suffix: string;
  /** The words the suffix stands for (lower case). */
  words: string[];
  /** Lower-case, accent-folded last two letters of hosts it was seen after; null when any host will do. */
  hosts: string[] | null;
}

export interface Tokenization {
  /** Lower-case fused forms and their words. */
  fused: [string, string[]][];
  suffixes: SuffixRule[];
  /** Lower-case forms a suffix rule would split but the treebank keeps whole. */
  whole: string[];
  /** Lower-case abbreviations that keep their final period ("sr.", "u.s.", "ee.uu."). */
  abbreviations: string[];
}

export interface SyntaxToken {
  text: string;
  start: number;
  end: number;
  /** The syntactic words: one for most tokens. Fused words share the token's span. */
  words: { form: string; start: number; end: number }[];
}

const fold2 = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().slice(-2);

/**
 * Surface tokens: words (with inner hyphens and apostrophes), numbers with their separators,
 * dotted initials and abbreviations, and single punctuation marks.
 */
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

export class Tokenizer {
  private readonly fused: Map<string, string[]>;
  private readonly whole: Set<string>;
  private readonly abbreviations: Set<string>;
  private readonly suffixes: (SuffixRule & { hostSet: Set<string> | null })[];

  constructor(t: Tokenization) {
    this.fused = new Map(t.fused);
    this.whole = new Set(t.whole);
    this.abbreviations = new Set(t.abbreviations);
    // Longest suffix first, so "-las" is tried before "-as".
    this.suffixes = [...t.suffixes].sort((a, b) => b.suffix.length - a.suffix.length).map((r) => ({ ...r, hostSet: r.hosts ? new Set(r.hosts) : null }));
  }

  /** Tokens of `text`, offsets relative to `base`. */
  tokenize(text: string, base = 0): SyntaxToken[] {
    const out: SyntaxToken[] = [];
    const re = new RegExp(TOKEN.source, "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let t = m[0];
      // An abbreviation keeps its period ("Sr.", "EE.UU."); any other word leaves it to the sentence.
      if (text.charAt(re.lastIndex) === "." && /\p{L}$/u.test(t) && this.abbreviations.has(`${t.toLowerCase()}.`)) {
        t += ".";
        re.lastIndex++;
      }
      const start = base + m.index;
      out.push({ text: t, start, end: start + t.length, words: this.words(t, start) });
    }
    return out;
  }

  /** The syntactic words of one surface token. */
  words(t: string, start: number): { form: string; start: number; end: number }[] {
    const low = t.toLowerCase();
    const fused = this.fused.get(low);
    if (fused) {
      return fused.map((w, i) => ({ form: i === 0 ? matchCase(t, w) : w, start, end: start + t.length }));
    }
    if (!this.whole.has(low)) {
      for (const r of this.suffixes) {
        if (low.length <= r.suffix.length + 1 || !low.endsWith(r.suffix)) continue;
        const host = t.slice(0, t.length - r.suffix.length);
        if (r.hostSet && !r.hostSet.has(fold2(host))) continue;
        // "Carles", "Dolores": a capitalized word is a name, and a name ends in no clitic.
        if (/^\p{L}+$/u.test(r.suffix) && /^\p{Lu}/u.test(t)) continue;
        const inner = this.words(host, start);
        const sep = r.suffix.startsWith("-") ? 1 : 0;
        let pos = start + host.length + sep;
        const tail = t.slice(host.length + sep);
        // One surface suffix may stand for one word ("-las") or more ("selo" = se + lo).
        const forms = r.words.length === 1 ? [tail] : r.words;
        const words = forms.map((f) => {
          const w = { form: f, start: pos, end: Math.min(start + t.length, pos + f.length) };
          pos += r.words.length === 1 ? f.length : 0;
          return w;
        });
        return [...inner, ...words];
      }
    }
    return [{ form: t, start, end: start + t.length }];
  }
}

/** How many lower-case words of the treebank, kept whole, end in a host ending followed by the suffix. */
function keptWhole(wholeCount: ReadonlyMap<string, number>, hostEnding: string, suffix: string): number {
  let n = 0;
  for (const [low, c] of wholeCount) {
    if (low.length <= suffix.length + 1 || !low.endsWith(suffix)) continue;
    if (fold2(low.slice(0, low.length - suffix.length)) === hostEnding) n += c;
  }
  return n;
}

function matchCase(surface: string, word: string): string {
  const first = surface.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * What a treebank teaches about its tokens: which fused forms it splits (most of the time they
 * occur), which suffixes it splits off and after which host endings, and which abbreviations keep
 * their period.
 */
export function learnTokenization(sentences: readonly ConlluSentence[]): Tokenization {
  const split = new Map<string, Map<string, number>>();
  const splitCount = new Map<string, number>();
  const wholeCount = new Map<string, number>();
  /** Whole words written in lower case: a name ("Carlos") says nothing of how verbs take their clitics. */
  const wholeLower = new Map<string, number>();
  const suffixHosts = new Map<string, { words: string[]; hosts: Map<string, number>; count: number }>();
  const abbreviations = new Map<string, number>();
  for (const s of sentences) {
    const covered = new Set<number>();
    for (const m of s.multiwords) {
      const low = m.form.toLowerCase();
      const words = s.words.slice(m.first - 1, m.last).map((w) => w.form.toLowerCase());
      for (let i = m.first; i <= m.last; i++) covered.add(i);
      splitCount.set(low, (splitCount.get(low) ?? 0) + 1);
      const joined = words.join("");
      const host = words[0]!;
      const rest = words.slice(1).join("");
      if (words.length >= 2 && (joined === low || `${host}-${words.slice(1).join("-")}` === low) && low.startsWith(host) && host.length >= 2) {
        const sep = joined === low ? "" : "-";
        const suffix = sep + words.slice(1).join(sep);
        const key = `${suffix}\u0000${words.slice(1).join(" ")}`;
        const e = suffixHosts.get(key) ?? { words: words.slice(1), hosts: new Map(), count: 0 };
        e.count++;
        const h = fold2(host);
        e.hosts.set(h, (e.hosts.get(h) ?? 0) + 1);
        suffixHosts.set(key, e);
        if (rest) continue;
      }
      const byWords = split.get(low) ?? new Map<string, number>();
      byWords.set(words.join(" "), (byWords.get(words.join(" ")) ?? 0) + 1);
      split.set(low, byWords);
    }
    for (const w of s.words) {
      if (covered.has(w.id)) continue;
      const low = w.form.toLowerCase();
      wholeCount.set(low, (wholeCount.get(low) ?? 0) + 1);
      if (w.form === low) wholeLower.set(low, (wholeLower.get(low) ?? 0) + 1);
      if (/\p{L}\.$/u.test(w.form) && w.form.length > 1) abbreviations.set(low, (abbreviations.get(low) ?? 0) + 1);
    }
  }
  const fused: [string, string[]][] = [];
  for (const [low, byWords] of split) {
    const [words, count] = [...byWords].sort((a, b) => b[1] - a[1])[0]!;
    if (count > (wholeCount.get(low) ?? 0)) fused.push([low, words.split(" ")]);
  }
  fused.sort((a, b) => a[0].localeCompare(b[0]));
  const suffixes: SuffixRule[] = [];
  for (const [key, e] of suffixHosts) {
    if (e.count < 3) continue;
    const suffix = key.split("\u0000")[0]!;
    // Apostrophes and hyphens mark a split wherever they occur; a bare ending only after a host
    // ending seen with it, and only where the treebank splits such words at least as often as it
    // keeps them whole in lower case: English "someones" is split, but "planes", "lines" and the
    // other words in "-nes" are plurals, and "parte" is no verb + "te".
    const anyHost = /^['’-]|^n['’]t$/.test(suffix);
    const hosts = anyHost ? null : [...e.hosts].filter(([h, c]) => c >= 2 && c >= keptWhole(wholeLower, h, suffix)).map(([h]) => h).sort();
    if (hosts && hosts.length === 0) continue;
    suffixes.push({ suffix, words: e.words, hosts });
  }
  suffixes.sort((a, b) => a.suffix.localeCompare(b.suffix));
  const tokenization: Tokenization = { fused, suffixes, whole: [], abbreviations: [...abbreviations].filter(([, c]) => c >= 2).map(([a]) => a).sort() };
  // Words the rules would split that the treebank mostly keeps whole ("vuelos" is no verb + "los").
  const tokenizer = new Tokenizer(tokenization);
  const whole: string[] = [];
  for (const [low, count] of wholeCount) {
    if (tokenizer.words(low, 0).length > 1 && count >= (splitCount.get(low) ?? 0)) whole.push(low);
  }
  tokenization.whole = whole.sort();
  return tokenization;
}
