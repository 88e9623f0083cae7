/** Text as names are compared: case and accents ignored, one apostrophe. */

const FOLD_CACHE = 200_000;
const folded = new Map<string, string>();

/** Lower case with accents folded: the key every lexicon, gazetteer and name look-up uses. */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’`´]/g, "'");
    // Words repeat across a corpus; the cap keeps a long ingest from growing without bound.
    if (folded.size >= FOLD_CACHE) folded.clear();
    folded.set(s, f);
  }
  return f;
}
