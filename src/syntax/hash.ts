/**
 * Feature keys. Every feature of the tagger, lemmatizer and parser is a template number and up to
 * four atoms (word hashes, tag ids, distances) mixed into one 30-bit integer: small enough to stay a
 * V8 small integer (fast Map keys while training, Int32Array slots at run time), and with a few
 * million features per model the collisions that 30 bits allow are too rare to cost accuracy.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function round(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, C2);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x3fffffff;
}

export function key1(t: number, a: number): number {
  return finish(round(round(0x2545f491, t), a));
}

export function key2(t: number, a: number, b: number): number {
  return finish(round(round(round(0x2545f491, t), a), b));
}

export function key3(t: number, a: number, b: number, c: number): number {
  return finish(round(round(round(round(0x2545f491, t), a), b), c));
}

export function key4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(round(round(round(round(round(0x2545f491, t), a), b), c), d));
}

/** FNV-1a over UTF-16 code units: the atom of a word, affix or lemma. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
