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
  conj: number;
}

/** The word the tree hangs from, 0 where none does. */
function rootOf(head: Int32Array, n: number): number {
  let root = 0;
  for (let k = 1; k <= n; k++) if (head[k] === 0) root = k;
  return root;
}

/** Whether a word has a dependent with the label. */
function hasDependent(head: Int32Array, label: { [k: number]: number }, n: number, w: number, rel: number): boolean {
  for (let k = 1; k <= n; k++) if (head[k] === w && label[k] === rel) return true;
  return false;
}

/** Whether every word in [from, to) hangs, directly or not, from `top`: nothing but its own phrase lies there. */
function dominates(head: Int32Array, top: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    let a = k;
    while (a !== 0 && a !== top) a = head[a]!;
    if (a !== top) return false;
  }
  return true;
}

/**
 * The first finite verb in [from, to) the parse made a clausal modifier (`acl`) of a word `hosts`
 * accepts, where none of its own dependents comes before it; 0 where there is none, or where the
 * first one has a word of its own before it (a relative pronoun, an auxiliary, a subject).
 */
function firstVerbModifier(upos: readonly string[], head: Int32Array, label: { [k: number]: number }, acl: number, from: number, to: number, hosts: (h: number) => boolean, finite: (word: number) => boolean): number {
  for (let k = from; k < to; k++) {
    if (!hosts(head[k]!) || label[k] !== acl || upos[k - 1] !== "VERB" || !finite(k)) continue;
    for (let j = 1; j < k; j++) if (head[j] === k) return 0;
    return k;
  }
  return 0;
}

/**
 * Rehangs one sentence in place. `head` and `label` are indexed by word number (1..n, 0 the root);
 * `upos` by word number less one. Returns the word made the root, or 0 where nothing changed.
 */
export function promoteMainVerb(upos: readonly string[], head: Int32Array, label: { [k: number]: number }, labels: MainVerbLabels, finite: (word: number) => boolean): number {
  const n = upos.length;
  const root = rootOf(head, n);
  if (!root || (upos[root - 1] !== "NOUN" && upos[root - 1] !== "PROPN") || hasDependent(head, label, n, root, labels.cop)) return 0;
  // "Turkish tanks and special forces crossed into Syria": the parse may hang the verb from the noun's last conjunct.
  const joined = (h: number) => h === root || (label[h] === labels.conj && head[h] === root);
  const verb = firstVerbModifier(upos, head, label, labels.acl, root + 1, n + 1, joined, finite);
  // Nothing but the noun's own modifiers between it and the verb.
  if (!verb || !dominates(head, root, root + 1, verb)) return 0;
  const hungFrom = head[verb]!;
  head[verb] = 0;
  label[verb] = labels.root;
  head[root] = verb;
  label[root] = labels.nsubj;
  for (let k = verb + 1; k <= n; k++) if (head[k] === root || head[k] === hungFrom) head[k] = verb;
  return verb;
}

export interface PassiveRootLabels extends MainVerbLabels {
  agent: number;
  aux: number;
  auxPass: number;
  parataxis: number;
  advcl: number;
  mark: number;
}

/**
 * "Israeli troops backed by tanks crossed into southern Lebanon": the parse may make the passive
 * participle of a reduced relative the root, its agent phrase and all, and hang the sentence's verb
 * from it. A root verb with an agent (`obl:agent`) and no auxiliary of its own is a participle
 * modifying its subject; a verb after it, hung as a parenthetical, a conjunct with no subject of its
 * own or an unmarked adverbial clause, is the sentence's, and the subject is that verb's. Returns the
 * verb made the root, or 0.
 */
export function promotePastParticipleRoot(upos: readonly string[], head: Int32Array, label: { [k: number]: number }, labels: PassiveRootLabels): number {
  const n = upos.length;
  const root = rootOf(head, n);
  if (!root || upos[root - 1] !== "VERB") return 0;
  let subject = 0;
  let agent = 0;
  for (let k = 1; k <= n; k++) {
    if (head[k] !== root) continue;
    if (label[k] === labels.aux || label[k] === labels.auxPass || label[k] === labels.cop) return 0;
    if (label[k] === labels.nsubj && k < root) subject = k;
    if (label[k] === labels.agent && k > root) agent = k;
  }
  if (!subject || !agent) return 0;
  const own = (v: number, rel: number) => hasDependent(head, label, n, v, rel);
  let verb = 0;
  for (let k = agent + 1; k <= n && !verb; k++) {
    if (head[k] !== root || upos[k - 1] !== "VERB" || own(k, labels.nsubj)) continue;
    if (label[k] === labels.parataxis || label[k] === labels.conj || (label[k] === labels.advcl && !own(k, labels.mark))) verb = k;
  }
  if (!verb) return 0;
  for (let k = verb + 1; k <= n; k++) if (head[k] === root) head[k] = verb;
  head[verb] = 0;
  label[verb] = labels.root;
  head[root] = subject;
  label[root] = labels.acl;
  head[subject] = verb;
  return verb;
}

