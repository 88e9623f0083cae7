/**
 * What every stage reads of a word, hashed once per sentence: the lower-cased form, its affixes and
 * its shape. Digits fold to 0 so that "1998" and "2025" share a feature.
 */
import { hashString } from "./hash.js";

export interface Atoms {
  n: number;
  forms: readonly string[];
  lower: string[];
  w: Int32Array;
  shape: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  suf5: Int32Array;
  /** Bit flags: FLAG_* below. */
  flags: Uint8Array;
}

export const FLAG_UPPER = 1;
export const FLAG_ALLCAPS = 2;
export const FLAG_DIGIT = 4;
export const FLAG_HYPHEN = 8;
export const FLAG_FIRST = 16;
export const FLAG_PUNCT = 32;

/** Hash of the word the sentence does not have (before its start, after its end). */
export const NONE = hashString("\u0000none");

export function normalize(form: string): string {
  return form.toLowerCase().replace(/\d/g, "0");
}

/** "Kim" -> "Xx", "norte-coreano" -> "x-x", "15.000" -> "d.d", "EUA" -> "X". */
export function shapeOf(form: string): string {
  let out = "";
  let last = "";
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{L}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** What a form always hashes to, whatever sentence it is in. */
interface FormAtoms {
  lower: string;
  w: number;
  shape: number;
  pre1: number;
  pre2: number;
  pre3: number;
  suf1: number;
  suf2: number;
  suf3: number;
  suf4: number;
  suf5: number;
  flags: number;
}

// Forms repeat across a corpus; the cap keeps a long ingest from growing without bound.
const FORM_CACHE = 100_000;
const cache = new Map<string, FormAtoms>();

export function formAtoms(form: string): FormAtoms {
  let f = cache.get(form);
  if (f) return f;
  const low = normalize(form);
  let flags = 0;
  const first = form.charAt(0);
  if (first !== first.toLowerCase()) flags |= FLAG_UPPER;
  if (form.length > 1 && form === form.toUpperCase() && form !== form.toLowerCase()) flags |= FLAG_ALLCAPS;
  if (/\d/.test(form)) flags |= FLAG_DIGIT;
  if (form.length > 1 && form.includes("-")) flags |= FLAG_HYPHEN;
  if (!/[\p{L}\p{N}]/u.test(form)) flags |= FLAG_PUNCT;
  f = {
    lower: low,
    w: hashString(low),
    shape: hashString(shapeOf(form)),
    pre1: hashString(low.slice(0, 1)),
    pre2: hashString(low.slice(0, 2)),
    pre3: hashString(low.slice(0, 3)),
    suf1: hashString(low.slice(-1)),
    suf2: hashString(low.slice(-2)),
    suf3: hashString(low.slice(-3)),
    suf4: hashString(low.slice(-4)),
    suf5: hashString(low.slice(-5)),
    flags,
  };
  if (cache.size >= FORM_CACHE) cache.clear();
  cache.set(form, f);
  return f;
}

export function atomsOf(forms: readonly string[]): Atoms {
  const n = forms.length;
  const a: Atoms = {
    n,
    forms,
    lower: new Array<string>(n),
    w: new Int32Array(n),
    shape: new Int32Array(n),
    pre1: new Int32Array(n),
    pre2: new Int32Array(n),
    pre3: new Int32Array(n),
    suf1: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    suf5: new Int32Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const f = formAtoms(forms[i]!);
    a.lower[i] = f.lower;
    a.w[i] = f.w;
    a.shape[i] = f.shape;
    a.pre1[i] = f.pre1;
    a.pre2[i] = f.pre2;
    a.pre3[i] = f.pre3;
    a.suf1[i] = f.suf1;
    a.suf2[i] = f.suf2;
    a.suf3[i] = f.suf3;
    a.suf4[i] = f.suf4;
    a.suf5[i] = f.suf5;
    a.flags[i] = i === 0 ? f.flags | FLAG_FIRST : f.flags;
  }
  return a;
}
