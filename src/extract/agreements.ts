/**
 * Agreements: each agreement noun of the text becomes a draft with its kind, status and the parties
 * the words around it give; once the events are known, who agreed or signed fills in missing parties,
 * a definite "o acordo" points back at the agreement already named, and each agreement gets its id.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DATA_DIR } from "../paths.js";
import { slug } from "../model/ids.js";
import type { EntityRef } from "../model/keys.js";
import { NATIONAL_ROLE } from "../model/relationships.js";
import type { Drafted, Resolved, TextFact } from "./articleState.js";
import { doneSeparately, subjectBefore, type ResolvedMention, type SentenceView } from "./events.js";
import { prepositionOf, type Lexicon, isConjunction } from "./lexicon.js";
import { firstMatch, occursIn } from "./patterns.js";

const KIND_NAMES: Record<string, string> = parse(readFileSync(join(DATA_DIR, "agreement-kinds.yaml"), "utf8"));

export interface AgreementDraft {
  tmp: string;
  sentence: number;
  mention: ResolvedMention;
  kind: string;
  status?: string;
  parties: EntityRef[];
  context: EntityRef[];
  date?: string;
  /** A definite, generic mention ("o acordo") with nothing of its own: the last agreement named. */
  anaphoric: boolean;
  /** The name the text calls it by, which is then its id. */
  name?: string;
}

/**
 * One draft per agreement mention. The mention is pointed at a temporary agreement id, so that the
 * events of its sentence can be about it before the agreement has its own id.
 */
export function draftAgreements(doc: Resolved): AgreementDraft[] {
  const agreements: AgreementDraft[] = [];
  for (const v of doc.views) {
    for (const m of v.mentions) {
      if (m.kind !== "agreement") continue;
      const tmp = `tmp-${v.index}-${m.from}`;
      m.refs = [{ label: "Agreement", id: tmp }];
      agreements.push(agreementDraft(v, m, doc.lex, tmp));
    }
  }
  return agreements;
}

/**
 * Parties, ids and records of the drafted agreements, now that the events are known. Gives the
 * PARTY_TO facts and the map from each temporary id to the agreement's own.
 */
export function settleAgreements(doc: Drafted, agreements: AgreementDraft[]): { facts: TextFact[]; ids: Map<string, string> } {
  const { lex, drafts, actors, entities } = doc;
  for (const a of agreements) {
    if (a.parties.length) continue;
    const v = doc.views[a.sentence]!;
    // "Thailand and Cambodia agreed to a ceasefire", "firmaron un acuerdo": who agrees or signs is a party.
    // "Britain, France and Germany ratified the treaty": each of them, who ratified it on its own.
    const agreeing = drafts.filter((d) => d.sentence === a.sentence && d.type === "AGREE" && d.status !== "denied" && d.about.some((r) => r.id === a.tmp));
    const signers = agreeing.flatMap((d) => [...d.sources, ...d.targets]);
    // "Borís Yeltsin firmó ayer en una residencia de caza ... un acuerdo": one who signs it, however
    // far the parse finds it from the verb, is a party.
    if (signers.length >= 2 || (signers.length && (doneSeparately(agreeing[0]!, v, lex) || agreeing.some((d) => d.mode === "sign" && !d.nominal)))) {
      a.parties = signers;
      a.status ??= "signed";
      continue;
    }
    // "um acordo ... que assinaram": the parties are the sentence's actors who met or spoke.
    const after = v.tokens.slice(a.mention.to, a.mention.to + 6);
    if (after.some((t) => lex.relativePronouns.has(t.norm)) && a.status === "signed") {
      const e = drafts.find((d) => d.sentence === a.sentence && d.sources.length + d.targets.length >= 2);
      if (e) a.parties = [...e.sources, ...e.targets];
    } else if (a.status === "signed" && occursIn(v.tokens, a.mention.from - 4, a.mention.from, lex.agreementStatus.filter((x) => x.status === "signed").map((x) => x.pattern)) && !occursIn(v.tokens, a.mention.from - 4, a.mention.from, lex.negations)) {
      a.parties = subjectBefore(v, lex, a.mention.from);
    }
  }
  // People who sign, sign for their states: the one they lead, or the one the text says they serve
  // ("Pakistan's Minister of State for Foreign Affairs, Zain Noorani").
  const serves = (p: EntityRef) => doc.textFacts.find((f) => f.type === "PART_OF" && f.from.id === p.id && f.to.label === "State" && f.role !== NATIONAL_ROLE)?.to.id;
  for (const a of agreements) {
    for (const p of a.parties.filter((r) => r.label === "Person")) {
      const st = actors.stateOf(p) ?? serves(p);
      if (st && !a.parties.some((r) => r.id === st)) a.parties.push({ label: "State", id: st });
    }
  }
  const facts: TextFact[] = [];
  const ids = new Map<string, string>();
  const genericKinds = new Set(lex.agreementGenericKinds.map((k) => k.kind));
  let lastAgreement: string | undefined;
  const lastOfKind = new Map<string, string>();
  for (const a of agreements) {
    const span = { sentence: a.sentence, start: a.mention.start, end: a.mention.end, text: a.mention.text };
    // "O acordo", "the deal": the agreement already named.
    // A generic noun ("the pact", "o tratado") with none of its own kind named before points to the last agreement.
    // "Britain, France and Germany ratified the treaty": those who sign or ratify it become its parties.
    const antecedent = a.anaphoric ? (a.kind === "agreement" ? lastAgreement : lastOfKind.get(a.kind) ?? (genericKinds.has(a.kind) ? lastAgreement : undefined)) : undefined;
    if (antecedent) {
      ids.set(a.tmp, antecedent);
      const rec = entities.touch({ label: "Agreement", id: antecedent }, span, 0.7);
      rec.status = rankStatus(rec.status, a.status);
      for (const p of a.parties) facts.push({ type: "PARTY_TO", from: p, to: { label: "Agreement", id: antecedent }, sentence: a.sentence, confidence: 0.75 });
      continue;
    }
    const states = (a.parties.length ? a.parties : a.context).filter((r) => r.label === "State").map((r) => r.id);
    const uniq = [...new Set(states)].sort();
    const id = a.name ? slug(a.name) : [a.kind, ...uniq.map((x) => x.toLowerCase())].join("-") + (uniq.length ? "" : `-${doc.docId.slice(0, 8)}`);
    ids.set(a.tmp, id);
    lastAgreement = id;
    lastOfKind.set(a.kind, id);
    const ref: EntityRef = { label: "Agreement", id };
    const names = uniq.map((x) => doc.gaz.entries.get(`State:${x}`)?.name ?? x);
    const rec = entities.touch(ref, span, 0.8);
    rec.name = a.name ?? `${names.length ? `${names.join("–")} ` : ""}${KIND_NAMES[a.kind] ?? a.kind}`;
    rec.kind = a.kind;
    rec.status = rankStatus(rec.status, a.status);
    rec.date ??= a.date;
    for (const p of a.parties) facts.push({ type: "PARTY_TO", from: p, to: ref, sentence: a.sentence, confidence: 0.75 });
  }
  return { facts, ids };
}

