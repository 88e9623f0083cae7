import { describe, expect, it } from "vitest";
import { compileAll, expandAlternatives, matchAt } from "../../../src/extract/patterns.js";
import { tokenize } from "../../../src/extract/text.js";

describe("word patterns", () => {
  it("spells a pattern with alternatives out as every phrase it stands for", () => {
    expect(expandAlternatives("called|branded ? ? reckless|illegal")).toEqual(["called ? ? reckless", "called ? ? illegal", "branded ? ? reckless", "branded ? ? illegal"]);
    expect(expandAlternatives("condemn*")).toEqual(["condemn*"]);
  });

  it("matches each alternative, its prefixes and optional words as a pattern written out would", () => {
    const ps = compileAll(["classific*|chamou ? ? ? ? ? inaceitavel|ilegal"]);
    expect(ps).toHaveLength(4);
    const t = tokenize("o ministro classificou a decisão de ilegal");
    expect(Math.max(...ps.map((p) => matchAt(t, 2, p)))).toBe(5);
    expect(Math.max(...ps.map((p) => matchAt(tokenize("chamou a decisão de injusta"), 0, p)))).toBe(0);
  });
});
