/**
 * A sentence the parser hung from a noun: "Ethiopian troops crossed into Somalia on Thursday" read
 * as a noun phrase ("troops [that were] crossed into Somalia"), the verb a participle modifying it.
 * The tagger cannot tell the English past tense from the participle, and the greedy parser commits
 * to the noun as the root before it sees that nothing else could be the sentence's verb. Where the
 * root is a noun with no copula, and its clausal modifier is a verb right after it with no word of
 * its own before it (no relative pronoun, no auxiliary, no subject), the verb is the sentence's and
 * the noun its subject; what the noun held after the verb goes with the verb. A participle that
 * agrees in gender ("tropas enviadas") is never a finite verb: `finite` says which words can be one.
 */

export interface MainVerbLabels {
  root: number;
  acl: number;
  nsubj: number;
  cop: number;
}

/**
 * Rehangs one sentence in place. `head` and `label` are indexed by word number (1..n, 0 the root);
 * `upos` by word number less one. Returns the word made the root, or 0 where nothing changed.
 */
export function promoteMainVerb(upos: readonly string[], head: Int32Array, label: { [k: number]: number }, labels: MainVerbLabels, finite: (word: number) => boolean): number {
  const n = upos.length;
  let root = 0;
  for (let k = 1; k <= n; k++) if (head[k] === 0) root = k;
  if (!root || (upos[root - 1] !== "NOUN" && upos[root - 1] !== "PROPN")) return 0;
  for (let k = 1; k <= n; k++) if (head[k] === root && label[k] === labels.cop) return 0;
  // The first clausal modifier after the noun whose own dependents all follow it.
  let verb = 0;
  for (let k = root + 1; k <= n && !verb; k++) {
    if (head[k] !== root || label[k] !== labels.acl || upos[k - 1] !== "VERB" || !finite(k)) continue;
    let ownBefore = false;
    for (let j = 1; j < k; j++) if (head[j] === k) ownBefore = true;
    if (ownBefore) return 0;
    verb = k;
  }
  if (!verb) return 0;
  // Nothing but the noun's own modifiers between it and the verb.
  for (let k = root + 1; k < verb; k++) {
    let a = k;
    while (a !== 0 && a !== root) a = head[a]!;
    if (a !== root) return 0;
  }
  head[verb] = 0;
  label[verb] = labels.root;
  head[root] = verb;
  label[root] = labels.nsubj;
  for (let k = verb + 1; k <= n; k++) if (head[k] === root) head[k] = verb;
  return verb;
}
