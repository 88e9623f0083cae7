import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promoteMainVerb } from "../../../src/syntax/mainVerb.js";
import { SyntaxModel } from "../../../src/syntax/model.js";
import { DATA_DIR } from "../../../src/paths.js";

const L = { root: 0, acl: 1, nsubj: 2, cop: 3, obl: 4, amod: 5, case: 6, punct: 7 };
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
