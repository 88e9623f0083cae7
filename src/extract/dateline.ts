/**
 * A wire story's dateline: where it was filed, often when, and by which agency ("LONDON/DUBAI
 * (Reuters) -", "Tegucigalpa, 21 abr (EFE).-", "Maputo, 25 out 2024 (Lusa) -", "MOSCOW (AP) —").
 * It says where the reporter was, not what happened: the place and the agency are no actors of the
 * story, and parsed with the sentence the city becomes its root.
 */
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'-]*(?:[ /](?:\p{Lu}[\p{L}\p{M}.'-]*|de|del|da|do|la|el|of))*`;
const CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}.'-]*(?:[ /]\p{Lu}[\p{Lu}\p{M}.'-]*)*`;
const AGENCY = String.raw`\((?:\p{Lu}[\p{L}\p{M}.&-]*)(?: \p{Lu}[\p{L}\p{M}.&-]*){0,3}\)`;
/** "HAIA E MOSCOU", "MOSCOW/WARSAW": cities in capitals, joined by a slash or "and". */
const CITIES = String.raw`\p{Lu}{2}[\p{Lu}\p{M}.'-]*(?:[ ]\p{Lu}{2}[\p{Lu}\p{M}.'-]*)*(?:(?:\s*/\s*|\s+(?:E|Y|AND|ET)\s+)\p{Lu}{2}[\p{Lu}\p{M}.'-]*(?:[ ]\p{Lu}{2}[\p{Lu}\p{M}.'-]*)*)*`;
/** A character of a date or region after the place's comma: no bracket, and a full stop only after a month cut short ("Nov. 6"). */
const DATE = String.raw`(?:[^()\n.]|\.(?=\s*\d))`;
/**
 * A place in capitals, or a place then a comma and a date or region; an agency in brackets; a dash.
 * Without an agency, cities in capitals (and a date after a comma) then a dash: "NUEVA YORK.-",
 * "MOSCOW/WARSAW, Feb 22 -".
 */
const DATELINE = new RegExp(
  String.raw`^(?:(?:${CAPS}|${PLACE},${DATE}{1,40}?)\s*${AGENCY}\s*(?:\.?\s*[-–—]+|:)|${CITIES}(?:,${DATE}{1,30}?)?\s*\.?\s*[-–—]+)\s*(?=\S)`,
  "u",
);

/**
 * The dateline opening the story: at the start of its first non-empty line, or of the second when
 * the first is a headline (pages and JSON Lines often carry one in the text).
 */
export function findDateline(text: string): { start: number; end: number } | undefined {
  let seen = 0;
  for (const m of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const at = m.index + lead;
    const d = DATELINE.exec(text.slice(at, at + 160));
    if (d) return { start: at, end: at + d[0].length };
    if (++seen === 2) return undefined;
  }
  return undefined;
}
