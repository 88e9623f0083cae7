import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../support/articles.js";

/** The copies in test/fixtures stay those of the shared folder beside the project, when there is one. */
const SHARED = join(ROOT, "..", "shared");
const COPIES = ["GRAPH_MODEL.md", "seed/kim-putin-call.pt.txt", "eval/seed.gold.json", "eval/score.mjs"];

/** The scorer's copy carries a header comment saying where it comes from: the rest is the original. */
const withoutHeader = (text: string) => text.replace(/^(#!.*\n)\/\/ A copy of the shared scorer[\s\S]*?\n\/\/\n/, "$1");

describe.skipIf(!existsSync(SHARED))("test fixtures against ../shared", () => {
  for (const file of COPIES) {
    it(`${file} is a copy of the shared one`, () => {
      const copy = readFileSync(join(FIXTURES, file), "utf8");
      expect(withoutHeader(copy)).toBe(readFileSync(join(SHARED, file), "utf8"));
    });
  }
});

describe("test fixtures", () => {
  it("say where the scorer's copy comes from", () => {
    const copy = readFileSync(join(FIXTURES, "eval", "score.mjs"), "utf8");
    expect(copy).toMatch(/^#!.*\n\/\/ A copy of the shared scorer/);
    expect(withoutHeader(copy)).not.toContain("A copy of the shared scorer");
  });
});
