import { describe, expect, it } from "vitest";
import { atomsOf } from "../../../src/syntax/atoms.js";
import { key1, key2 } from "../../../src/syntax/hash.js";
import { LinearModel } from "../../../src/syntax/linear.js";
import { SyntaxModel } from "../../../src/syntax/model.js";
import { labelMap, PunctAttacher, punctCandidates, punctTree } from "../../../src/syntax/punctAttach.js";
import { syntaxFor } from "../../../src/syntax/index.js";

// Tag 1 is PUNCT, every other word tag 0; labels as a parser numbers them.
const PUNCT = 1;
const LABELS = ["root", "nsubj", "conj", "punct", "obj", "nsubj:pass"];
const lab = (l: string) => LABELS.indexOf(l);

/** A model with one feature weighted: the ranker prefers whatever fires it. */
const oneWeight = (key: number) => new LinearModel(1, { rowKey: Int32Array.of(key), rowStart: Uint32Array.of(0, 1), cls: Uint16Array.of(0), weight: Float32Array.of(1) });

describe("punctuation ranker", () => {
  // Kim , Putin met Xi .   (1-based; the parser hung the comma from Kim)
  const forms = ["Kim", ",", "Putin", "met", "Xi", "."];
  const tags = Uint8Array.from([0, PUNCT, 0, 0, 0, PUNCT]);
  const head = () => Int32Array.from([0, 4, 1, 1, 0, 4, 4]);
  const label = Int16Array.from([0, lab("nsubj"), lab("punct"), lab("conj"), lab("root"), lab("obj"), lab("punct")]);

  it("offers only the words on the paths from the mark's neighbours to the root, never a mark, never an arc that crosses", () => {
    const map = labelMap(LABELS);
    // Here Putin is met's subject, so the comma may hang from Kim, Putin or met.
    const tree = punctTree(map, atomsOf(forms), tags, Int32Array.from([0, 4, 1, 4, 0, 4, 4]), label, PUNCT);
    expect(punctCandidates(tree, 2, 1).map((c) => c.head).sort()).toEqual([1, 3, 4]);
    // The full stop's left neighbour climbs Xi -> met; "Kim" is on no path.
    expect(punctCandidates(tree, 6, 4).map((c) => c.head).sort()).toEqual([4, 5]);
    // With Putin Kim's conjunct, an arc from the comma to met would pass over Putin's.
    const crossed = punctTree(map, atomsOf(forms), tags, head(), label, PUNCT);
    expect(punctCandidates(crossed, 2, 1).map((c) => c.head).sort()).toEqual([1, 3]);
  });

  it("moves a mark to the word its weights prefer and leaves it where the parser put it when they prefer that", () => {
    const atoms = atomsOf(forms);
    // Template 5 is (mark, side and rank): the comma's nearest word on the right path alone.
    const right = new PunctAttacher(oneWeight(key2(5, atoms.w[1]!, 1 * 8 + 0)), LABELS);
    const h = head();
    right.attach(atoms, tags, h, label, PUNCT);
    expect(h[2]).toBe(3);
    expect([h[1], h[3], h[4], h[5], h[6]]).toEqual([4, 1, 0, 4, 4]);
    // Template 26 is the parser's own choice.
    const keep = new PunctAttacher(oneWeight(key1(26, 1)), LABELS);
    const k = head();
    keep.attach(atoms, tags, k, label, PUNCT);
    expect([...k]).toEqual([...head()]);
  });

  it("is saved with the model and read back, and a model without one still loads", () => {
    const shipped = syntaxFor("en").model;
    expect(shipped.punct).toBeDefined();
    const again = SyntaxModel.load(shipped.save(), "again");
    const sentence = "Putin, who arrived on Tuesday, met Kim, and the two leaders signed a treaty.".match(/\w+|[^\s\w]/g)!;
    expect(again.analyse(sentence)).toEqual(shipped.analyse(sentence));
    const bare = SyntaxModel.load(new SyntaxModel({ ...shipped.parts, punct: undefined }).save(), "bare");
    expect(bare.punct).toBeUndefined();
    expect(bare.analyse(sentence).map((w) => w.deprel)).toEqual(shipped.analyse(sentence).map((w) => w.deprel));
  });
});
