/**
 * The event vocabulary: PLOVER's eighteen types (the successor of CAMEO, used by the POLECAT data
 * set), in PLOVER's order, each with its quad class, whether its sides act together, and the modes
 * this project codes. The lexicons' triggers are checked against it when they load.
 */

export type QuadClass = "verbal cooperation" | "material cooperation" | "verbal conflict" | "material conflict";

export interface EventTypeSpec {
  quad: QuadClass;
  /**
   * The participants act together ("talks between X and Y"): who is named first makes no source,
   * so both may be sources, and pairs of sources count as pairs.
   */
  symmetric: boolean;
  modes: readonly string[];
}

export const PLOVER = {
  AGREE: { quad: "verbal cooperation", symmetric: false, modes: ["agree", "sign"] },
  CONSULT: { quad: "verbal cooperation", symmetric: true, modes: ["phone", "meeting", "visit", "summit", "mediate"] },
  SUPPORT: { quad: "verbal cooperation", symmetric: false, modes: ["praise", "endorse", "vote", "recognize"] },
  CONCEDE: { quad: "verbal cooperation", symmetric: false, modes: ["release", "ease"] },
  COOPERATE: { quad: "material cooperation", symmetric: true, modes: ["ties", "join", "extradite"] },
  // Buying arms is the seller's military aid; "humanitarian" comes from what is counted (tonnes, trucks of food).
  AID: { quad: "material cooperation", symmetric: false, modes: ["military", "personnel", "economic", "humanitarian"] },
  RETREAT: { quad: "material cooperation", symmetric: false, modes: ["withdraw"] },
  INVESTIGATE: { quad: "verbal conflict", symmetric: false, modes: ["investigate"] },
  DEMAND: { quad: "verbal conflict", symmetric: false, modes: ["demand"] },
  DISAPPROVE: { quad: "verbal conflict", symmetric: false, modes: ["criticize", "summon"] },
  REJECT: { quad: "verbal conflict", symmetric: false, modes: ["reject", "vote"] },
  THREATEN: { quad: "verbal conflict", symmetric: false, modes: ["threaten"] },
  PROTEST: { quad: "material conflict", symmetric: false, modes: ["protest"] },
  // Crimes against another actor that news reports with their victim: hackers' and spies' thefts, bribes, trafficking.
  CRIME: { quad: "material conflict", symmetric: false, modes: ["theft", "corruption", "trafficking"] },
  SANCTION: { quad: "material conflict", symmetric: false, modes: ["sanction", "recall"] },
  MOBILIZE: { quad: "material conflict", symmetric: false, modes: ["mobilize"] },
  COERCE: { quad: "material conflict", symmetric: false, modes: ["coup", "repel", "restrict", "remove"] },
  ASSAULT: { quad: "material conflict", symmetric: false, modes: ["invasion", "strike"] },
} as const satisfies Record<string, EventTypeSpec>;

export type EventType = keyof typeof PLOVER;
export const EVENT_TYPES = Object.keys(PLOVER) as EventType[];

export const isEventType = (type: string): type is EventType => Object.hasOwn(PLOVER, type);

export function isModeOf(type: string, mode: string): boolean {
  return isEventType(type) && (PLOVER[type].modes as readonly string[]).includes(mode);
}

/** The types whose participants act together (CONSULT, COOPERATE). */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES.filter((t) => PLOVER[t].symmetric));

/** What the text says of an event's reality: it happened, is planned, is only claimed, denied or supposed. */
export const EVENT_STATUSES = ["occurred", "planned", "claimed", "denied", "hypothetical"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
