import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promoteMainVerb, promoteOverGerund, promotePastParticipleRoot, promoteReportedClause } from "../../../src/syntax/mainVerb.js";
import { verbsAfterModals } from "../../../src/syntax/modalVerb.js";
import { SyntaxModel } from "../../../src/syntax/model.js";
import { DATA_DIR } from "../../../src/paths.js";

const L = { root: 0, acl: 1, nsubj: 2, cop: 3, obl: 4, amod: 5, case: 6, punct: 7, conj: 20 };
const any = () => true;

describe("a sentence the parser hung from a noun", () => {
  // Ethiopian troops crossed into Somalia .   (1-based words; 0 is the root)
  const upos = ["ADJ", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"];

  it("makes the participle right after the root noun the sentence's verb, the noun its subject, and what followed the noun the verb's", () => {
    const head = Int32Array.from([0, 2, 0, 2, 5, 3, 2]);
    const label = [0, L.amod, L.root, L.acl, L.case, L.obl, L.punct];
    expect(promoteMainVerb(upos, head, label, L, any)).toBe(3);
    expect([head[2], label[2], head[3], label[3], head[6]]).toEqual([3, L.nsubj, 0, L.root, 3]);
    expect(head[1]).toBe(2);
  });

  it("leaves a noun with a copula, a verb with a word of its own before it, and a participle that cannot be finite", () => {
    const withCop = Int32Array.from([0, 2, 0, 2, 5, 3, 2]);
    expect(promoteMainVerb(upos, withCop, [0, L.cop, L.root, L.acl, L.case, L.obl, L.punct], L, any)).toBe(0);
    const ownBefore = Int32Array.from([0, 3, 0, 2, 5, 3, 2]);
    expect(promoteMainVerb(upos, ownBefore, [0, L.amod, L.root, L.acl, L.case, L.obl, L.punct], L, any)).toBe(0);
    const agreeing = Int32Array.from([0, 2, 0, 2, 5, 3, 2]);
    expect(promoteMainVerb(upos, agreeing, [0, L.amod, L.root, L.acl, L.case, L.obl, L.punct], L, (k) => k !== 3)).toBe(0);
    expect(agreeing[3]).toBe(2);
  });

  it("gives the English model's parse of 'Ethiopian troops crossed into Somalia' its verb as the root, a finite past", () => {
    const model = SyntaxModel.load(readFileSync(join(DATA_DIR, "models", "en.syntax.gz")), "en");
    const words = model.analyse(["Ethiopian", "troops", "crossed", "into", "Somalia", "on", "Thursday", "."]);
    expect(words[2]).toMatchObject({ head: 0, deprel: "root" });
    expect(words[2]!.feats).toContain("VerbForm=Fin");
    expect(words[1]).toMatchObject({ head: 3, deprel: "nsubj" });
  });
});

describe("a clause before a comma that the parser hung from its subject", () => {
  const C = { ...L, ccomp: 8, advcl: 9, parataxis: 10, obj: 11, nmod: 12 };
  // Forces seized boats on Monday , the ministry said .
  const upos = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"];
  const parsed = () => ({ head: Int32Array.from([0, 9, 1, 2, 5, 3, 5, 8, 5, 0, 9]), label: [0, C.nsubj, C.acl, C.obj, C.case, C.obl, C.punct, C.amod, C.nmod, C.root, C.punct] });

  it("under a tensed root, makes the clause what the root reports and the phrase after the comma its subject", () => {
    const { head, label } = parsed();
    expect(promoteReportedClause(upos, head, label, C, any, any)).toBe(2);
    expect([head[2], label[2], head[1], label[1], head[8], label[8]]).toEqual([9, C.ccomp, 2, C.nsubj, 9, C.nsubj]);
    expect(head[3]).toBe(2);
  });

  it("leaves an untensed root, a verb with a word of its own before it, and two phrases between the comma and the root", () => {
    const untensed = parsed();
    expect(promoteReportedClause(upos, untensed.head, untensed.label, C, any, () => false)).toBe(0);
    expect(untensed.head[2]).toBe(1);
    const ownBefore = parsed();
    ownBefore.head[1] = 2;
    ownBefore.head[2] = 9;
    expect(promoteReportedClause(upos, ownBefore.head, ownBefore.label, C, any, any)).toBe(0);
    const twoPhrases = parsed();
    twoPhrases.head[7] = 9;
    expect(promoteReportedClause(upos, twoPhrases.head, twoPhrases.label, C, any, any)).toBe(0);
  });

  it("under a gerund root, makes the clause's verb the root and the gerund its adverbial clause", () => {
    // People marched on Sunday , demanding reform , police said .
    const words = ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"];
    const head = Int32Array.from([0, 6, 1, 4, 2, 4, 0, 6, 10, 10, 6, 6]);
    const label = [0, C.nsubj, C.acl, C.case, C.obl, C.punct, C.root, C.obj, C.punct, C.nsubj, C.parataxis, C.punct];
    expect(promoteOverGerund(words, head, label, C, any, (k) => k === 6)).toBe(2);
    expect([head[2], label[2], head[6], label[6], head[1], head[10]]).toEqual([0, C.root, 2, C.advcl, 2, 2]);
    expect(promoteOverGerund(words, Int32Array.from([0, 6, 1, 4, 2, 4, 0, 6, 10, 10, 6, 6]), [...label.slice(0, 2), C.acl, ...label.slice(3)], C, any, () => false)).toBe(0);
  });

  it("gives the English model's parse of a wire lede its reported act and its gerund's main verb", () => {
    const model = SyntaxModel.load(readFileSync(join(DATA_DIR, "models", "en.syntax.gz")), "en");
    const reported = model.analyse("Iranian forces seized three British navy boats on Monday , Britain 's Ministry of Defence said .".split(" "));
    expect(reported[2]).toMatchObject({ head: 16, deprel: "ccomp" });
    expect(reported[1]).toMatchObject({ head: 3, deprel: "nsubj" });
    expect(reported[12]).toMatchObject({ head: 16, deprel: "nsubj" });
    const gerund = model.analyse("Iranian forces seized three British navy boats on Monday , saying they had strayed into Iranian waters .".split(" "));
    expect(gerund[2]).toMatchObject({ head: 0, deprel: "root" });
    expect(gerund[10]).toMatchObject({ head: 3, deprel: "advcl" });
  });
});

describe("a verb the tagger read as a noun after a modal", () => {
  const T = { noun: 0, verb: 1, aux: 2, adv: 3, det: 4, propn: 5, nominal: [0, 5] };
  const modal = (i: number) => i === 1;

  it("is a verb right after the modal, after an adverb, and after a determiner the subject floats", () => {
    const plain = Uint8Array.from([T.propn, T.aux, T.noun, T.adv]);
    expect(verbsAfterModals(plain, T, modal, () => true)).toBe(true);
    expect(plain[2]).toBe(T.verb);
    const floated = Uint8Array.from([T.propn, T.aux, T.det, T.noun]);
    expect(verbsAfterModals(floated, T, modal, () => true)).toBe(true);
    expect(floated[3]).toBe(T.verb);
  });

  it("is left a noun after an auxiliary that is no modal, where it never was a verb, and in a question", () => {
    const copula = Uint8Array.from([T.propn, T.aux, T.noun]);
    expect(verbsAfterModals(copula, T, () => false, () => true)).toBe(false);
    expect(verbsAfterModals(copula, T, modal, () => false)).toBe(false);
    const question = Uint8Array.from([T.aux, T.det, T.noun]);
    expect(verbsAfterModals(question, T, (i) => i === 0, () => true)).toBe(false);
    expect(question[2]).toBe(T.noun);
  });

  it("gives the English model's 'must hand over' its verb", () => {
    const model = SyntaxModel.load(readFileSync(join(DATA_DIR, "models", "en.syntax.gz")), "en");
    const words = model.analyse("Sudan must hand over three men .".split(" "));
    expect(words[2]).toMatchObject({ upos: "VERB", head: 0, deprel: "root" });
  });
});

describe("a participle with its agent made the root", () => {
  const P = { root: 0, acl: 1, nsubj: 2, cop: 3, conj: 4, agent: 5, aux: 6, auxPass: 7, parataxis: 8, advcl: 9, mark: 10, amod: 11, case: 12, obl: 13 };
  // Israeli troops backed by tanks crossed into Lebanon
  const upos = ["ADJ", "NOUN", "VERB", "ADP", "NOUN", "VERB", "ADP", "PROPN"];

  it("hangs the participle from its subject and makes the verb after it the sentence's, with the subject and what followed", () => {
    const head = Int32Array.from([0, 2, 3, 0, 5, 3, 3, 8, 6]);
    const label = [0, P.amod, P.nsubj, P.root, P.case, P.agent, P.parataxis, P.case, P.obl];
    expect(promotePastParticipleRoot(upos, head, label, P)).toBe(6);
    expect([head[6], label[6], head[3], label[3], head[2], label[2]]).toEqual([0, P.root, 2, P.acl, 6, P.nsubj]);
  });

  it("leaves a root with an auxiliary of its own, one with no agent, and a verb after it with a subject of its own", () => {
    const withAux = Int32Array.from([0, 2, 3, 0, 5, 3, 3, 8, 6]);
    expect(promotePastParticipleRoot([...upos, "AUX"], Int32Array.from([...withAux, 3]), [0, P.amod, P.nsubj, P.root, P.case, P.agent, P.parataxis, P.case, P.obl, P.auxPass], P)).toBe(0);
    expect(promotePastParticipleRoot(upos, Int32Array.from([0, 2, 3, 0, 5, 3, 3, 8, 6]), [0, P.amod, P.nsubj, P.root, P.case, P.obl, P.parataxis, P.case, P.obl], P)).toBe(0);
    const ownSubject = Int32Array.from([0, 2, 3, 0, 5, 3, 3, 8, 6, 6]);
    expect(promotePastParticipleRoot([...upos, "PRON"], ownSubject, [0, P.amod, P.nsubj, P.root, P.case, P.agent, P.parataxis, P.case, P.obl, P.nsubj], P)).toBe(0);
  });

  it("gives the English model's parse of troops backed by tanks, and of tanks and forces that crossed, the crossing as the root", () => {
    const model = SyntaxModel.load(readFileSync(join(DATA_DIR, "models", "en.syntax.gz")), "en");
    const backed = model.analyse("Israeli troops backed by tanks crossed into southern Lebanon on Wednesday .".split(" "));
    expect(backed[5]).toMatchObject({ head: 0, deprel: "root" });
    expect(backed[2]).toMatchObject({ head: 2, deprel: "acl" });
    const joined = model.analyse("Turkish tanks and special forces crossed into Syria on Wednesday .".split(" "));
    expect(joined[5]).toMatchObject({ head: 0, deprel: "root" });
    expect(joined[1]).toMatchObject({ head: 6, deprel: "nsubj" });
  });
});
