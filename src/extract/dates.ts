/**
 * Date expressions resolved against the publication date: chrono-node for weekdays and
 * calendar dates (it covers pt, en and es), the lexicon for years, months and seasons
 * ("no ano passado", "em abril deste ano", "last autumn", "in 2019").
 */
import * as chrono from "chrono-node";
import { fold } from "../model/text.js";
import type { Lexicon } from "./lexicon.js";
import { firstMatch, matchAny } from "./patterns.js";
import type { Token } from "./types.js";

export interface DateHit {
  from: number;
  to: number;
  text: string;
  /** The value if the event lies in the past of the publication, and if it lies ahead (weekdays differ). */
  past: string;
  future: string;
}

const parsers: Record<string, chrono.Chrono> = { en: chrono.en.casual, pt: chrono.pt.casual, es: chrono.es.casual };

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const k = tokens.findIndex((t) => t.end > offset);
  return k < 0 ? tokens.length - 1 : k;
}

/** Noon of the day an article is read at (its publication day): what every date of it is resolved against. */
export function referenceDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** `ref` is the article's referenceDate(), read once per article rather than once per sentence. */
export function findDates(tokens: readonly Token[], text: string, base: number, lex: Lexicon, ref: Date): DateHit[] {
  const out: DateHit[] = [];
  const year = ref.getUTCFullYear();
  // "ANKARA, April 23 (Reuters) -": the dateline's date is when the story was filed, not when anything happened.
  const dash = tokens.findIndex((t, i) => i < 14 && /^[-–—]$/.test(t.text));
  const dateline = dash > 0 && tokens.slice(0, dash).some((t) => t.text === ")") ? dash : -1;
  const covered = new Set<number>();
  for (let k = 0; k < dateline; k++) covered.add(k);
  const add = (from: number, to: number, past: string, future = past) => {
    for (let k = from; k < to; k++) if (covered.has(k)) return;
    for (let k = from; k < to; k++) covered.add(k);
    const a = tokens[from]!;
    const b = tokens[to - 1]!;
    out.push({ from, to, text: text.slice(a.start - base, b.end - base).replace(/[\s,.;:]+$/, ""), past, future });
  };
  const d = lex.dates;
  const years = [[d.lastYear, year - 1], [d.nextYear, year + 1]] as const;
  const weeks = [[d.lastWeek, -7], [d.nextWeek, 7]] as const;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Month + "deste ano" / "this year", or month alone.
    const month = d.months.get(t.norm);
    // "a 16 de junho", "5 de março de 2022", "5 March 2022", "March 5": a day goes with the month,
    // which the calendar parser below reads whole.
    const day = (k: number) => /^(0?[1-9]|[12]\d|3[01])$/.test(tokens[k]?.text ?? "");
    const withDay = day(i - 1) || (day(i - 2) && d.yearIntro.has(tokens[i - 1]?.norm ?? "")) || (lex.language === "en" && day(i + 1) && !/^\d{4}$/.test(tokens[i + 1]!.text));
    if (month && !t.punct && (t.upper || lex.language !== "en") && !withDay) {
      // "abril deste ano", "maio do próximo ano", "March last year": the year phrase may follow a connector.
      const rel = (ps: typeof d.thisYear) => {
        for (const k of [1, 2]) {
          const m = matchAny(tokens, i + k, ps);
          if (m) return i + k + m.length;
        }
        return 0;
      };
      const yTok = tokens[i + 1]?.norm.match(/^(1[89]|20)\d\d$/) ? tokens[i + 1] : tokens[i + 2]?.norm.match(/^(1[89]|20)\d\d$/) && d.yearIntro.has(tokens[i + 1]!.norm) ? tokens[i + 2] : undefined;
      const [ly, ny, ty] = [rel(d.lastYear), rel(d.nextYear), rel(d.thisYear)];
      if (yTok) add(i, tokens.indexOf(yTok) + 1, `${yTok.norm}-${pad(month)}`);
      else if (ly) add(i, ly, `${year - 1}-${pad(month)}`);
      else if (ny) add(i, ny, `${year + 1}-${pad(month)}`);
      else if (ty) add(i, ty, `${year}-${pad(month)}`);
      else if (tokens[i - 1] && d.last.has(tokens[i - 1]!.norm)) {
        // "last September": the latest one before publication.
        add(i - 1, i + 1, `${month < ref.getUTCMonth() + 1 ? year : year - 1}-${pad(month)}`);
      } else if (d.months.get(t.norm) && tokens[i - 1] && d.yearIntro.has(tokens[i - 1]!.norm)) {
        // A bare month: the latest one not after publication for the past, the next for the future.
        const m = pad(month);
        add(i, i + 1, month <= ref.getUTCMonth() + 1 ? `${year}-${m}` : `${year - 1}-${m}`, month >= ref.getUTCMonth() + 1 ? `${year}-${m}` : `${year + 1}-${m}`);
      }
      continue;
    }
    // "hoje", "ontem", "yesterday", "esta noche": a day counted from the publication.
    const rel = firstMatch(tokens, i, d.days, (x) => x.pattern);
    if (rel) {
      const day = isoDay(new Date(ref.getTime() + rel.item.offset * 864e5));
      add(i, i + rel.length, day, day);
      continue;
    }
    // Seasons: "o outono passado", "last autumn".
    const season = d.seasons.get(t.norm);
    if (season) {
      const lastAfter = tokens[i + 1] && d.last.has(tokens[i + 1]!.norm);
      const lastBefore = tokens[i - 1] && d.last.has(tokens[i - 1]!.norm);
      if (lastAfter || lastBefore) {
        // The last such season that ended before publication.
        const y = season + 2 < ref.getUTCMonth() + 1 ? year : year - 1;
        add(lastBefore ? i - 1 : i, lastAfter ? i + 2 : i + 1, String(y));
      }
      continue;
    }
    for (const [ps, y] of years) {
      const m = matchAny(tokens, i, ps);
      if (m) add(i, i + m.length, String(y));
    }
    // "na semana passada", "next week": the calendar week's month when the week lies within one.
    for (const [ps, shift] of weeks) {
      const m = matchAny(tokens, i, ps);
      if (!m) continue;
      const monday = new Date(ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 864e5 + shift * 864e5);
      const [a, b] = [isoDay(monday), isoDay(new Date(monday.getTime() + 6 * 864e5))];
      if (a.slice(0, 7) === b.slice(0, 7)) add(i, i + m.length, a.slice(0, 7));
      else if (a.slice(0, 4) === b.slice(0, 4)) add(i, i + m.length, a.slice(0, 4));
    }
    const lm = matchAny(tokens, i, d.lastMonth);
    if (lm) {
      const p = new Date(Date.UTC(year, ref.getUTCMonth() - 1, 1));
      add(i, i + lm.length, `${p.getUTCFullYear()}-${pad(p.getUTCMonth() + 1)}`);
    }
    // A year after "em", "in", "desde", "since".
    if (/^(1[89]|20)\d\d$/.test(t.norm) && tokens[i - 1] && d.yearIntro.has(tokens[i - 1]!.norm) && !d.months.has(tokens[i - 2]?.norm ?? "")) add(i, i + 1, t.norm);
  }
  // Weekdays and calendar dates. chrono is the slowest step of extraction: only sentences with a
  // weekday, a month name or a digit can hold what it finds.
  if (!tokens.some((t) => /\d/.test(t.text) || d.weekdays.has(t.norm) || d.months.has(t.norm))) return out.sort((x, y) => x.from - y.from);
  const parser = parsers[lex.language] ?? parsers.en!;
  for (const p of parser.parse(text, ref)) {
    const from = tokenIndexAt(tokens, base + p.index);
    const to = tokenIndexAt(tokens, base + p.index + p.text.length - 1) + 1;
    const precise = (r: chrono.ParsedResult) =>
      r.start.isCertain("day") || r.start.isCertain("weekday")
        ? isoDay(r.start.date())
        : r.start.isCertain("month")
          ? isoDay(r.start.date()).slice(0, 7)
          : null;
    // "after five days" is a duration, not a date: keep weekdays, months and written dates.
    const words = p.text.split(/\s+/).map((w) => fold(w).replace(/[^\p{L}-]/gu, ""));
    const named = words.some((w) => lex.dates.weekdays.has(w) || lex.dates.months.has(w));
    // "for 90 days", "por 90 días": how long, not when.
    if (!named && (!/\d/.test(p.text) || d.durationIntro.has(words[0] ?? ""))) continue;
    const a = precise(p);
    if (a) {
      // A bare weekday is the nearest one in chrono's reading: the previous one for what happened,
      // the next one for what is planned.
      const weekday = p.start.isCertain("weekday") && !p.start.isCertain("day");
      // "esta terça-feira", "este jueves", "this Friday": the day of the publication's own week,
      // whether it is past or ahead.
      if (weekday && (d.thisWeek.has(words[0] ?? "") || d.thisWeek.has(tokens[from - 1]?.norm ?? ""))) {
        const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 864e5;
        let when = monday + ((p.start.date().getUTCDay() + 6) % 7) * 864e5;
        // "este domingo" in Monday's paper is the day before: the week's own Sunday is six days off.
        if (when - ref.getTime() > 5 * 864e5) when -= 7 * 864e5;
        const day = isoDay(new Date(when));
        add(from, to, day, day);
        continue;
      }
      const when = p.start.date().getTime();
      const pastVal = weekday && a > isoDay(ref) ? isoDay(new Date(when - 7 * 864e5)) : a;
      const futureVal = weekday && a <= isoDay(ref) ? isoDay(new Date(when + 7 * 864e5)) : a;
      add(from, to, pastVal, futureVal);
    }
  }
  return out.sort((x, y) => x.from - y.from);
}
