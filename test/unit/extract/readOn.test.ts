import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";

// The extractor reads no clock: an undated article is read on the day its caller gives.
describe("the day an undated article is read on", () => {
  const text = "Russia attacked Ukraine on Friday. The US president met the Russian president in Geneva on Monday.";
  const on = (today: string) => extract({ source: "undated.txt", language: "en", text }, { today });

  it("resolves relative dates and offices against the given day, and keeps the article undated", () => {
    const a = on("2025-03-05");
    const b = on("2022-03-09");
    expect(a.events.find((e) => e.type === "ASSAULT")?.date).toBe("2025-02-28");
    expect(b.events.find((e) => e.type === "ASSAULT")?.date).toBe("2022-03-04");
    const usLeader = (x: typeof a) => x.relations.find((r) => r.type === "LEADS" && r.to.id === "USA")?.from.id;
    expect(usLeader(a)).toBe("Q22686"); // Donald Trump
    expect(usLeader(b)).toBe("Q6279"); // Joe Biden
    expect(a.document.published).toBeUndefined();
  });

  it("gives the same extraction for the same article and day", () => {
    expect(JSON.stringify(on("2025-03-05"))).toBe(JSON.stringify(on("2025-03-05")));
  });

  it("refuses an undated article with no day given, naming it", () => {
    expect(() => extract({ source: "undated.txt", language: "en", text })).toThrow("undated.txt: no publication date");
  });
});
