import { fold, tokenize } from "./text.js";
import type { Token } from "./types.js";

/** One compiled word pattern: "conversa* telefonica" -> two words, the first a prefix. */
export interface Pattern {
  words: { text: string; prefix: boolean }[];
  source: string;
}

export function compilePattern(p: string): Pattern {
  const words = p
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const prefix = w.endsWith("*");
      const toks = tokenize(prefix ? w.slice(0, -1) : w).map((t) => t.norm);
      return toks.map((t, i) => ({ text: t, prefix: prefix && i === toks.length - 1 }));
    });
  return { words, source: p };
}

export function compileAll(list: readonly string[] | undefined): Pattern[] {
  // Longest first, so "linha da frente" wins over "frente".
  return (list ?? []).map(compilePattern).sort((a, b) => b.words.length - a.words.length);
}

/** Number of tokens the pattern covers at position i, or 0. */
export function matchAt(tokens: readonly Token[], i: number, p: Pattern): number {
  if (i + p.words.length > tokens.length) return 0;
  for (let k = 0; k < p.words.length; k++) {
    const w = p.words[k]!;
    const t = tokens[i + k]!.norm;
    if (w.prefix ? !t.startsWith(w.text) : t !== w.text) return 0;
  }
  return p.words.length;
}

/** The first (longest) pattern matching at i. */
export function matchAny(tokens: readonly Token[], i: number, ps: readonly Pattern[]): { pattern: Pattern; length: number } | null {
  for (const p of ps) {
    const n = matchAt(tokens, i, p);
    if (n) return { pattern: p, length: n };
  }
  return null;
}

/** Does any pattern occur anywhere in tokens[from, to)? */
export function occursIn(tokens: readonly Token[], from: number, to: number, ps: readonly Pattern[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) if (matchAny(tokens, i, ps)) return true;
  return false;
}

export function foldWords(s: string): string {
  return tokenize(s).map((t) => t.norm).join(" ");
}

export { fold };