export interface ClauseLabels extends MainVerbLabels {
  ccomp: number;
  advcl: number;
  parataxis: number;
}

interface ClauseBeforeComma {
  root: number;
  subject: number;
  verb: number;
  comma: number;
}

/**
 * The same misreading with a verbal root after a comma: the root's subject comes before it with a
 * finite verb right after the subject (nothing of the verb's own before it), the parser having made
 * that verb the subject's modifier because, reading left to right, it could not yet see that the
 * root would come after the comma.
 */
function clauseBeforeComma(upos: readonly string[], head: Int32Array, label: { [k: number]: number }, labels: ClauseLabels, finite: (word: number) => boolean): ClauseBeforeComma | undefined {
  const n = upos.length;
  const root = rootOf(head, n);
  if (!root || upos[root - 1] !== "VERB") return undefined;
  let subject = 0;
  for (let k = 1; k < root; k++) if (head[k] === root && label[k] === labels.nsubj) subject = k;
  if (!subject || (upos[subject - 1] !== "NOUN" && upos[subject - 1] !== "PROPN")) return undefined;
  const verb = firstVerbModifier(upos, head, label, labels.acl, subject + 1, root, (h) => h === subject, finite);
  if (!verb) return undefined;
  let comma = 0;
  for (let k = root - 1; k > verb && !comma; k--) if (upos[k - 1] === "PUNCT") comma = k;
  // Everything from the subject to the comma is the subject's phrase as parsed.
  if (!comma || !dominates(head, subject, subject + 1, comma)) return undefined;
  return { root, subject, verb, comma };
}

/** The clause's verb takes the subject and what the subject held after the verb. */
function giveSubject({ subject, verb, comma }: ClauseBeforeComma, head: Int32Array, label: { [k: number]: number }, labels: ClauseLabels): void {
  for (let k = verb + 1; k < comma; k++) if (head[k] === subject) head[k] = verb;
  head[subject] = verb;
  label[subject] = labels.nsubj;
}

/**
 * Under a tensed reporting root ("Iranian forces seized three boats on Monday, the ministry said"),
 * the clause is what the root reports: its verb the root's `ccomp`, and the noun phrase between the
 * comma and the root, if one word heads it, the root's subject. Returns the verb, or 0.
 */
export function promoteReportedClause(upos: readonly string[], head: Int32Array, label: { [k: number]: number }, labels: ClauseLabels, finite: (word: number) => boolean, tensed: (word: number) => boolean): number {
  const clause = clauseBeforeComma(upos, head, label, labels, finite);
  if (!clause || !tensed(clause.root)) return 0;
  const { root, verb, comma } = clause;
  let speaker = 0;
  for (let k = comma + 1; k < root; k++) {
    const h = head[k]!;
    if (h > comma && h < root) continue;
    if (speaker) return 0;
    speaker = k;
  }
  if (speaker && !["NOUN", "PROPN", "PRON"].includes(upos[speaker - 1]!)) return 0;
  giveSubject(clause, head, label, labels);
  head[verb] = root;
  label[verb] = labels.ccomp;
  if (speaker) {
    head[speaker] = root;
    label[speaker] = labels.nsubj;
  }
  return verb;
}

/**
 * Under a root that is a gerund ("More than 100,000 people marched to the Kremlin on Sunday,
 * demanding that ..."), the clause's verb is the sentence's: it becomes the root, the gerund its
 * `advcl`, and what the gerund governed as a whole sentence (a `parataxis` such as a closing "the
 * ministry said") goes to it. Returns the verb, or 0.
 */
export function promoteOverGerund(upos: readonly string[], head: Int32Array, label: { [k: number]: number }, labels: ClauseLabels, finite: (word: number) => boolean, gerund: (word: number) => boolean): number {
  const clause = clauseBeforeComma(upos, head, label, labels, finite);
  if (!clause || !gerund(clause.root)) return 0;
  const { root, verb } = clause;
  giveSubject(clause, head, label, labels);
  for (let k = 1; k < head.length; k++) if (head[k] === root && label[k] === labels.parataxis) head[k] = verb;
  head[verb] = 0;
  label[verb] = labels.root;
  head[root] = verb;
  label[root] = labels.advcl;
  return verb;
}