const STATUS_RANK = ["proposed", "rejected", "signed", "in_force", "ended"];
function rankStatus(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return STATUS_RANK.indexOf(b) > STATUS_RANK.indexOf(a) ? b : a;
}

function agreementDraft(v: SentenceView, m: ResolvedMention, lex: Lexicon, tmp: string): AgreementDraft {
  const t = v.tokens;
  let kind: string | undefined;
  for (let k = m.from; k < m.to && !kind; k++) {
    kind = firstMatch(t, k, lex.agreementKinds, (x) => x.pattern)?.item.kind;
  }
  for (let k = m.from; k < m.to && !kind; k++) kind = firstMatch(t, k, lex.agreementGenericKinds, (x) => x.pattern)?.item.kind;
  let status: string | undefined;
  for (let k = Math.max(0, m.from - 4); k < Math.min(t.length, m.to + 6) && !status; k++) {
    if (k >= m.from && k < m.to) continue;
    status = firstMatch(t, k, lex.agreementStatus, (x) => x.pattern)?.item.status;
  }
  // "entre X e Y", "between X and Y".
  let parties: EntityRef[] = [];
  const between = v.mentions.find((x) => x.from > m.to && x.from <= m.to + 3 && prepositionOf(lex, t[x.from - 1]) === "between" || (x.from > m.to && x.from <= m.to + 3 && prepositionOf(lex, t[x.from - 2]) === "between" && lex.determiners.has(t[x.from - 1]!.norm)));
  if (between) {
    parties = [...between.refs];
    const next = v.mentions.find((x) => x.from > between.to && x.from <= between.to + 2 && isConjunction(lex, t[between.to]));
    if (next) parties.push(...next.refs);
  }
  // Where it is ("em Kuala Lumpur") is no part of what it is about.
  const context = v.mentions.filter((x) => x.kind === "entity" && x.from >= m.to && x.from <= m.to + 8 && prepositionOf(lex, t[x.from - 1]) !== "in" && prepositionOf(lex, t[x.from - 2]) !== "in").flatMap((x) => x.refs);
  const date = v.dates.find((d) => d.from >= m.from - 12 && d.from <= m.to + 12)?.past;
  // "the treaty", "the last treaty": an article, with at most two lower-case words after it.
  let d = m.from - 1;
  while (d >= m.from - 2 && d > 0 && t[d] && !t[d]!.punct && !t[d]!.upper && !lex.determiners.has(t[d]!.norm) && !prepositionOf(lex, t[d])) d--;
  const before = t[d];
  const definite = !!before && lex.determiners.has(before.norm) && !lex.indefiniteArticles.has(before.norm);
  return { tmp, sentence: v.index, mention: m, kind: kind ?? "agreement", status, parties, context, date, anaphoric: definite && !m.name, name: m.name };
}
