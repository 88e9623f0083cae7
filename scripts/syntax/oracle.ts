/**
 * What the parser learns from: the dynamic oracle of arc-eager parsing (Goldberg & Nivre 2012), the
 * number of gold arcs a transition makes unreachable from the current state, so that training can
 * follow the model's own mistakes and still learn the best next step from wherever it is.
 * Gold trees must be projective: `projectivize` lifts the arcs that cross.
 */
import { REDUCE, SHIFT, type ParseState } from "../../src/syntax/parser.js";

export interface GoldTree {
  /** Gold head per word, index 1..n (index 0 unused). */
  head: Int32Array;
  /** Gold label index per word, index 1..n. */
  label: Int16Array;
}

const NO = -1;

function inStack(st: ParseState, k: number): boolean {
  for (let i = 0; i < st.sp; i++) if (st.stack[i] === k) return true;
  return false;
}

/** Cost of transition class c in state st (which must be valid there). */
export function cost(st: ParseState, c: number, g: GoldTree, nLabels: number): number {
  const s0 = st.s0;
  const b = st.b;
  const n = st.n;
  let k = 0;
  if (c === SHIFT) {
    // b leaves the buffer: its arcs with the stack are lost.
    for (let i = 0; i < st.sp; i++) {
      const s = st.stack[i]!;
      if (g.head[b] === s) k++;
      if (s > 0 && st.head[s] === NO && g.head[s] === b) k++;
    }
    return k;
  }
  if (c === REDUCE) {
    for (let j = b; j <= n; j++) if (g.head[j] === s0) k++;
    return k;
  }
  if (c < 2 + nLabels) {
    // LEFT: s0 takes b as head and leaves: its other arcs with the buffer are lost.
    for (let j = b + 1; j <= n; j++) if (g.head[j] === s0) k++;
    const h = g.head[s0]!;
    if (h !== b && h >= b) k++;
    if (h === b && g.label[s0] !== c - 2) k++;
    return k;
  }
  // RIGHT: b takes s0 as head and is pushed.
  const h = g.head[b]!;
  if (h !== s0 && (h >= b + 1 || (h !== s0 && inStack(st, h)))) k++;
  for (let i = 0; i < st.sp; i++) {
    const s = st.stack[i]!;
    if (s > 0 && st.head[s] === NO && g.head[s] === b) k++;
  }
  if (h === s0 && g.label[b] !== c - 2 - nLabels) k++;
  return k;
}

/** Whether every word between h and d hangs, directly or not, from h. */
function projectiveArc(head: Int32Array, h: number, d: number): boolean {
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let x = k;
    while (x !== h && x !== 0 && x !== NO) x = head[x]!;
    if (x !== h) return false;
  }
  return true;
}

/** The tree with crossing arcs lifted, shortest first, until none crosses (Nivre & Nilsson 2005, without label encoding). */
export function projectivize(head: Int32Array): { head: Int32Array; lifted: number } {
  const h = Int32Array.from(head);
  const n = h.length - 1;
  let lifted = 0;
  for (;;) {
    let bestD = -1;
    let bestLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const hd = h[d]!;
      if (hd <= 0) continue;
      const len = Math.abs(hd - d);
      if (len < bestLen && !projectiveArc(h, hd, d)) {
        bestLen = len;
        bestD = d;
      }
    }
    if (bestD < 0) return { head: h, lifted };
    h[bestD] = h[h[bestD]!]!;
    lifted++;
  }
}
