import { describe, expect, it } from "vitest";
import { attachPairedPunct as attach } from "../../../src/syntax/pairedPunct.js";

// The function reads tag indices; here PUNCT is tag 1 and every other tag 0.
const PUNCT = 1;
const attachPairedPunct = (forms: string[], upos: string[], head: Int32Array) => attach(forms, upos.map((u) => (u === "PUNCT" ? PUNCT : 0)), PUNCT, head);

describe("paired punctuation", () => {
  // Ele chamou a ação de « ato bárbaro » .  (1-based words; 0 is the root)
  const forms = ["Ele", "chamou", "a", "ação", "de", "«", "ato", "bárbaro", "»", "."];
  const upos = ["PRON", "VERB", "DET", "NOUN", "ADP", "PUNCT", "NOUN", "ADJ", "PUNCT", "PUNCT"];

  it("hangs both marks from the head of what they enclose, wherever the parser put them", () => {
    //                       Ele chamou a  ação de  «  ato bárbaro »  .
    const head = Int32Array.from([0, 2, 0, 4, 2, 7, 2, 2, 7, 2, 2]);
    attachPairedPunct(forms, upos, head);
    expect(head[6]).toBe(7);
    expect(head[9]).toBe(7);
    expect(head[10]).toBe(2);
  });

  it("takes the first tie for the opening mark and the last for the closing one where the inside has two", () => {
    const f = ["(", "A", "e", "B", ")", "X"];
    const u = ["PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "NOUN"];
    // A and B both hang from X outside the brackets.
    const head = Int32Array.from([0, 6, 6, 4, 6, 6, 0]);
    attachPairedPunct(f, u, head);
    expect([head[1], head[5]]).toEqual([2, 4]);
  });

  it("leaves a mark with no partner, and an empty pair, as they were", () => {
    const head = Int32Array.from([0, 0, 1, 1]);
    attachPairedPunct(["Sim", "«", "»"], ["INTJ", "PUNCT", "PUNCT"], head);
    expect([...head]).toEqual([0, 0, 1, 1]);
    const lone = Int32Array.from([0, 0, 1, 1]);
    attachPairedPunct(["Sim", "(", "não"], ["INTJ", "PUNCT", "ADV"], lone);
    expect([...lone]).toEqual([0, 0, 1, 1]);
  });
});
