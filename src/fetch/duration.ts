import { InvalidArgumentError } from "../errors.js";

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "15m", "1h", "1h30m", "0.5s" or a plain number of seconds, in milliseconds. */
export function parseDuration(s: string): number {
  const t = s.trim().toLowerCase();
  let ms = 0;
  if (/^\d+(\.\d+)?$/.test(t)) ms = Number(t) * 1000;
  else if (/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(t)) for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) ms += Number(m[1]) * UNITS[m[2]!]!;
  if (!(ms > 0)) throw new InvalidArgumentError(`'${s}' is not a duration (write e.g. 30s, 15m, 1h, 1h30m)`);
  return ms;
}
