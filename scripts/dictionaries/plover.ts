/**
 * CAMEO codes -> PLOVER type, mode and context, from the PLOVER project's two translation tables and
 * our overrides (data/dictionaries/cameo-plover.yaml).
 *
 * - The type comes from CAMEO-PLOV.txt (2018), the table of the 18 categories the graph model keeps
 *   (INVESTIGATE, DEMAND, DISAPPROVE apart; PLOVER's 2021 table folds them into ACCUSE and REQUEST).
 * - Mode and context come from CAMEO2PLOVER-2021.txt, whose modes are those of the current manual,
 *   where its category agrees with ours.
 * - An override, keyed by a code or a code prefix (the longest one wins), may set `type`, `mode`,
 *   `status`, or `like` (read the code as another: "02" like "10" reads 0256 as 1056), and says why.
 */

import { EVENT_TYPES as PLOVER_TYPES, type EventType as PloverType } from "../../src/model/plover.js";

export { PLOVER_TYPES, type PloverType };

export interface TableRow {
  type: string;
  mode?: string;
  context: string[];
}

export interface Override {
  type?: PloverType | null;
  mode?: string | null;
  status?: "planned";
  like?: string;
  reason: string;
}

export interface Coding {
  type: PloverType | null;
  mode: string | null;
  context: string[];
  status?: "planned";
  /** The override that decided, if one did. */
  note?: string;
}

const clean = (s: string | undefined) => {
  const t = (s ?? "").trim();
  return t && t !== "---" ? t : undefined;
};
const contexts = (s: string | undefined) =>
  (clean(s) ?? "")
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);

/** CAMEO-PLOV.txt: "0311      AGREE             ---               economic          Express intent ..." */
export function parseTable2018(text: string): Map<string, TableRow> {
  const out = new Map<string, TableRow>();
  for (const line of text.split("\n")) {
    const m = /^(\d{3,4})\s+([A-Z]+)\s+(\S+)\s+(\S+(?:\s*;\s*\S+)*)\s+/.exec(line);
    if (!m) continue;
    const type = m[2] === "COOPERATION" ? "COOPERATE" : m[2]!;
    if (!out.has(m[1]!)) out.set(m[1]!, { type, mode: clean(m[3]), context: contexts(m[4]) });
  }
  return out;
}

/** CAMEO2PLOVER-2021.txt: "0841: RETREAT, release,   legal # Return, release person(s)" */
export function parseTable2021(text: string): Map<string, TableRow> {
  const out = new Map<string, TableRow>();
  for (const line of text.split("\n")) {
    const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),([^#]*)/.exec(line);
    if (!m) continue;
    if (!out.has(m[1]!)) out.set(m[1]!, { type: m[2]!, mode: clean(m[3]), context: contexts(m[4]) });
  }
  return out;
}

/** Our category for a 2021 category, to tell whether its mode is about the same thing. */
function family2021(type: string, code: string): string {
  if (type === "REQUEST") return "DEMAND";
  if (type === "ACCUSE") return code.startsWith("09") ? "INVESTIGATE" : "DISAPPROVE";
  return type;
}

/** The row for a code, or its nearest parent's: 0256 -> 025 -> 020. */
function lookup(table: Map<string, TableRow>, code: string): TableRow | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const row = table.get(c) ?? (c.length === 2 ? table.get(`${c}0`) : undefined);
    if (row) return row;
  }
  return undefined;
}

export class PloverMap {
  constructor(
    readonly table2018: Map<string, TableRow>,
    readonly table2021: Map<string, TableRow>,
    readonly overrides: Record<string, Override>,
  ) {
    for (const [k, o] of Object.entries(overrides)) {
      if (!/^\d{2,4}$/.test(k)) throw new Error(`cameo-plover.yaml: "${k}" is not a CAMEO code`);
      if (!o.reason) throw new Error(`cameo-plover.yaml: ${k} gives no reason`);
      if (o.type != null && !PLOVER_TYPES.includes(o.type)) throw new Error(`cameo-plover.yaml: ${k}: unknown type ${o.type}`);
      for (const key of Object.keys(o)) if (!["type", "mode", "status", "like", "reason"].includes(key)) throw new Error(`cameo-plover.yaml: ${k}: unknown key ${key}`);
    }
  }

  /** The longest override key that the code starts with. */
  private override(code: string): [string, Override] | undefined {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const o = this.overrides[c];
      if (o) return [c, o];
    }
    return undefined;
  }

  /** "---" and unknown codes are no event. */
  code(cameo: string): Coding {
    if (!/^\d{2,4}$/.test(cameo)) return { type: null, mode: null, context: [] };
    const hit = this.override(cameo);
    let code = cameo;
    const notes: string[] = [];
    let ov: Override | undefined;
    if (hit) {
      const [key, o] = hit;
      ov = o;
      if (o.like) code = o.like + cameo.slice(key.length);
      notes.push(o.reason);
      // An override of the code read "like" another still applies to it: 0241 like 1041, then 104's.
      if (o.like && o.type === undefined && o.mode === undefined) {
        const inner = this.override(code);
        if (inner && inner[1].like === undefined) ov = { ...inner[1], reason: o.reason };
      }
    }
    const row = lookup(this.table2018, code);
    const row21 = lookup(this.table2021, code);
    let type = (row?.type ?? null) as PloverType | null;
    if (ov && ov.type !== undefined) type = ov.type;
    if (type !== null && !PLOVER_TYPES.includes(type)) throw new Error(`PLOVER table: unknown type ${type} for ${code}`);
    let mode: string | null = null;
    if (row21?.mode && type && family2021(row21.type, code) === type) mode = row21.mode;
    if (ov && ov.mode !== undefined) mode = ov.mode;
    const context = type ? (row21?.context.length ? row21.context : row?.context ?? []) : [];
    const out: Coding = { type, mode: type ? mode : null, context };
    if (ov?.status) out.status = ov.status;
    if (notes.length) out.note = notes.join(" ");
    return out;
  }
}
