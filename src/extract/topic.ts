/**
 * The state a story is about, as the target of acts aimed at someone that name nobody: "the bloc
 * imposed immediate sanctions" in a story about Niger sanctions Niger; "Kyiv rejected the accusation
 * as absurd" in a story about Russia rejects Russia. News names the target once and then leaves it
 * to the reader.
 */
import type { EntityRef } from "../model/keys.js";

/** Acts that always have someone they are aimed at; talks, aid or agreements may not. */
const AIMED = new Set(["SANCTION", "DEMAND", "THREATEN", "DISAPPROVE", "COERCE", "ASSAULT", "REJECT"]);

/** A state named this many times or more is one the story is about. */
const TOPIC_MENTIONS = 3;

export interface AimableDraft {
  type: string;
  sources: EntityRef[];
  targets: EntityRef[];
  about: EntityRef[];
  /** A reaction to an act whose doer is not named: the topic is no stand-in for it. */
  doerUnknown?: boolean;
  /** Aimed at no one by its frame. */
  aimless?: boolean;
  /** A sum pledged: aid the story says once, if at all, whom it is for. */
  pledged?: boolean;
}

/**
 * Gives each aimed act with a source but no target the state the article names most, other than
 * the source's own. `mentions` counts the article's mentions of each state; `stateOf` says whose a
 * person or body is.
 */
export function aimAtTopic(drafts: AimableDraft[], mentions: ReadonlyMap<string, number>, stateOf: (r: EntityRef) => string | undefined): void {
  const ranked = [...mentions].filter(([, n]) => n >= TOPIC_MENTIONS).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!ranked.length) return;
  for (const d of drafts) {
    if ((!AIMED.has(d.type) && !d.pledged) || !d.sources.length || d.targets.length || d.about.length || d.doerUnknown || d.aimless) continue;
    const own = new Set(d.sources.map(stateOf));
    const topic = ranked.find(([id]) => !own.has(id));
    if (topic) d.targets = [{ label: "State", id: topic[0] }];
  }
}
